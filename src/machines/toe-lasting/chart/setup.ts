import { setup } from 'xstate';
import { CEMENT_MS, DWELL_TICK_MS, HEATER_WARM_UP_MS, WIPE_MS } from '../constants.ts';
import { actions } from './actions.ts';
import type { ToeLastingEvent } from './events.ts';
import { guards } from './guards.ts';
import type { ToeLastingContext } from './types.ts';

/**
 * The one `setup` of the toe lasting chart: types, named delays, guards and actions. The region
 * files type their state configs with its `createStateConfig`; machine.ts assembles them.
 */
export const toeLastingSetup = setup({
  types: {
    context: {} as ToeLastingContext,
    events: {} as ToeLastingEvent,
  },
  delays: {
    heaterWarmUp: HEATER_WARM_UP_MS,
    cement: CEMENT_MS,
    wipe: WIPE_MS,
    dwellTick: DWELL_TICK_MS,
  },
  guards,
  actions,
});
