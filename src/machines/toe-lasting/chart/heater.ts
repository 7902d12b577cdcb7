import { and, not } from 'xstate';
import { fault, press, set } from './guards.ts';
import { toeLastingSetup } from './setup.ts';

/**
 * `heater`: the hot-melt pot and nozzle heaters with their temperature controller: warm-up to the
 * ready lamp, and the over-temperature cut-out that latches until the controller is repaired.
 */
export const heaterRegion = toeLastingSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      on: {
        'user.press': { guard: and([press('heaterOn'), 'isPowered']), target: 'on' },
        'user.set': { guard: set('meltTemp'), actions: 'setMeltTemp' },
      },
    },
    on: {
      tags: ['heaterOn'],
      initial: 'warming',
      always: { guard: not('isPowered'), target: 'off' },
      on: {
        'user.press': { guard: press('heaterOff'), target: 'off' },
        // The controller sticks on while heating: the cut-out trips at once.
        'fault.inject': { guard: fault('heaterRunaway'), target: 'cutOut', actions: 'markHeaterRunaway' },
        // A new setpoint: wait for the ready lamp again. Not while the nozzles inject.
        'user.set': { guard: and([set('meltTemp'), not('isCycling')]), target: '.warming', reenter: true, actions: 'setMeltTemp' },
      },
      states: {
        warming: { tags: ['warmingUp'], after: { heaterWarmUp: 'ready' } },
        ready: { tags: ['meltReady'] },
      },
    },
    /** The over-temperature cut-out has tripped: heaters dead until the controller is repaired. */
    cutOut: {
      tags: ['fault', 'overTemp'],
      on: {
        // The technician's repair, with the machine isolated [I].
        'user.press': { guard: and([press('repairHeater'), not('isPowered')]), target: 'off', actions: 'repairHeater' },
        'user.set': { guard: set('meltTemp'), actions: 'setMeltTemp' },
      },
    },
  },
});
