import { and, not } from 'xstate';
import { press, set } from './guards.ts';
import { toeLastingSetup } from './setup.ts';

/**
 * `power`: the main isolator and the e-stop's main contactor. An e-stop (or the isolator) drops
 * the contactor: the pump and the heater stop, so the pincers let go and the wipers stop
 * (regions pump, heater and work follow by their `always` guards).
 */
export const powerRegion = toeLastingSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      initial: 'idle',
      on: {
        'user.set': [
          { guard: and([set('mainSwitch', 'on'), 'isEstopped']), target: 'halted', actions: 'setMain' },
          { guard: set('mainSwitch', 'on'), target: 'on', actions: 'setMain' },
        ],
      },
      states: {
        idle: { always: { guard: 'isShutDownComplete', target: 'shutDown' } },
        shutDown: { tags: ['complete'], always: { guard: not('isShutDownComplete'), target: 'idle' } },
      },
    },
    on: {
      tags: ['powered'],
      on: {
        'user.set': { guard: set('mainSwitch', 'off'), target: 'off', actions: 'setMain' },
        'user.press': { guard: 'isEstopPress', target: 'halted' },
      },
    },
    /** E-stopped with the isolator on: contactor dropped until RESET. */
    halted: {
      on: {
        'user.set': { guard: set('mainSwitch', 'off'), target: 'off', actions: 'setMain' },
        'user.press': { guard: and([press('reset'), 'isEstopReleased']), target: 'on' },
      },
    },
  },
});
