import { press } from './guards.ts';
import { heatSetterSetup } from './setup.ts';
import { ID } from './stateIds.ts';

/**
 * `safety`: one e-stop circuit for the line: the mushroom on the control box and the pull-cords
 * along the conveyor are wired in series [§11.4]. Either one latches it; it stops the belt and
 * drops the heater contactor (the regions read it through their guards). RESET works only when
 * the mushroom is twisted out and every cord switch is reset.
 */
export const safetyRegion = heatSetterSetup.createStateConfig({
  initial: 'normal',
  states: {
    normal: {
      on: { 'user.press': { guard: 'isStopPull', target: 'estopped', actions: 'pushStop' } },
    },
    estopped: {
      tags: ['estop'],
      entry: 'dropHeat',
      initial: 'latched',
      states: {
        latched: {
          on: {
            'user.press': { guard: 'isStopPull', actions: 'pushStop' },
            'user.release': [
              { guard: 'isLastStopReleased', target: 'released', actions: 'releaseStop' },
              { guard: 'isStopReleaseOnly', actions: 'releaseStop' },
            ],
          },
        },
        /** Mushroom out, cords reset; everything stays stopped until RESET. */
        released: {
          on: {
            'user.press': [
              { guard: 'isStopPull', target: 'latched', actions: 'pushStop' },
              { guard: press('reset'), target: `#${ID}.safety.normal` },
            ],
          },
        },
      },
    },
  },
});
