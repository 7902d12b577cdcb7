import { and } from 'xstate';
import { clickingPressSetup } from './setup.ts';

/**
 * The pump running: the two-hand control (both buttons within the window, anti-repeat, one-hand
 * mode with the key) and the stroke that releasing a button stops [S44][S45].
 */
export const pumpRunningState = clickingPressSetup.createStateConfig({
  tags: ['pumpOn'],
  initial: 'ready',
  on: {
    'user.press': { guard: { type: 'isPress', params: { control: 'pumpStop' } }, target: 'pumpOff' },
    // Low oil: the level switch trips the pump; beam drifts [§5.7].
    'fault.inject': { guard: { type: 'isFault', params: { fault: 'lowOil' } }, target: 'lowOil', actions: 'markOilLow' },
  },
  states: {
    ready: {
      tags: ['ready'],
      // Anti-repeat: buttons still held from before (a reset, a pump restart) must be let go first.
      always: { guard: 'isAnyHeld', target: 'waitRelease' },
      on: {
        'user.press': [
          { guard: and(['isHandPress', 'isOneHandMode', 'isArmOver']), target: 'stroke', actions: ['trackHands', 'clearBlock'] },
          { guard: 'isHandPress', target: 'firstPressed', actions: ['trackHands', 'clearBlock'] },
        ],
      },
    },
    firstPressed: {
      after: { twoHandWindow: { target: 'blocked', actions: 'blockNotTogether' } },
      on: {
        'user.press': [
          { guard: and(['isSecondHandPress', 'isArmOver']), target: 'stroke', actions: 'trackHands' },
          { guard: 'isSecondHandPress', target: 'blocked', actions: ['trackHands', 'blockArmAside'] },
        ],
        'user.release': { guard: 'isHandRelease', target: 'ready', actions: 'trackHands' },
      },
    },
    /** A refused two-hand attempt: nothing moves until both buttons are let go. */
    blocked: {
      tags: ['refused'],
      on: {
        // The second button more than 0.5 s late: still no stroke [S44].
        'user.press': { guard: 'isSecondHandPress', actions: ['trackHands', 'noteApartRefused'] },
        'user.release': { guard: 'isHandRelease', target: 'waitRelease', actions: 'trackHands' },
      },
    },
    stroke: {
      id: 'stroke',
      tags: ['hazard'],
      initial: 'descending',
      states: {
        descending: {
          tags: ['descending'],
          after: { strokeDown: { target: 'returning', actions: 'raiseCut' } },
          on: {
            // Release stops the stroke and returns the beam [S44].
            'user.release': { guard: 'isHandRelease', target: 'stopping', actions: 'trackHands' },
          },
        },
        stopping: {
          after: { strokeReturn: '#clickingPress.power.powered.pumpRunning.waitRelease' },
        },
        returning: {
          after: { strokeReturn: [
            { guard: 'isBothHeld', target: '#clickingPress.power.powered.pumpRunning.waitRelease', actions: 'noteStrokeHeld' },
            { target: '#clickingPress.power.powered.pumpRunning.waitRelease' },
          ] },
        },
      },
    },
    /** Anti-repeat: both buttons must be released before the next stroke [S44][S45]. */
    waitRelease: {
      always: { guard: 'isNoneHeld', target: 'ready' },
    },
  },
});
