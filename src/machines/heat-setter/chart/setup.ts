import { setup } from 'xstate';
import { CONVEYOR_TICK_MS, DEFROST_MS, FAN_RUN_ON_MS, HEAT_UP_MS, PULL_DOWN_MS } from '../constants.ts';
import { actions } from './actions.ts';
import type { HeatSetterEvent } from './events.ts';
import { guards } from './guards.ts';
import type { HeatSetterContext } from './types.ts';

/** The one `setup` of the heat setter chart: types, named delays, guards and actions. */
export const heatSetterSetup = setup({
  types: { context: {} as HeatSetterContext, events: {} as HeatSetterEvent },
  delays: {
    heatUp: HEAT_UP_MS,
    pullDown: PULL_DOWN_MS,
    fanRunOn: FAN_RUN_ON_MS,
    defrost: DEFROST_MS,
    conveyorTick: CONVEYOR_TICK_MS,
  },
  guards,
  actions,
});
