import { setup } from 'xstate';
import { PUMP_PRESSURE_BUILD_MS, STROKE_DOWN_MS, STROKE_RETURN_MS, TWO_HAND_WINDOW_MS } from '../constants.ts';
import { actions } from './actions.ts';
import type { ClickingPressEvent } from './events.ts';
import { guards } from './guards.ts';
import type { ClickingPressContext } from './types.ts';

/**
 * The one `setup` of the clicking press chart: types, named delays, guards and actions. The region
 * files type their state configs with its `createStateConfig`; `machine.ts` assembles them with
 * its `createMachine`. (It lives here, not in machine.ts, so the regions can import it without a
 * module cycle.)
 */
export const clickingPressSetup = setup({
  types: {
    context: {} as ClickingPressContext,
    events: {} as ClickingPressEvent,
  },
  delays: {
    twoHandWindow: TWO_HAND_WINDOW_MS,
    strokeDown: STROKE_DOWN_MS,
    strokeReturn: STROKE_RETURN_MS,
    pumpPressureBuild: PUMP_PRESSURE_BUILD_MS,
  },
  guards,
  actions,
});
