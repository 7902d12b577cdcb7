import { initialContext } from './chart/context.ts';
import { conditionRegion, workRegion } from './chart/regions.ts';
import { safetyRegion } from './chart/safety.ts';
import { roughingSetup } from './chart/setup.ts';
import { spindleRegion } from './chart/spindle.ts';
import { workHandlers } from './chart/work.ts';

/**
 * The roughing machine (domain brief §12.1) as four parallel regions under one `setup`
 * (chart/setup.ts: guards, actions, delays):
 * - `safety`: the e-stop latch (chart/safety.ts);
 * - `spindle`: off / running (idle, contact, sharpening) (chart/spindle.ts);
 * - `work`: the shoe in hand (empty, held, roughed, snatched; chart/regions.ts);
 * - `condition`: sound or faulty while an injected fault is not put right;
 * and the root's handlers (chart/work.ts). The band itself — depth and coverage along the
 * lasting margin — is judged by the pure process model (process.ts) while the shoe is on the wheel.
 */
export const roughingMachine = roughingSetup.createMachine({
  id: 'roughing',
  type: 'parallel',
  context: initialContext,
  on: workHandlers,
  states: {
    safety: safetyRegion,
    spindle: spindleRegion,
    work: workRegion,
    condition: conditionRegion,
  },
});

export type RoughingMachine = typeof roughingMachine;
