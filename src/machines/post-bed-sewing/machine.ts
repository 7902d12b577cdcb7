import { initialContext } from './chart/context.ts';
import { powerRegion } from './chart/power.ts';
import { safetyRegion } from './chart/safety.ts';
import { sewingSetup } from './chart/setup.ts';
import { workHandlers } from './chart/work.ts';
import { conditionRegion, workRegion } from './chart/workRegion.ts';

/**
 * The post-bed lockstitch machine (domain brief §7, issue 14) as four parallel regions under one
 * `setup` (chart/setup.ts: guards and actions):
 * - `safety`: the e-stop latch (chart/safety.ts);
 * - `power`: off / on (ready, blocked, sewing) with the pedal-neutral and stitch interlocks (chart/power.ts);
 * - `work`: where the upper is (empty, placed, clamped, finished; chart/workRegion.ts);
 * - `condition`: sound or faulty (tag fault);
 * and the root's handlers for settings, threading, the work, faults and process signals
 * (chart/work.ts). The seam itself — stitches, their length, the distance from the marked line,
 * back-tacks and the corner — is laid by the pure process model (process.ts).
 */
export const sewingMachine = sewingSetup.createMachine({
  id: 'post-bed-sewing',
  type: 'parallel',
  context: initialContext,
  on: workHandlers,
  states: {
    safety: safetyRegion,
    power: powerRegion,
    work: workRegion,
    condition: conditionRegion,
  },
});

export type SewingMachine = typeof sewingMachine;
