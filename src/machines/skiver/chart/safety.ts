import { press, release, skiverSetup } from './setup.ts';

/**
 * The e-stop circuit: the mushroom latches it and drops the motor contactor (the motor region
 * stops on `isEstopped`). Twisting it out ends the latch; the motor stays off until its switch
 * is turned on again, so nothing restarts by itself.
 */
export const safetyRegion = skiverSetup.createStateConfig({
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
