import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, StatusLine } from '../../engine/machineModule.ts';
import { inState as at, statusLine as line } from '../../engine/statusLine.ts';
import { DWELL_TICK_MS, TRANSFER_WINDOW_MS } from './constants.ts';
import { airBar, hasAirPressure } from './chart/derived.ts';
import { isHandButton, stationOf } from './chart/events.ts';
import type { Station } from './chart/types.ts';
import type { CounterMoulderMachine } from './machine.ts';
import { isColdReady, isHotReady } from './readiness.ts';

type Snap = SnapshotFrom<CounterMoulderMachine>;
const STATIONS: readonly Station[] = ['hot', 'cold'];

/** The status line: the most important thing the artisan should know now, first match wins. */
export function counterMoulderStatus(s: Snap): StatusLine {
  const c = s.context;
  if (at(s, 'safety.estopped.latched')) return line('status.estopLatched', 'danger');
  if (at(s, 'safety.estopped.released')) return line('status.estopReleased', 'warn');
  for (const st of STATIONS) {
    if (at(s, `${st}.cycle.closing`)) return line(`status.${st}Closing`, 'danger');
    if (at(s, `${st}.cycle.clamped`)) return line(`status.${st}Dwell`, 'danger', { seconds: (c.ticksLeft[st] * DWELL_TICK_MS) / 1000 });
  }
  if (at(s, 'moulds.cutOut')) return line('status.overTemp', 'danger');
  if (at(s, 'work.softened.onHot')) {
    if (c.transferSlow) return line('status.transferLate', 'warn');
    if (!at(s, 'hot.open')) return line(at(s, 'hot.opening') ? 'status.hotOpening' : 'status.releaseHot', 'warn');
    return line('status.transferNow', 'warn', { seconds: TRANSFER_WINDOW_MS / 1000 });
  }
  for (const st of STATIONS) {
    if (at(s, `${st}.blocked`)) return line('status.blockedNotTogether', 'warn');
    if (at(s, `${st}.firstPressed`)) return line('status.firstPressed');
  }
  if (c.lastStop && at(s, `${c.lastStop.station}.opening`)) return line(`status.stopped.${c.lastStop.reason}`, 'warn');
  if (at(s, 'work.formed')) {
    const outcome = c.lastResult?.outcome ?? 'good';
    if (!at(s, 'cold.open')) return line('status.releaseCold', 'info');
    return line(`status.formed.${outcome}`, outcome === 'good' ? 'ok' : 'warn');
  }
  if (at(s, 'power.off.shiftDone')) return line('status.shiftDone', 'ok');
  if (at(s, 'power.off')) return line(c.goodBackParts > 0 ? 'status.offFinish' : 'status.off');
  if (!hasAirPressure(c)) return line(c.airSupplyLow ? 'status.airSupplyLow' : 'status.airBelowSetpoint', 'warn', { bar: airBar(c) });
  if (!c.heaterOn || !c.chillerOn) return line('status.mouldsOff', 'info');
  if (at(s, 'moulds.conditioning')) return line('status.warming');
  if (at(s, 'work.softened.onCold')) return line(c.transferSlow ? 'status.transferLate' : 'status.startCold', 'warn');
  if (at(s, 'work.bench')) return line('status.insertCounter');
  if (c.finding === 'counterOffCentre' && !c.counterCentred) return line('status.counterOffCentre', 'warn');
  if (at(s, 'work.ready')) return line('status.placeOnHot');
  if (at(s, 'work.onHot')) return line('status.startHot', 'ok');
  return line('status.ready', 'ok');
}

const controlOf = (e: GladiEvent) => ('control' in e ? e.control : '');
const SETPOINTS = new Set(['hotTemp', 'coldTemp', 'hotDwell', 'coldDwell']);
const HAND_ON_WORK = new Set(['upper', 'insertCounter', 'recentreCounter', 'counter', 'backPart']);

