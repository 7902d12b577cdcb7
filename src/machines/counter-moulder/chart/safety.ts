import { press } from './guards.ts';
import { ID } from './stateIds.ts';
import { counterMoulderSetup } from './setup.ts';

/** `safety`: the e-stop circuit, latched by the mushroom, cleared by RESET once it is twisted out. */
export const safetyRegion = counterMoulderSetup.createStateConfig({
  initial: 'normal',
  states: {
    normal: {
      on: { 'user.press': { guard: 'isEstopPress', target: 'estopped', actions: 'pushEstop' } },
    },
    estopped: {
      tags: ['estop'],
      initial: 'latched',
      states: {
        latched: {
          on: { 'user.release': { guard: { type: 'isRelease', params: { control: 'estop' } }, target: 'released', actions: 'pullEstop' } },
        },
        /** Mushroom out; everything stays stopped until RESET. */
        released: {
          on: {
            'user.press': [
              { guard: 'isEstopPress', target: 'latched', actions: 'pushEstop' },
              { guard: press('reset'), target: `${ID}.safety.normal` },
            ],
          },
        },
      },
    },
  },
});
