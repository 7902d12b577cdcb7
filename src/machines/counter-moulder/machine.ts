import { and } from 'xstate';
import { initialContext } from './chart/context.ts';
import { fault, handsFree, panelFree, press, set } from './chart/guards.ts';
import { powerRegion } from './chart/power.ts';
import { safetyRegion } from './chart/safety.ts';
import { counterMoulderSetup } from './chart/setup.ts';
import { stationRegion } from './chart/station.ts';
import { mouldsRegion } from './chart/thermal.ts';
import { workRegion } from './chart/work.ts';

/**
 * The heel counter (back-part) moulder, "2 panas 2 dingin" (domain brief §9, issue 15), as
 * parallel regions:
 * - `safety`: the e-stop circuit (latched until twisted out and RESET). It vents the pads (the
 *   only motion); the temperature controllers keep the moulds at temperature [I].
 * - `power`: the main switch, and the end of the shift.
 * - `moulds`: hot moulds heated and cold moulds chilled to their setpoints (with the
 *   over-temperature cut-out); READY lamps when at temperature.
 * - `hot` / `cold`: one station's pad each, with its two-hand start. The machine has a left/right
 *   pair of each (2 hot + 2 cold); a trainee works one upper through one hot and one cold station,
 *   the twin stations work the same way.
 * - `work`: the upper, its counter, the hot → cold transfer window and the moulded back part.
 * Interlocks are guards: two-hand start, no cycle below the air setpoint, no hot cycle unless the
 * hot side is READY (so never with the cut-out tripped) [§9.4]. All timing comes from named fixed
 * delays; dwells are counted down in fixed ticks so the exploration helpers stay exact.
 */
export const counterMoulderMachine = counterMoulderSetup.createMachine({
  id: 'counterMoulder',
  type: 'parallel',
  context: initialContext,
  // XState v5: on this parallel root an event reaches these handlers only when NO region takes it,
  // so a region transition for the same event repeats the action (see the setpoints in thermal.ts).
  on: {
    // Knobs and switching on wait for free hands, no pad closed, no soft counter and no e-stop
    // (`panelFree`); switching off needs only free hands and no e-stop [I].
    'user.set': [
      { guard: and([set('heaterSwitch', 'on'), panelFree]), actions: 'setHeater' },
      { guard: and([set('heaterSwitch', 'off'), handsFree]), actions: 'setHeater' },
      { guard: and([set('chillerSwitch', 'on'), panelFree]), actions: 'setChiller' },
      { guard: and([set('chillerSwitch', 'off'), handsFree]), actions: 'setChiller' },
      { guard: and([set('hotTemp'), panelFree]), actions: 'setHotTemp' },
      { guard: and([set('coldTemp'), panelFree]), actions: 'setColdTemp' },
      { guard: and([set('hotDwell'), panelFree]), actions: 'setHotDwell' },
      { guard: and([set('coldDwell'), panelFree]), actions: 'setColdDwell' },
      { guard: and([set('airRegulator'), handsFree]), actions: 'setRegulator' },
    ],
    'user.press': [
      { guard: and([press('compressor'), 'hasAirSupplyLow', handsFree]), actions: 'restartCompressor' },
      // The technician's repair: with the heater switched off (and so no longer powered) [I].
      { guard: and([press('repairController'), 'hasControllerFault', 'isHeaterOff', handsFree]), actions: 'repairController' },
    ],
    'user.inspect': { guard: and([({ event }) => 'control' in event && event.control === 'moulds', handsFree]), actions: 'inspect' },
    'fault.inject': [
      { guard: fault('airLow'), actions: 'markAirLow' },
      { guard: fault('overTemp'), actions: 'stickController' },
    ],
  },
  states: {
    safety: safetyRegion,
    power: powerRegion,
    moulds: mouldsRegion,
    hot: stationRegion('hot'),
    cold: stationRegion('cold'),
    work: workRegion,
  },
});

export type CounterMoulderMachine = typeof counterMoulderMachine;