/** Why a station's start button did nothing. */
function buttonRefusal(s: Snap, st: Station): StatusLine {
  const c = s.context;
  if (!c.mainOn) return line('refusal.powerOff', 'warn');
  if (!hasAirPressure(c)) return line('refusal.airLow', 'warn', { bar: airBar(c) });
  if (st === 'hot' && at(s, 'moulds.cutOut')) return line('refusal.overTemp', 'danger');
  if (st === 'hot' && !isHotReady(s)) return line('refusal.hotNotReady', 'warn');
  if (st === 'cold' && !isColdReady(s)) return line('refusal.coldNotReady', 'warn');
  if (!at(s, `${st}.open`)) return line('refusal.padBusy', 'warn');
  return line(st === 'hot' ? 'refusal.noUpperHot' : 'refusal.noUpperCold', 'warn');
}

/** Why an event changed nothing: read from the state the chart is in, never re-deciding guards. */
export function counterMoulderRefusal(s: Snap, e: GladiEvent): StatusLine {
  const c = s.context;
  const control = controlOf(e);
  const cycling = at(s, 'hot.cycle') || at(s, 'cold.cycle');
  if (HAND_ON_WORK.has(control) && cycling) return line('refusal.padClosed', 'danger');
  if (s.hasTag('estop') && control === 'reset') return line('refusal.estopStillLatched', 'warn');
  if (s.hasTag('estop') && isHandButton(control)) return line('refusal.estop', 'danger');
  if (control === 'reset') return line('refusal.nothingToReset');
  if (isHandButton(control)) return buttonRefusal(s, stationOf(control));
  if (SETPOINTS.has(control) && cycling) return line('refusal.settingsLocked', 'warn');
  if (control === 'compressor') return line('refusal.airSupplyFine');
  if (control === 'repairController') return line(c.controllerFault ? 'refusal.heaterOffFirst' : 'refusal.nothingToRepair', 'warn');
  if (control === 'insertCounter') return line('refusal.counterAlreadyIn');
  if (control === 'recentreCounter')
    return line(c.counterCentred ? 'refusal.counterCentred' : 'refusal.counterOutOfReach', c.counterCentred ? 'info' : 'warn');
  if (control === 'counter') return line(at(s, 'work.bench') ? 'refusal.noCounterYet' : 'refusal.counterOutOfReach');
  if (control === 'backPart') return line(at(s, 'work.formed') ? 'refusal.padBusy' : 'refusal.notMouldedYet', 'warn');
  if (control === 'upper' && e.type === 'user.set') {
    if (at(s, 'work.bench')) return line('refusal.counterFirst', 'warn');
    if (e.value === 'coldMould' && (at(s, 'work.ready') || at(s, 'work.onHot'))) return line('refusal.hotFirst', 'warn');
    if (at(s, 'work.softened.onHot') && e.value === 'coldMould') return line(at(s, 'hot.open') ? 'refusal.padBusy' : 'refusal.handsOnButtons', 'warn');
    if (at(s, 'work.softened') || at(s, 'work.hotPressing') || at(s, 'work.coldPressing')) return line('refusal.onToCold', 'warn');
    if (at(s, 'work.formed')) return line(at(s, 'cold.open') ? 'refusal.toRack' : 'refusal.handsOnButtons', 'warn');
  }
  return line('refusal.nothingHappens');
}

/** Current positions of selector-like controls. */
export function readCounterMoulderControl(s: Snap, controlId: string): string | undefined {
  const c = s.context;
  switch (controlId) {
    case 'mainSwitch':
      return c.mainOn ? 'on' : 'off';
    case 'heaterSwitch':
      return c.heaterOn ? 'on' : 'off';
    case 'chillerSwitch':
      return c.chillerOn ? 'on' : 'off';
    case 'hotTemp':
      return String(c.hotTempC);
    case 'coldTemp':
      return String(c.coldTempC);
    case 'hotDwell':
      return String(c.hotDwellS);
    case 'coldDwell':
      return String(c.coldDwellS);
    case 'airRegulator':
      return String(c.regulatorBar);
    case 'upper':
      return s.hasTag('upperOnHot') ? 'hotMould' : s.hasTag('upperOnCold') ? 'coldMould' : 'rack';
    case 'estop':
      return at(s, 'safety.estopped.latched') ? 'pressed' : 'out';
    case 'hotLeft':
    case 'hotRight':
    case 'coldLeft':
    case 'coldRight':
      return c.held[controlId] ? 'pressed' : 'out';
    default:
      return undefined;
  }
}
