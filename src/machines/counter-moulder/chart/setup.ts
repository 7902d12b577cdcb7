import { setup } from 'xstate';
import { DWELL_TICK_MS, MOULDS_READY_MS, PAD_CLOSE_MS, PAD_OPEN_MS, TRANSFER_WINDOW_MS, TWO_HAND_WINDOW_MS } from '../constants.ts';
import { actions } from './actions.ts';
import type { CounterMoulderEvent } from './events.ts';
import { guards } from './guards.ts';
import type { CounterMoulderContext } from './types.ts';

/**
 * The one `setup` of the counter moulder chart: types, named delays, guards and actions. The
 * region files type their state configs with its `createStateConfig`; `machine.ts` assembles
 * them with its `createMachine` (it lives apart so the regions can import it without a cycle).
 */
export const counterMoulderSetup = setup({
  types: {
    context: {} as CounterMoulderContext,
    events: {} as CounterMoulderEvent,
  },
  delays: {
    mouldsReady: MOULDS_READY_MS,
    twoHandWindow: TWO_HAND_WINDOW_MS,
    padClose: PAD_CLOSE_MS,
    padOpen: PAD_OPEN_MS,
    dwellTick: DWELL_TICK_MS,
    transferWindow: TRANSFER_WINDOW_MS,
  },
  guards,
  actions,
});
