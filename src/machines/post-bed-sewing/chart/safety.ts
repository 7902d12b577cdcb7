import { press, release, sewingSetup } from './setup.ts';

/**
 * The e-stop circuit (or the power-off in its place): the mushroom latches and cuts the servo (the
 * power region stops on `isEstopped`). Twisting it out ends the latch; the power stays off until
 * its switch is turned on again, so nothing restarts by itself.
 */
export const safetyRegion = sewingSetup.createStateConfig({
  initial: 'normal',
  states: {
    normal: {
      on: { 'user.press': { guard: press('estop'), target: 'estopped', actions: 'pushEstop' } },
    },
    estopped: {
      tags: ['estop'],
      on: { 'user.release': { guard: release('estop'), target: 'normal', actions: 'pullEstop' } },
    },
  },
});
