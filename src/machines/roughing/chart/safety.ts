import { press, release, roughingSetup } from './setup.ts';

/**
 * The e-stop circuit: the mushroom latches it and drops both motor contactors (the spindle region
 * stops on `isEstopped`). Twisting it out ends the latch; the spindle stays off until its start
 * button is pressed again, so nothing restarts by itself.
 */
export const safetyRegion = roughingSetup.createStateConfig({
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
