import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, StatusLine } from '../../engine/machineModule.ts';
import { inState as at, statusLine as line } from '../../engine/statusLine.ts';
import { ALIGN_TOLERANCE_MM, DWELL_TICK_MS } from './constants.ts';
import type { ToeLastingMachine } from './machine.ts';

type Snap = SnapshotFrom<ToeLastingMachine>;

const dwellLeftS = (s: Snap) => (s.context.dwellTicksLeft * DWELL_TICK_MS) / 1000;
const mm = (v: number) => Math.abs(v);
const sideWord = (v: number) => (v > 0 ? 'right' : 'left');

/** Something in the care of the machine that stops the work, as a status key (null: nothing). */
function careProblem(s: Snap): string | null {
  if (at(s, 'heater.cutOut')) return s.context.mainOn ? 'status.cutOut' : 'status.cutOutIsolated';
  if (at(s, 'pump.running.noPressure')) return 'status.noPressure';
  return null;
}

/** The status line: the most important thing the artisan should know now, first match wins. */
export function toeLastingStatus(s: Snap): StatusLine {
  const c = s.context;
  if (at(s, 'safety.estopped.latched')) return line('status.estopLatched', 'danger');
  if (at(s, 'safety.estopped.released')) return line('status.estopReleased', 'warn');
  // The cycle.
  if (at(s, 'work.lasting.cementing')) return line('status.cementing', 'danger');
  if (at(s, 'work.lasting.wiping')) return line('status.wiping', 'danger');
  if (at(s, 'work.lasting.dwelling')) return line('status.dwelling', 'danger', { seconds: dwellLeftS(s) });
  if (at(s, 'work.holding')) return line('status.holding', 'ok');
  if (at(s, 'work.lasted') && c.lastResult) {
    if (!c.checks.toe) return line('status.lasted.inspect');
    return line(`status.lasted.${c.lastResult.cause}`, c.lastResult.outcome === 'good' ? 'ok' : 'warn');
  }
  const care = careProblem(s);
  if (care) return line(care, 'warn');
  if (at(s, 'work.gripped.pulled')) {
    if (at(s, 'heater.on.warming')) return line('status.pulledWaitMelt', 'warn');
    if (!s.hasTag('meltReady')) return line('status.pulledHeaterOff', 'warn');
    return line('status.pulled', 'danger');
  }
  if (at(s, 'work.gripped.toeGrip')) {
    // The light line on the gripped toe shows any offset at once.
    if (mm(c.gripOffsetMm) > ALIGN_TOLERANCE_MM) return line('status.toeGripOffLine', 'warn', { mm: mm(c.gripOffsetMm) });
    if (!c.checks.centreLine) return line('status.toeGripCheck');
    return line('status.toeGripOnLine', 'ok');
  }
  // Before the cycle: machine state, then the last on the rest.
  if (!s.hasTag('powered')) {
    if (at(s, 'power.off.shutDown')) return line('status.shiftDone', 'ok');
    if (c.goodToes > 0 && !s.hasTag('lastOnRest')) return line('status.shutDownRest', 'ok');
    return line('status.off');
  }
  if (at(s, 'pump.off')) return line(c.goodToes > 0 ? 'status.shutDownRest' : 'status.pumpOff', c.goodToes > 0 ? 'ok' : 'info');
  if (at(s, 'work.placed')) {
    if (!c.centreLightOn) return line('status.placedLightOff', 'warn');
    if (c.lastOffsetMm !== 0) return line(`status.placedOffLine.${sideWord(c.lastOffsetMm)}`, 'warn', { mm: mm(c.lastOffsetMm) });
    if (at(s, 'heater.on.warming')) return line('status.warming', 'info', { celsius: c.meltTempC });
    if (!s.hasTag('meltReady')) return line('status.heaterOff', 'warn');
    return line('status.placedOnLine', 'ok');
  }
  if (at(s, 'heater.on.warming')) return line('status.warming', 'info', { celsius: c.meltTempC });
  if (at(s, 'heater.off')) return line(c.goodToes > 0 ? 'status.shutDownRest' : 'status.heaterOff', c.goodToes > 0 ? 'ok' : 'info');
  return line('status.readyPlaceLast', 'ok');
}

const controlOf = (e: GladiEvent) => ('control' in e ? e.control : '');
const SETTINGS = new Set(['program', 'side', 'pull', 'wiper', 'dwell', 'sidePincers', 'meltTemp']);

