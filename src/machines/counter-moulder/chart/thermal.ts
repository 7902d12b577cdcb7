import { and, not, or } from 'xstate';
import { panelFree, set } from './guards.ts';
import { counterMoulderSetup } from './setup.ts';

const switchedOn = (control: 'heaterSwitch' | 'chillerSwitch', action: 'setHeater' | 'setChiller') => ({
  guard: set(control, 'on'),
  target: 'conditioning',
  reenter: true,
  actions: action,
});
const newSetpoint = (control: 'hotTemp' | 'coldTemp', action: 'setHotTemp' | 'setColdTemp') => ({
  guard: and([set(control), panelFree]),
  target: 'conditioning',
  reenter: true,
  actions: action,
});

/**
 * `moulds`: the hot moulds' cartridge heaters and the refrigeration compressor of the cold moulds,
 * under their controllers. Powered = main switch and its own switch on. One warm-up for both
 * (the slower, the chiller's pull-down) from any switch-on or new setpoint: each READY lamp lights
 * when it ends, for the side that is powered [I]. (One timer, so the chart never has two long
 * waits racing each other.) A stuck hot controller relay (fault `overTemp`) trips the
 * over-temperature cut-out, which holds until the heater is switched off and the controller
 * repaired [§9.4][I].
 */
export const mouldsRegion = counterMoulderSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      always: [
        { guard: and(['isHeaterPowered', 'hasControllerFault']), target: 'cutOut' },
        { guard: or(['isHeaterPowered', 'isChillerPowered']), target: 'conditioning' },
      ],
    },
    conditioning: {
      tags: ['mouldsConditioning'],
      after: { mouldsReady: 'ready' },
      always: [
        { guard: and(['isHeaterPowered', 'hasControllerFault']), target: 'cutOut' },
        { guard: and([not('isHeaterPowered'), not('isChillerPowered')]), target: 'off' },
      ],
      on: {
        'user.set': [
          newSetpoint('hotTemp', 'setHotTemp'),
          newSetpoint('coldTemp', 'setColdTemp'),
        ],
      },
    },
    ready: {
      tags: ['mouldsReady'],
      always: [
        { guard: and(['isHeaterPowered', 'hasControllerFault']), target: 'cutOut' },
        { guard: and([not('isHeaterPowered'), not('isChillerPowered')]), target: 'off' },
      ],
      on: {
        'user.set': [
          { ...switchedOn('heaterSwitch', 'setHeater'), guard: and([set('heaterSwitch', 'on'), not('isHeaterPowered'), panelFree]) },
          { ...switchedOn('chillerSwitch', 'setChiller'), guard: and([set('chillerSwitch', 'on'), not('isChillerPowered'), panelFree]) },
          newSetpoint('hotTemp', 'setHotTemp'),
          newSetpoint('coldTemp', 'setColdTemp'),
        ],
      },
    },
    /** Over-temperature cut-out tripped: heaters off, no hot cycle. */
    cutOut: {
      tags: ['fault', 'overTemp'],
      always: { guard: not('isHeaterPowered'), target: 'off' },
    },
  },
});
