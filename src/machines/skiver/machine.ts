import { initialContext } from './chart/context.ts';
import { motorRegion } from './chart/motor.ts';
import { safetyRegion } from './chart/safety.ts';
import { skiverSetup } from './chart/setup.ts';
import { workHandlers } from './chart/work.ts';
import { conditionRegion, workRegion } from './chart/workRegion.ts';

/**
 * The bell-knife skiver (domain brief §6) as four parallel regions under one `setup`
 * (chart/setup.ts: guards, actions, delays):
 * - `safety`: the e-stop latch (chart/safety.ts);
 * - `motor`: off / running (idle, driving, sharpening) with the guard and e-stop interlocks
 *   (chart/motor.ts);
 * - `work`: where the piece is (empty, placed, clamped, through, jammed; chart/workRegion.ts);
 * - `condition`: sound or faulty (tag fault) while an injected fault is not put right;
 * and the root's handlers for the settings, the work, checks, faults and process signals
 * (chart/work.ts). The skive itself — feed, width and thickness along the edge — is measured by
 * the pure process model (process.ts) while the head drives a piece under the lowered foot.
 */
export const skiverMachine = skiverSetup.createMachine({
  id: 'skiver',
  type: 'parallel',
  context: initialContext,
  on: workHandlers,
  states: {
    safety: safetyRegion,
    motor: motorRegion,
    work: workRegion,
    condition: conditionRegion,
  },
});

export type SkiverMachine = typeof skiverMachine;
