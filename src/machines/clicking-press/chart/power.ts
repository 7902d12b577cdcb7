import { and, not } from 'xstate';
import { estoppedState } from './estop.ts';
import { clickingPressSetup } from './setup.ts';
import { pumpRunningState } from './twoHand.ts';

/** `power`: main switch (locked out once low oil is reported), pump, and the e-stop; faults the trainer injects. */
export const powerRegion = clickingPressSetup.createStateConfig({
  initial: 'off',
  on: {
    'user.press': { guard: { type: 'isPress', params: { control: 'estop' } }, target: '.estopped' },
    'fault.inject': [
      { guard: { type: 'isFault', params: { fault: 'estopLatched' } }, target: '.estopped' },
      { guard: { type: 'isFault', params: { fault: 'lowOil' } }, actions: 'markOilLow' },
      { guard: { type: 'isFault', params: { fault: 'boardWorn' } }, actions: 'wearBoardSpot' },
      { guard: { type: 'isFault', params: { fault: 'depthMisSet' } }, actions: 'misSetDepth' },
      { guard: { type: 'isFault', params: { fault: 'dieBent' } }, actions: 'bendDie' },
      // The trainer, as the mechanic, restores a topped-up machine after the report.
      { guard: { type: 'isFault', params: { fault: 'oilToppedUp' } }, actions: 'restoreOil' },
    ],
  },
  states: {
    off: {
      initial: 'idle',
      on: {
        // Locked out and tagged for the mechanic: the main switch stays off.
        'user.set': {
          guard: and([{ type: 'isSet', params: { control: 'mainSwitch', value: 'on' } }, not('isOilReported')]),
          target: 'powered',
          actions: 'setMain',
        },
        // Low oil: stop, lock out, report [§5.7]; the mechanic tops up, not the artisan.
        'user.press': [
          { guard: and([{ type: 'isPress', params: { control: 'reportMechanic' } }, 'hasOilLow']), actions: 'reportOil' },
          { guard: 'isHandPress', actions: 'trackHands' },
        ],
        'user.release': { actions: 'trackHands' },
      },
      states: {
        idle: {
          always: [
            { guard: 'isOilReported', target: 'reported' },
            { guard: and(['isShiftComplete', 'isArmAside']), target: 'shiftDone' },
          ],
        },
        shiftDone: { tags: ['complete'] },
        /** Locked out with low oil and reported: the machine waits for the mechanic (the trainer restores it). */
        reported: {
          tags: ['oilReported'],
          on: { 'fault.inject': { guard: { type: 'isFault', params: { fault: 'oilToppedUp' } }, target: 'idle', actions: 'restoreOil' } },
        },
      },
    },
    powered: {
      initial: 'pumpOff',
      tags: ['powered'],
      on: {
        'user.set': { guard: { type: 'isSet', params: { control: 'mainSwitch', value: 'off' } }, target: 'off', actions: 'setMain' },
        'user.press': { guard: 'isHandPress', actions: 'trackHands' },
        'user.release': { actions: 'trackHands' },
      },
      states: {
        pumpOff: {
          on: {
            'user.press': [
              { guard: and([{ type: 'isPress', params: { control: 'pumpStart' } }, 'hasOilLow']), target: 'lowOil' },
              { guard: { type: 'isPress', params: { control: 'pumpStart' } }, target: 'pumpStarting' },
            ],
          },
        },
        pumpStarting: {
          tags: ['pumpOn'],
          after: { pumpPressureBuild: 'pumpRunning' },
          on: {
            'user.press': { guard: { type: 'isPress', params: { control: 'pumpStop' } }, target: 'pumpOff' },
            'fault.inject': { guard: { type: 'isFault', params: { fault: 'lowOil' } }, target: 'lowOil', actions: 'markOilLow' },
          },
        },
        pumpRunning: pumpRunningState,
        /** The level switch stopped the pump: stop, lock out (main switch off), top up, report [§5.7]. */
        lowOil: { tags: ['fault'] },
      },
    },
    estopped: estoppedState,
  },
});
