import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, StatusLine } from '../../engine/machineModule.ts';
import { statusLine } from '../../engine/statusLine.ts';
import { allPpe, firstFlaw, type RoughingContext } from './chart/context.ts';
import { INTO_UPPER_MM, PRESSURE_LIGHT, WORK_TICKET } from './constants.ts';
import type { RoughingMachine } from './machine.ts';
import { isRoughing } from './process.ts';

type Snap = SnapshotFrom<RoughingMachine>;

const line = statusLine;
/** Pressure above which the status warns of a heavy hand [I]. */
const HEAVY_PRESSURE = PRESSURE_LIGHT + 0.25;
/** How far off the line the hand may run before the status warns, mm [I]. */
const PATH_WARN_MM = 1;

/** The band on the shoe in hand, once roughed: what the artisan sees on it. */
function bandLine(c: RoughingContext): StatusLine {
  const flaw = firstFlaw(c.flaws);
  if (flaw === null || flaw === 'dustEscaped') return line('status.result.good', 'ok');
  return line(`status.result.${flaw}`, flaw === 'intoUpper' ? 'danger' : 'warn');
}

/** The status line: the most important thing the artisan should know now, first match wins. */
export function roughingStatus(s: Snap): StatusLine {
  const c = s.context;
  if (s.hasTag('estop')) return line('status.estop', 'danger');
  if (s.hasTag('stoneOn')) return line('status.sharpening', 'danger');
  if (c.lastStop && !s.hasTag('spindleRunning')) return line('status.stopped.estop', 'warn');
  if (c.shoe !== 'none') {
    if (c.flaws.wrongWay) return line(c.pressure > 0 ? 'status.snatchedRelease' : 'status.snatched', 'danger');
    if (c.bandDone) {
      if (c.pressure > 0) return line('status.bandDoneRelease', 'ok');
      if (!c.inspected) return line('status.inspectBand');
      return bandLine(c);
    }
    if (isRoughing(s)) {
      if (c.flaws.intoUpper) return line('status.intoUpperRoughing', 'danger');
      if (c.flaws.dustEscaped) return line('status.dustEscaping', 'warn');
      if (c.flaws.burnt) return line('status.burning', 'warn');
      if (c.pressure > HEAVY_PRESSURE) return line('status.pressTooHard', 'warn');
      if (c.pathOffsetMm > PATH_WARN_MM) return line('status.offLineUpper', 'warn', { mm: c.pathOffsetMm, limit: INTO_UPPER_MM });
      if (c.pathOffsetMm < -PATH_WARN_MM) return line('status.offLineInward', 'warn', { mm: -c.pathOffsetMm });
      return line('status.roughing', 'info');
    }
    if (!s.hasTag('spindleRunning')) return line('status.shoeSpindleOff', 'warn');
    return line('status.pressShoe', 'ok');
  }
  if (s.hasTag('complete')) return line('status.done', 'ok');
  if (c.goodShoes > 0) return line(s.hasTag('spindleRunning') ? 'status.shoeDone' : 'status.shutdown', 'ok');
  if (c.wheelClogged && c.wheelFinding === 'clogged') return line('status.wheelClogged', 'warn');
  if (c.bagFull) return line('status.bagFull', 'warn');
  if (s.hasTag('spindleRunning')) {
    if (c.reversing !== WORK_TICKET.direction) return line('status.runningReversed', 'warn');
    if (!c.extractionOn) return line('status.noExtraction', 'warn');
    return line('status.takeShoe', 'ok');
  }
  if (!allPpe(c)) return line('status.off');
  return line('status.readyToStart');
}

const controlOf = (e: GladiEvent) => ('control' in e ? e.control : '');

/** Why an event changed nothing: read from the state the chart is in, never re-deciding guards. */
export function roughingRefusal(s: Snap, e: GladiEvent): StatusLine {
  const c = s.context;
  const control = controlOf(e);
  const running = s.hasTag('spindleRunning');
  const value = e.type === 'user.set' ? e.value : '';
  if (e.type === 'fault.inject') return line('refusal.faultNotNow');
  if (s.hasTag('estop') && !(e.type === 'user.release' && control === 'estop')) return line('refusal.estop', 'danger');
  switch (control) {
    case 'spindleStart':
      return line('refusal.alreadyRunning');
    case 'spindleStop':
      return line('refusal.alreadyOff');
    case 'reversingSwitch':
      return line(running ? 'refusal.reverseRunning' : 'refusal.nothingHappens', running ? 'warn' : 'info');
    case 'sharpeningStone':
      if (c.extractionOn) return line('refusal.stoneExtractionOn', 'danger');
      if (c.reversing !== 'reverse') return line('refusal.stoneForward', 'warn');
      if (c.shoe !== 'none') return line('refusal.shoeInHand', 'warn');
      if (!running) return line('refusal.stoneSpindleOff', 'warn');
      return line('refusal.alreadySharpening');
    case 'shoe':
      if (value === 'none') return line(c.shoe === 'none' ? 'refusal.noShoe' : 'refusal.releasePressureFirst', c.shoe === 'none' ? 'info' : 'warn');
      return line(c.shoe !== 'none' ? 'refusal.shoeAlreadyHeld' : 'refusal.releasePressureFirst');
    case 'cleanUp':
      return line('refusal.spindleRunning', 'danger');
    case 'emptyBag':
      return line('refusal.extractionRunning', 'warn');
    case 'wheel':
      return line('refusal.spindleRunning', 'danger');
    case 'band':
      if (c.shoe === 'none') return line('refusal.noShoe');
      if (c.pressure > 0) return line('refusal.releasePressureFirst', 'warn');
      return line('refusal.bandNotDone');
    default:
      return line('refusal.nothingHappens');
  }
}

/** Current positions of selector-like controls (continuous ones: the chart's last value). */
export function readRoughingControl(s: Snap, controlId: string): string | undefined {
  const c = s.context;
  switch (controlId) {
    case 'extractionSwitch':
      return c.extractionOn ? 'on' : 'off';
    case 'reversingSwitch':
      return c.reversing;
    case 'shoe':
      return c.shoe;
    case 'estop':
      return c.estopDown ? 'pressed' : 'out';
    case 'speed':
      return String(c.speedRpm);
    case 'pressure':
      return String(c.pressure);
    case 'pathOffset':
      return String(c.pathOffsetMm);
    default:
      return undefined;
  }
}
