import { assign, raise } from 'xstate';
import { judgeBond, type SoleSurface } from '../bondQuality.ts';
import type { JackPosition } from '../constants.ts';
import { bondInputs, filmSoFar, holdTicksFor, reactTicksFor } from './derived.ts';
import { controlOf, estopButtonOf, isEstopControl, valueOf, type SolePressEvent } from './events.ts';
import type { InspectPoint, SolePressContext, StopReason } from './types.ts';

// Standalone actions need the chart's types spelled out once (setup() types them inline).
const update = assign<SolePressContext, SolePressEvent, undefined, SolePressEvent, never>;
const raiseEvent = raise<SolePressContext, SolePressEvent, SolePressEvent, undefined>;

/** The named actions of the sole press chart: settings, panel actions, faults, timers and the work. */
export const actions = {
  setAirValve: update({ airValveOpen: ({ event }) => valueOf(event) === 'open' }),
  setRegulator: update({ regulatorBar: ({ event }) => Number(valueOf(event)) }),
  setMain: update({ mainOn: ({ event }) => valueOf(event) === 'on' }),
  setMode: update({ mode: ({ event }) => (valueOf(event) === 'auto' ? 'auto' : 'manual') }),
  setPressTime: update({ pressTimeS: ({ event }) => Number(valueOf(event)) }),
  setToeJack: update({ toeJack: ({ event }) => valueOf(event) as JackPosition }),
  setHeelJack: update({ heelJack: ({ event }) => valueOf(event) as JackPosition }),
  setReactivatorSwitch: update({ reactivatorSwitchOn: ({ event }) => valueOf(event) === 'on' }),
  setReactivatorTemp: update({ reactivatorTempC: ({ event }) => Number(valueOf(event)) }),
  setReactivatorTime: update({ reactivatorTimeS: ({ event }) => Number(valueOf(event)) }),
  handsIn: update({ handsInZone: true }),
  handsOut: update({ handsInZone: false }),
  pushEstop: update({
    estopDown: ({ context, event }) => {
      const c = controlOf(event);
      return isEstopControl(c) ? { ...context.estopDown, [estopButtonOf(c)]: true } : context.estopDown;
    },
  }),
  pullEstop: update({
    estopDown: ({ context, event }) => {
      const c = controlOf(event);
      return isEstopControl(c) ? { ...context.estopDown, [estopButtonOf(c)]: false } : context.estopDown;
    },
  }),
  drainFilter: update({ waterInBowl: false }),
  restartCompressor: update({ airSupplyLow: false }),
  clearZone: update({ zoneObstructed: false, testRodInBeam: false, handsInZone: true }),
  insertTestRod: update({ testRodInBeam: true }),
  replacePad: update({ padWorn: false }),
  /** Back to bottom preparation: re-rough, clean, prime and cement the sole, dry it [S61]. */
  reprepareSole: update({ soleSurface: 'prepared' as SoleSurface, soleFinding: null }),
  spoilSole: assign<SolePressContext, SolePressEvent, { surface: SoleSurface }, SolePressEvent, never>((_, p: { surface: SoleSurface }) => ({ soleSurface: p.surface })),
  repairReactivator: update({ reactivatorFault: null }),
  markAirLow: update({ airSupplyLow: true }),
  obstructZone: update({ zoneObstructed: true }),
  wearPad: update({ padWorn: true }),
  makeReactivatorCold: update({ reactivatorFault: 'cold' }),
  makeReactivatorHot: update({ reactivatorFault: 'hot' }),
  markAdhesiveDead: update({ adhesiveDead: true }),
  inspect: update({
    soleFinding: ({ context, event }) =>
      controlOf(event) === 'solePrep' ? (context.soleSurface === 'prepared' ? null : context.soleSurface) : context.soleFinding,
    checks: ({ context, event }) => {
      const c = controlOf(event) as InspectPoint;
      // A look is a passed check only when what it looks for is in order.
      const ok =
        c === 'filterBowl' ? !context.waterInBowl : c === 'pad' ? !context.padWorn : c === 'solePrep' ? context.soleSurface === 'prepared' : true;
      return { ...context.checks, [c]: ok };
    },
  }),
  startCycle: update({ lastStop: null }),
  stopBy: assign<SolePressContext, SolePressEvent, { reason: StopReason }, SolePressEvent, never>((_, p: { reason: StopReason }) => ({ lastStop: p.reason })),
  noteSensorTrip: update({ tests: ({ context }) => ({ ...context.tests, sensorTrip: true }) }),
  loadHoldTimer: update({ holdTicksLeft: ({ context }) => holdTicksFor(context.pressTimeS) }),
  countHoldTick: update({ holdTicksLeft: ({ context }) => Math.max(0, context.holdTicksLeft - 1) }),
  loadReactTimer: update({ reactTicksLeft: ({ context }) => reactTicksFor(context.reactivatorTimeS) }),
  countReactTick: update({ reactTicksLeft: ({ context }) => Math.max(0, context.reactTicksLeft - 1) }),
  raisePressing: raiseEvent({ type: 'press.pressing' }),
  raiseReleased: raiseEvent({ type: 'press.released' }),
  raiseReactivatorEnded: raiseEvent({ type: 'reactivator.ended' }),
  freshFilm: update({ film: null, adhesiveDead: false }),
  captureFilm: update({ film: ({ context }) => filmSoFar(context) }),
  recordBond: update({
    lastBond: ({ context }) => judgeBond(bondInputs(context)),
    // A new pressed shoe: its edges are still to be checked.
    checks: ({ context }) => ({ ...context.checks, soleEdges: false }),
  }),
  takeShoe: update(({ context }) =>
    context.lastBond?.outcome === 'good'
      ? { goodSoles: context.goodSoles + 1, handsInZone: false, lastStop: null }
      : { defectSoles: context.defectSoles + 1, handsInZone: false, lastStop: null },
  ),
};
