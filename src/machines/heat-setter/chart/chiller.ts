import { and, not } from 'xstate';
import { panelFree, press, set } from './guards.ts';
import { heatSetterSetup } from './setup.ts';

const newSetpoint = { guard: and([set('chillTemp'), panelFree]), target: 'pullingDown', reenter: true, actions: 'setChillTemp' } as const;

/**
 * `chiller`: the refrigeration unit of the cooling tunnel. Switched on, it pulls down to its
 * setpoint (a timer that runs alongside the heater's warm-up). At the end of the shift, with the
 * compressor off, DEFROST melts the evaporator's ice; then the water is drained [§11.3]. An iced
 * evaporator with a full drain drips condensate on the shoes (fault `wetShoes`) until defrosted.
 */
export const chillerRegion = heatSetterSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      always: { guard: 'isChillerWanted', target: 'pullingDown' },
      on: { 'user.press': { guard: and([press('defrost'), not('isEstopped')]), target: 'defrosting' } },
    },
    pullingDown: {
      tags: ['chillerCooling'],
      after: { pullDown: 'ready' },
      always: { guard: not('isChillerWanted'), target: 'off' },
      on: { 'user.set': newSetpoint },
    },
    ready: {
      tags: ['chillReady'],
      entry: 'markChillAtSetpoint',
      exit: 'clearChillAtSetpoint',
      always: { guard: not('isChillerWanted'), target: 'off' },
      on: { 'user.set': newSetpoint },
    },
    defrosting: {
      tags: ['defrosting'],
      after: { defrost: { target: 'off', actions: 'finishDefrost' } },
      always: { guard: 'isChillerWanted', target: 'pullingDown' },
    },
  },
});
