import { and, not } from 'xstate';
import { press, set } from './guards.ts';
import { ID } from './stateIds.ts';
import { solePressSetup } from './setup.ts';

/** `reactivator`: IR lamps switched on, warm-up to the ready lamp, the timed exposure; halted by an e-stop. */
export const reactivatorRegion = solePressSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      on: {
        'user.set': [
          { guard: and([set('reactivatorSwitch', 'on'), 'isEstopped']), target: 'halted', actions: 'setReactivatorSwitch' },
          { guard: set('reactivatorSwitch', 'on'), target: 'on', actions: 'setReactivatorSwitch' },
          { guard: set('reactivatorTemp'), actions: 'setReactivatorTemp' },
        ],
      },
    },
    /** IR lamps energised: hot surfaces and radiation. */
    on: {
      tags: ['hazard', 'reactivatorOn'],
      initial: 'warming',
      on: {
        'user.set': [
          { guard: set('reactivatorSwitch', 'off'), target: 'off', actions: 'setReactivatorSwitch' },
          // A new setpoint: wait for the ready lamp again. Not while an exposure is being timed.
          { guard: and([set('reactivatorTemp'), not('isActivating')]), target: '.warming', reenter: true, actions: 'setReactivatorTemp' },
        ],
        'user.press': { guard: 'isEstopPress', target: 'halted' },
      },
      states: {
        warming: { tags: ['warmingUp'], after: { reactivatorWarmUp: 'ready' } },
        ready: {
          tags: ['reactivatorReady'],
          on: {
            // Pushing the loaded tray under the lamps starts the timer [S32][I].
            'user.set': { guard: and([set('tray', 'in'), 'canLoadWork']), target: 'activating' },
          },
        },
        activating: {
          tags: ['activating'],
          entry: 'loadReactTimer',
          exit: 'raiseReactivatorEnded',
          initial: 'counting',
          on: { 'user.set': { guard: set('tray', 'out'), target: 'ready' } },
          states: {
            counting: {
              after: {
                reactivationTick: [
                  { guard: 'isLastReactTick', target: `${ID}.reactivator.on.ready`, actions: 'countReactTick' },
                  { target: 'counting', reenter: true, actions: 'countReactTick' },
                ],
              },
            },
          },
        },
      },
    },
    /** E-stopped: lamps off. After RESET it warms up again if its switch is still on. */
    halted: {
      on: {
        'user.set': [
          { guard: set('reactivatorSwitch', 'off'), target: 'off', actions: 'setReactivatorSwitch' },
          { guard: set('reactivatorTemp'), actions: 'setReactivatorTemp' },
        ],
        'user.press': { guard: and([press('reset'), 'isEstopReleased']), target: 'on' },
      },
    },
  },
});
