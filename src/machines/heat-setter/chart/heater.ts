import { and, not } from 'xstate';
import { panelFree, set } from './guards.ts';
import { heatSetterSetup } from './setup.ts';

const wantedAndAllowed = and(['isHeatWanted', 'canHeat']);
/** Leaving the heat: a failed fan trips the heater; a stuck relay trips the cut-out; heat off → fans run on. */
const trips = [
  { guard: 'hasFanFault' as const, target: 'fanTrip' },
  { guard: and(['isHeatWanted', 'hasControllerFault']), target: 'cutOut' },
  { guard: not(wantedAndAllowed), target: 'runOn' },
];

/**
 * `heater`: the tunnel's heater bank and its circulation fan [§11.4]. The heat button energises
 * it only with the fan running (fan interlock). Warm-up to setpoint is a timer that runs at the
 * same time as the chiller's pull-down (two timers at once, see engine/timedExploration.ts).
 * Switched off, the fans run on to cool the tunnel before they stop. A stuck controller relay
 * (fault `overTemp`) trips the over-temperature cut-out; a fan failure (fault `fanFailure`)
 * switches the heater off.
 */
export const heaterRegion = heatSetterSetup.createStateConfig({
  initial: 'off',
  states: {
    off: { always: { guard: wantedAndAllowed, target: 'heating' } },
    heating: {
      tags: ['heating'],
      after: { heatUp: 'ready' },
      always: trips,
    },
    ready: {
      tags: ['heatReady'],
      entry: 'markHeatAtSetpoint',
      exit: 'clearHeatAtSetpoint',
      always: trips,
      on: {
        // A new setpoint: the tunnel settles again before it is READY [I]. (Repeats the root action.)
        'user.set': { guard: and([set('heatTemp'), panelFree]), target: 'heating', actions: 'setHeatTemp' },
      },
    },
    /** Heat off, fans running on to carry the heat out of the tunnel. */
    runOn: {
      tags: ['fanRunOn'],
      after: { fanRunOn: 'off' },
      always: [
        { guard: wantedAndAllowed, target: 'heating' },
        { guard: not('hasFanRunning'), target: 'off' },
      ],
    },
    /** Over-temperature cut-out tripped: the heater is off until the controller is repaired. */
    cutOut: {
      tags: ['fault', 'overTemp'],
      entry: 'heatButtonOff',
      always: { guard: not('hasControllerFault'), target: 'runOn' },
    },
    /** The fan stopped: its interlock switched the heater off. */
    fanTrip: {
      tags: ['fault', 'fanFailure'],
      entry: 'heatButtonOff',
      always: { guard: not('hasFanFault'), target: 'off' },
    },
  },
});
