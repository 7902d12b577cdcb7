import { and, not } from 'xstate';
import { fault, press } from './guards.ts';
import { toeLastingSetup } from './setup.ts';

/**
 * `pump`: the hydraulic power pack (START/STOP buttons). It reaches the 5 MPa system pressure within
 * about a second of starting, so the build-up is not a timed state of its own [I]: a timer here
 * would run beside the heater's long warm-up, and only the order of the two would differ.
 */
export const pumpRegion = toeLastingSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      on: { 'user.press': { guard: and([press('pumpStart'), 'isPowered']), target: 'running' } },
    },
    running: {
      tags: ['pumpRunning'],
      initial: 'ready',
      always: { guard: not('isPowered'), target: 'off' },
      on: { 'user.press': { guard: press('pumpStop'), target: 'off' } },
      states: {
        ready: {
          tags: ['pressureOk'],
          always: { guard: 'hasOilLow', target: 'noPressure' },
          // A leak shows while the pump runs: the level drops and the pump sucks air.
          on: { 'fault.inject': { guard: fault('oilLow'), target: 'noPressure', actions: 'markOilLow' } },
        },
        /** Oil too low: the pump sucks air and the gauge stays low. Stop it and top up. */
        noPressure: { tags: ['fault', 'pressureLow'] },
      },
    },
  },
});
