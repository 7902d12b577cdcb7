import { and, not } from 'xstate';
import { press, set, skiverSetup } from './setup.ts';

/**
 * Motor and head. `running` is the hazard: the motor is live and the treadle engages the knife and
 * feed roller at once (clutch / servo). Interlocks: the motor starts only with the knife guard
 * closed and no e-stop; opening the guard or an e-stop stops it. Pedal travel (`treadle` from the
 * continuous control) moves the head between `idle` (pedal released = stop) and `driving`.
 * The grinding stone is applied from `idle` (cover closed, pedal up): the stone turns the knife.
 * `off.shutDown` is the end of the shift (tag complete).
 */
export const motorRegion = skiverSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      initial: 'idle',
      on: {
        'user.set': { guard: and([set('motorSwitch', 'on'), not('isEstopped'), 'isGuardClosed']), target: 'running', actions: 'setMotor' },
      },
      states: {
        idle: { always: { guard: 'isShutDownComplete', target: 'shutDown' } },
        shutDown: { tags: ['complete'], always: { guard: not('isShutDownComplete'), target: 'idle' } },
      },
    },
    running: {
      tags: ['hazard', 'motorRunning'],
      initial: 'idle',
      always: [
        { guard: 'isEstopped', target: 'off', actions: { type: 'stopMotor', params: { reason: 'estop' } } },
        { guard: 'isGuardOpen', target: 'off', actions: { type: 'stopMotor', params: { reason: 'guardOpened' } } },
      ],
      on: { 'user.set': { guard: set('motorSwitch', 'off'), target: 'off', actions: 'setMotor' } },
      states: {
        idle: {
          always: { guard: 'hasTreadleDown', target: 'driving' },
          on: { 'user.press': { guard: press('stoneLever'), target: 'sharpening' } },
        },
        /** Pedal down: knife and feed roller turn; the process model feeds the work if any lies under the lowered foot. */
        driving: { tags: ['knifeTurning'], always: { guard: not('hasTreadleDown'), target: 'idle' } },
        /** The stone against the turning knife, cover closed; the pedal waits until it is done. */
        sharpening: { tags: ['knifeTurning', 'stoneEngaged'], after: { sharpen: { target: 'idle', actions: 'sharpenKnife' } } },
      },
    },
  },
});