/** Why an event changed nothing: read from the state the chart is in, never re-deciding guards. */
export function toeLastingRefusal(s: Snap, e: GladiEvent): StatusLine {
  const c = s.context;
  const control = controlOf(e);
  const cycling = at(s, 'work.gripped.pulled') || at(s, 'work.lasting');
  if (e.type === 'fault.inject') return line('refusal.faultNotNow');
  if (s.hasTag('estop')) return line(control === 'reset' ? 'refusal.estopStillLatched' : 'refusal.estop', control === 'reset' ? 'warn' : 'danger');
  if (control === 'reset') return line('refusal.nothingToReset');
  if (cycling && SETTINGS.has(control)) return line('refusal.settingsLocked', 'warn');
  switch (control) {
    case 'pumpStart':
    case 'heaterOn':
      if (!s.hasTag('powered')) return line('refusal.mainOff', 'warn');
      return line(control === 'pumpStart' ? 'refusal.pumpAlreadyOn' : 'refusal.heaterAlreadyOn');
    case 'pumpStop':
      return line('refusal.pumpAlreadyOff');
    case 'heaterOff':
      return line('refusal.heaterAlreadyOff');
    case 'pedalForward': {
      if (!s.hasTag('powered')) return line('refusal.mainOff', 'warn');
      if (at(s, 'work.empty')) return line('refusal.noLast', 'warn');
      if (at(s, 'work.lasted') || at(s, 'work.holding')) return line('refusal.alreadyLasted');
      if (at(s, 'work.lasting')) return line('refusal.lastingRuns');
      if (at(s, 'pump.off')) return line('refusal.pumpOff', 'warn');
      if (at(s, 'pump.running.noPressure')) return line('refusal.noPressure', 'warn');
      // Under the pull: the wipers wait for the melt (and come only once the last is clamped).
      if (at(s, 'work.gripped.pulled')) return line(at(s, 'heater.on.warming') ? 'refusal.meltWarming' : 'refusal.meltNotReady', 'warn');
      return line('refusal.nothingHappens');
    }
    case 'pedalBack':
      if (at(s, 'work.lasting')) return line('refusal.lastingRuns', 'warn');
      return line('refusal.nothingToRelease');
    case 'placeLast':
      return line('refusal.lastAlreadyOn');
    case 'removeLast':
      if (at(s, 'work.empty')) return line('refusal.noLast');
      if (at(s, 'work.holding')) return line('refusal.releaseFirst', 'warn');
      return line('refusal.gripped', 'warn');
    case 'lastPosition':
      if (!s.hasTag('lastOnRest')) return line('refusal.noLast');
      if (at(s, 'work.placed') && !c.centreLightOn) return line('refusal.lightOff', 'warn');
      return line('refusal.gripped', 'warn');
    case 'centreLine':
      return line('refusal.centreLineAtStep1');
    case 'toe':
      return line('refusal.nothingLasted');
    case 'meltTemp':
      return line('refusal.nothingHappens');
    case 'drainFilter':
      return line('refusal.noWater');
    case 'fillGranulate':
      return line('refusal.tankFull');
    case 'cleanPincers':
      if (!c.pincersGlued) return line('refusal.pincersClean');
      return line(cycling ? 'refusal.settingsLocked' : 'refusal.stopPumpFirst', 'danger');
    case 'topUpOil':
      if (!c.oilLow) return line('refusal.oilOk');
      return line('refusal.stopPumpFirst', 'warn');
    case 'clearNozzle':
      if (!c.nozzleBlocked) return line('refusal.nozzleClear');
      if (cycling) return line('refusal.settingsLocked', 'warn');
      return line('refusal.meltNotReady', 'warn');
    case 'repairHeater':
      if (!at(s, 'heater.cutOut')) return line('refusal.heaterOk');
      return line('refusal.isolateFirst', 'danger');
    case 'oilLevel':
    case 'airFilter':
    case 'meltTank':
    case 'pincers':
      return line('refusal.settingsLocked', 'warn');
    default:
      return line('refusal.nothingHappens');
  }
}

/** Current positions of selector-like controls (and latched ones). */
export function readToeLastingControl(s: Snap, controlId: string): string | undefined {
  const c = s.context;
  switch (controlId) {
    case 'mainSwitch':
      return c.mainOn ? 'on' : 'off';
    case 'meltTemp':
      return String(c.meltTempC);
    case 'program':
      return String(c.programSizeEu);
    case 'side':
      return c.side;
    case 'pull':
      return String(c.pullMPa);
    case 'wiper':
      return String(c.wiperMPa);
    case 'dwell':
      return String(c.dwellS);
    case 'sidePincers':
      return c.sidePincersOn ? 'on' : 'off';
    case 'centreLight':
      return c.centreLightOn ? 'on' : 'off';
    case 'lastPosition':
      return s.hasTag('lastOnRest') ? String(c.lastOffsetMm) : undefined;
    case 'estop':
      return c.estopDown.base ? 'pressed' : 'out';
    case 'cabinetEstop':
      return c.estopDown.cabinet ? 'pressed' : 'out';
    default:
      return undefined;
  }
}
