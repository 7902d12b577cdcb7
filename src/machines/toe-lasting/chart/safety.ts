import { press } from './guards.ts';
import { ID } from './stateIds.ts';
import { toeLastingSetup } from './setup.ts';

/** `safety`: the one e-stop circuit (base and cabinet mushrooms in series), cleared by RESET. */
export const safetyRegion = toeLastingSetup.createStateConfig({
  initial: 'normal',
  states: {
    normal: {
      on: { 'user.press': { guard: 'isEstopPress', target: 'estopped', actions: 'pushEstop' } },
    },
    estopped: {
      tags: ['estop'],
      initial: 'latched',
      on: {
        'user.press': { guard: 'isEstopPress', target: '.latched', actions: 'pushEstop' },
        'user.release': { guard: 'isEstopRelease', actions: 'pullEstop' },
      },
      states: {
        /** At least one mushroom is down. */
        latched: { always: { guard: 'isNoEstopDown', target: 'released' } },
        /** Both mushrooms out; everything stays stopped until RESET. */
        released: {
          on: { 'user.press': { guard: press('reset'), target: `${ID}.safety.normal` } },
        },
      },
    },
  },
});
