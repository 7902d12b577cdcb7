import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, StatusLine } from '../../engine/machineModule.ts';
import { statusLine as line } from '../../engine/statusLine.ts';
import { MAX_SHOES } from './constants.ts';
import { count } from './line.ts';
import type { HeatSetterMachine } from './machine.ts';

type Snap = SnapshotFrom<HeatSetterMachine>;

/** The status line: the most important thing the operator should know now, first match wins. */
export function heatSetterStatus(s: Snap): StatusLine {
  const c = s.context;
  const l = c.line;
  if (s.hasTag('estop')) return line(c.estopDown || c.cordPulled ? 'status.estop' : 'status.estopReset', 'danger');
  if (s.hasTag('fanFailure')) return line('status.fanFailure', 'danger');
  if (s.hasTag('overTemp')) return line('status.overTemp', 'danger');
  if (l.jammed) return line('status.jam', 'danger');
  if (s.hasTag('complete')) return line('status.complete', 'ok');
  if (c.chillerIced) return line(count(l, 'chill') > 0 ? 'status.dripping' : 'status.iced', 'warn');
  if (count(l, 'out') > 0) return line('status.delast', 'ok');
  if (count(l, 'exit') > 0) return line('status.unload', 'warn');
  if (c.lastVerdict && !c.checks.shape && l.shoes.length === 0) return line('status.checkShape');
  if (s.hasTag('heating')) return line('status.heating', 'warn', { c: c.heatTempC });
  if (s.hasTag('chillerCooling')) return line('status.pullingDown', 'warn', { c: c.chillTempC });
  if (l.shoes.length > 0) return line(s.hasTag('conveyorRunning') ? 'status.onBelt' : 'status.beltStopped', s.hasTag('conveyorRunning') ? 'info' : 'warn');
  if (s.hasTag('fanRunOn')) return line('status.fanRunOn', 'warn');
  if (s.hasTag('defrosting')) return line('status.defrosting', 'warn');
  if (c.defrosted && !c.drained) return line('status.drain');
  if (c.lastVerdict) return line(`status.result.${c.lastVerdict.outcome}`, c.lastVerdict.outcome === 'kept' ? 'ok' : 'warn');
  if (s.hasTag('heatReady') && s.hasTag('chillReady')) return line(s.hasTag('conveyorRunning') ? 'status.load' : 'status.ready', 'ok');
  if (c.isolatorOn) return line('status.powered');
  return line('status.off');
}

const controlOf = (e: GladiEvent) => ('control' in e ? e.control : '');

/** Why an event the chart did not accept changed nothing: read from the state, never re-deciding guards. */
export function heatSetterRefusal(s: Snap, e: GladiEvent): StatusLine {
  const c = s.context;
  const l = c.line;
  const id = controlOf(e);
  const estop = s.hasTag('estop');
  if (estop && id === 'reset') return line('refusal.releaseFirst', 'warn');
  if (estop && e.type !== 'user.release' && e.type !== 'user.inspect' && e.type !== 'fault.inject') return line('refusal.estop', 'danger');
  switch (id) {
    case 'heatOn':
      if (!c.isolatorOn) return line('refusal.noPower', 'warn');
      if (c.fanFault) return line('refusal.fanFault', 'danger');
      if (!c.fanOn) return line('refusal.fanInterlock', 'warn');
      if (c.controllerFault) return line('refusal.controllerFault', 'danger');
      break;
    case 'chillerOn':
    case 'isolator':
      if (!c.isolatorOn) return line('refusal.noPower', 'warn');
      break;
    case 'conveyorStart':
      if (!c.isolatorOn) return line('refusal.noPower', 'warn');
      if (l.jammed) return line('refusal.jammed', 'danger');
      if (c.chillerDoorOpen) return line('refusal.doorOpen', 'warn');
      break;
    case 'loadShoe':
      if (l.jammed) return line('refusal.jammed', 'danger');
      if (l.shoes.length >= MAX_SHOES) return line('refusal.lineFull', 'warn');
      return line('refusal.slotNotFree', 'warn');
    case 'unloadShoe':
      if (l.jammed) return line('refusal.useClearJam', 'warn');
      return line('refusal.noShoeAtExit');
    case 'clearJam':
      return line(l.jammed ? 'refusal.stopBeltFirst' : 'refusal.noJam', l.jammed ? 'danger' : 'info');
    case 'delast':
      return line(count(l, 'chill') > 0 ? 'refusal.stillChilling' : 'refusal.noShoeOut', 'warn');
    case 'shape':
      return line('refusal.noShoeToCheck');
    case 'repairController':
      if (c.controllerFault && c.heatOn) return line('refusal.heatOnRepair', 'warn');
      return line('refusal.noFault');
    case 'repairFan':
      return line('refusal.noFault');
    case 'defrost':
      if (c.chillerOn) return line('refusal.chillerRunning', 'warn');
      break;
    case 'drain':
      if (c.chillerOn) return line('refusal.chillerRunning', 'warn');
      if (!c.defrosted) return line('refusal.notDefrosted', 'warn');
      break;
  }
  return line('refusal.nothing');
}

/** Current position of a selector-like control. */
export function readHeatSetterControl(s: Snap, id: string): string | undefined {
  const c = s.context;
  switch (id) {
    case 'isolator':
      return c.isolatorOn ? 'on' : 'off';
    case 'fan':
      return c.fanOn ? 'on' : 'off';
    case 'heatTemp':
      return String(c.heatTempC);
    case 'chillTemp':
      return String(c.chillTempC);
    case 'conveyorSpeed':
      return String(c.speedMMin);
    case 'steam':
      return c.steam;
    case 'chillerDoor':
      return c.chillerDoorOpen ? 'open' : 'closed';
    case 'estop':
      return c.estopDown ? 'pressed' : 'out';
    case 'pullCord':
      return c.cordPulled ? 'pressed' : 'out';
    default:
      return undefined;
  }
}
