import { assign } from 'xstate';
import { CONVEYOR_TICK_MS, type SteamSetting } from '../constants.ts';
import { advanceLine, clearJam, delastShoe, loadShoe, transferShoe, type LineConditions } from '../line.ts';
import { controlOf, valueOf, type HeatSetterEvent } from './events.ts';
import type { HeatSetterContext, InspectPoint } from './types.ts';

const update = assign<HeatSetterContext, HeatSetterEvent, undefined, HeatSetterEvent, never>;
const num = (e: HeatSetterEvent) => Number(valueOf(e));
const on = (e: HeatSetterEvent) => valueOf(e) === 'on';

/** What the line sees during one belt step, from the context the regions keep. */
export const conditionsOf = (c: HeatSetterContext, beltRunning: boolean): LineConditions => ({
  beltRunning,
  speedMMin: c.speedMMin,
  heatReady: c.heatAtSetpoint,
  heatC: c.heatTempC,
  steam: c.steam,
  chillReady: c.chillAtSetpoint,
  chillC: c.chillTempC,
  chillerWet: c.chillerIced,
});

/** The named actions: settings, switches, faults, the line step and the work. */
export const actions = {
  setIsolator: update({ isolatorOn: ({ event }) => on(event) }),
  setFan: update({ fanOn: ({ event }) => on(event) }),
  setHeatTemp: update({ heatTempC: ({ event }) => num(event) }),
  setChillTemp: update({ chillTempC: ({ event }) => num(event) }),
  setSpeed: update({ speedMMin: ({ event }) => num(event) }),
  setSteam: update({ steam: ({ event }) => valueOf(event) as SteamSetting }),
  setChillerDoor: update({ chillerDoorOpen: ({ event }) => valueOf(event) === 'open' }),
  heatButtonOn: update({ heatOn: true }),
  heatButtonOff: update({ heatOn: false }),
  chillerButtonOn: update({ chillerOn: true, defrosted: false, drained: false }),
  chillerButtonOff: update({ chillerOn: false }),
  markHeatAtSetpoint: update({ heatAtSetpoint: true }),
  clearHeatAtSetpoint: update({ heatAtSetpoint: false }),
  markChillAtSetpoint: update({ chillAtSetpoint: true }),
  clearChillAtSetpoint: update({ chillAtSetpoint: false }),
  pushStop: update(({ event }) => (controlOf(event) === 'pullCord' ? { cordPulled: true } : { estopDown: true })),
  releaseStop: update(({ event }) => (controlOf(event) === 'pullCord' ? { cordPulled: false } : { estopDown: false })),
  /** The e-stop circuit drops the heater contactor: heat must be switched on again after RESET. */
  dropHeat: update({ heatOn: false }),
  // Faults and their remedies.
  stickController: update({ controllerFault: true }),
  repairController: update({ controllerFault: false }),
  failFan: update({ fanFault: true }),
  repairFan: update({ fanFault: false }),
  iceChiller: update({ chillerIced: true }),
  finishDefrost: update({ defrosted: true, chillerIced: false }),
  drain: update({ drained: true }),
  jamExit: update(({ context }) => ({ line: { ...context.line, jammed: true } })),
  // The line.
  stepLine: update(({ context }) => ({ line: advanceLine(context.line, CONVEYOR_TICK_MS / 1000, conditionsOf(context, true)) })),
  /** While the belt stands, the shoes inside still soak heat or cold. */
  soakLine: update(({ context }) => ({ line: advanceLine(context.line, CONVEYOR_TICK_MS / 1000, conditionsOf(context, false)) })),
  loadShoe: update(({ context }) => ({ line: loadShoe(context.line) })),
  unloadToChiller: update(({ context }) => ({ line: transferShoe(context.line) })),
  clearJam: update(({ context }) => ({ line: clearJam(context.line) })),
  delast: update(({ context }) => {
    const done = delastShoe(context.line);
    if (!done) return {};
    const good = done.verdict.outcome === 'kept';
    return {
      line: done.line,
      lastVerdict: done.verdict,
      goodShoes: context.goodShoes + (good ? 1 : 0),
      badShoes: context.badShoes + (good ? 0 : 1),
      checks: { ...context.checks, shape: false },
    };
  }),
  inspect: update({ checks: ({ context, event }) => ({ ...context.checks, [controlOf(event) as InspectPoint]: true }) }),
};
