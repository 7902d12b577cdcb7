import { setup } from 'xstate';
import {
  COVER_CLOSE_MS,
  COVER_OPEN_MS,
  EXHAUST_MS,
  HOLD_TICK_MS,
  OPEN_TIME_MS,
  PRESSURE_BUILD_MS,
  REACTIVATION_TICK_MS,
  REACTIVATOR_WARM_UP_MS,
} from '../constants.ts';
import { actions } from './actions.ts';
import type { SolePressEvent } from './events.ts';
import { guards } from './guards.ts';
import type { SolePressContext } from './types.ts';

/**
 * The one `setup` of the sole press chart: types, named delays, guards and actions. The region
 * files type their state configs with its `createStateConfig`; `machine.ts` assembles them with
 * its `createMachine`. (It lives here, not in machine.ts, so the regions can import it without a
 * module cycle.)
 */
export const solePressSetup = setup({
  types: {
    context: {} as SolePressContext,
    events: {} as SolePressEvent,
  },
  delays: {
    reactivatorWarmUp: REACTIVATOR_WARM_UP_MS,
    reactivationTick: REACTIVATION_TICK_MS,
    coverClose: COVER_CLOSE_MS,
    pressureBuild: PRESSURE_BUILD_MS,
    holdTick: HOLD_TICK_MS,
    exhaust: EXHAUST_MS,
    coverOpen: COVER_OPEN_MS,
    openTime: OPEN_TIME_MS,
  },
  guards,
  actions,
});
