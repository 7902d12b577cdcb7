import { and } from 'xstate';
import { clickingPressSetup } from './setup.ts';

/** The e-stop latched: nothing moves until it is twisted out and RESET; the main switch still works. */
export const estoppedState = clickingPressSetup.createStateConfig({
  tags: ['estop'],
  initial: 'latched',
  on: {
    'user.set': [
      { guard: { type: 'isSet', params: { control: 'mainSwitch', value: 'on' } }, actions: 'setMain' },
      { guard: { type: 'isSet', params: { control: 'mainSwitch', value: 'off' } }, actions: 'setMain' },
    ],
    'user.press': { guard: 'isHandPress', actions: 'trackHands' },
    'user.release': { actions: 'trackHands' },
  },
  states: {
    latched: {
      on: {
        // Twisting the mushroom out unlatches it; the machine stays stopped until reset.
        'user.release': { guard: { type: 'isRelease', params: { control: 'estop' } }, target: 'released' },
      },
    },
    released: {
      on: {
        'user.press': [
          // The e-stop test counts only once the stop has been released and reset.
          { guard: and([{ type: 'isPress', params: { control: 'reset' } }, 'isMainOn']), target: '#clickingPress.power.powered', actions: 'noteEstopTest' },
          { guard: { type: 'isPress', params: { control: 'reset' } }, target: '#clickingPress.power.off', actions: 'noteEstopTest' },
        ],
      },
    },
  },
});
