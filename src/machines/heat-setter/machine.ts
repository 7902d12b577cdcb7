import { and, not } from 'xstate';
import { chillerRegion } from './chart/chiller.ts';
import { initialContext } from './chart/context.ts';
import { conveyorRegion } from './chart/conveyor.ts';
import { fault, panelFree, press, set } from './chart/guards.ts';
import { heaterRegion } from './chart/heater.ts';
import { powerRegion } from './chart/power.ts';
import { safetyRegion } from './chart/safety.ts';
import { heatSetterSetup } from './chart/setup.ts';
import { ID } from './chart/stateIds.ts';

/**
 * The heat setter (conveyor oven) with its chiller (domain brief §11, issue 16), as parallel
 * regions: `safety` (mushroom and pull-cords, latched), `power` (isolator), `heater` (heat bank,
 * fan interlock, over-temperature cut-out, fan run-on), `chiller` (pull-down, defrost) and
 * `conveyor` (the belt, its jam). The shoes on the belt are NOT chart states: the pure line model
 * (line.ts) carries them in slots and judges each one (shoeJudge.ts), so the state space stays
 * small. All timing comes from named fixed delays.
 */
export const heatSetterMachine = heatSetterSetup.createMachine({
  id: ID,
  type: 'parallel',
  context: initialContext,
  // XState v5: on this parallel root, an event reaches these handlers only when NO region takes it,
  // so a region transition for the same event repeats the action (the setpoints in heater/chiller).
  on: {
    'user.set': [
      { guard: set('isolator'), actions: 'setIsolator' },
      { guard: set('fan'), actions: 'setFan' },
      { guard: and([set('heatTemp'), panelFree]), actions: 'setHeatTemp' },
      { guard: and([set('chillTemp'), panelFree]), actions: 'setChillTemp' },
      { guard: and([set('conveyorSpeed'), panelFree]), actions: 'setSpeed' },
      { guard: and([set('steam'), panelFree]), actions: 'setSteam' },
      { guard: set('chillerDoor'), actions: 'setChillerDoor' },
    ],
    'user.press': [
      { guard: and([press('heatOn'), 'canHeat', not('hasControllerFault')]), actions: 'heatButtonOn' },
      { guard: press('heatOff'), actions: 'heatButtonOff' },
      { guard: and([press('chillerOn'), 'isPowered', panelFree]), actions: 'chillerButtonOn' },
      { guard: press('chillerOff'), actions: 'chillerButtonOff' },
      { guard: and([press('loadShoe'), 'canLoadShoe', not('isEstopped')]), actions: 'loadShoe' },
      { guard: and([press('unloadShoe'), 'hasShoeAtExit', not('isJammed')]), actions: 'unloadToChiller' },
      // Clearing the jam: belt stopped (it is, while jammed), the stuck shoe set into the chiller by hand.
      { guard: and([press('clearJam'), 'isJammed', not('isRunning')]), actions: ['unloadToChiller', 'clearJam'] },
      { guard: and([press('delast'), 'hasShoeOut']), actions: 'delast' },
      { guard: and([press('repairController'), 'hasControllerFault', not('isHeatWanted')]), actions: 'repairController' },
      { guard: and([press('repairFan'), 'hasFanFault']), actions: 'repairFan' },
      { guard: and([press('drain'), 'isDefrosted', not('isChillerWanted')]), actions: 'drain' },
    ],
    'user.inspect': [
      { guard: ({ event }) => 'control' in event && event.control === 'tunnel', actions: 'inspect' },
      { guard: and([({ event }) => 'control' in event && event.control === 'shape', 'hasVerdict']), actions: 'inspect' },
    ],
    'fault.inject': [
      { guard: fault('overTemp'), actions: 'stickController' },
      { guard: fault('fanFailure'), actions: 'failFan' },
      { guard: fault('wetShoes'), actions: 'iceChiller' },
      { guard: fault('exitJam'), actions: 'jamExit' },
    ],
  },
  states: {
    safety: safetyRegion,
    power: powerRegion,
    heater: heaterRegion,
    chiller: chillerRegion,
    conveyor: conveyorRegion,
  },
});

export type HeatSetterMachine = typeof heatSetterMachine;
