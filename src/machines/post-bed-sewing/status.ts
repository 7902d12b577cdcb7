import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, StatusLine } from '../../engine/machineModule.ts';
import { statusLine } from '../../engine/statusLine.ts';
import { canStitch, flawList, guardsOn, type SewingContext } from './chart/context.ts';
import { FAST_SPM } from './constants.ts';
import type { SewingMachine } from './machine.ts';
import { bobbinOk, needleOk, threadOk, threadedOk } from './procedure.ts';
import { isSewingWork, speedSpm } from './process.ts';

type Snap = SnapshotFrom<SewingMachine>;

const line = statusLine;
/** How far off the line the hand may hold the work before the status warns, mm [I]. */
const STEER_WARN_MM = 1;

/** Why the pedal does nothing although the power is on (first match). */
function cannotStitch(c: SewingContext): StatusLine {
  if (c.needleBroken) return line('status.needleBroken', 'danger');
  if (c.threadBroken) return line('status.threadBroken', 'warn');
  if (!guardsOn(c)) return line('status.guardsOff', 'warn');
  if (!c.threaded) return line('status.notThreaded', 'warn');
  return line('status.noBobbin', 'warn');
}

/** The seam on the post while the pedal is up: what comes next along the line. */
function seamLine(c: SewingContext): StatusLine {
  const m = c.marks;
  if (c.trimmed) {
    const flaws = flawList(c.flaws);
    if (c.piece === 'upper' && !c.inspected) return line('status.inspectSeam');
    if (!flaws.length) return line(c.piece === 'upper' ? 'status.result.good' : 'status.test.good', 'ok');
    return line(`status.result.${flaws[0]}`, 'warn');
  }
  if (c.piece === 'upper' && m.atCorner && c.pivots === 0) {
    if (!c.needleDown) return line('status.corner.needleDown', 'warn');
    return line(c.footUp ? 'status.corner.turn' : 'status.corner.lift', 'info');
  }
  if (c.footUp) return line(c.pivots > 0 ? 'status.corner.lower' : c.needleDown ? 'status.lowerFoot' : 'status.needleToStart');
  if (m.atEnd && (c.piece === 'scrap' || m.tackEnd)) return line('status.trim', 'info');
  if (c.piece === 'upper' && m.atEnd) return line('status.tackEnd', 'info');
  if (c.piece === 'upper' && !m.tackStart) return line('status.tackStart', 'info');
  return line(c.piece === 'upper' ? 'status.pressPedalUpper' : 'status.pressPedalTest', 'ok');
}

/** While the needle runs over the work: the one thing to watch now. */
function sewingLine(c: SewingContext): StatusLine {
  const m = c.marks;
  if (c.flaws.skipped) return line('status.skipping', 'warn');
  if (c.flaws.loops) return line('status.loops', 'warn');
  if (speedSpm(c.pedal, c.maxSpm) > FAST_SPM) return line('status.tooFast', 'warn');
  if (Math.abs(c.steerMm) > STEER_WARN_MM) return line('status.offLine', 'warn', { mm: Number(Math.abs(c.steerMm).toFixed(1)) });
  if (c.backTack > 0) return line('status.backTacking', 'info');
  if (c.piece === 'upper' && m.atCorner && c.pivots === 0) return line('status.corner.stop', 'warn');
  if (m.atEnd) return line('status.atEnd', 'warn');
  if (c.piece === 'upper' && m.nearCorner && c.pivots === 0) return line('status.corner.slow', 'info');
  if (m.nearEnd) return line('status.endSlow', 'info');
  return line(c.piece === 'upper' ? 'status.sewingUpper' : 'status.sewingTest', 'info');
}

/** The status line: the most important thing the artisan should know now, first match wins. */
export function sewingStatus(s: Snap): StatusLine {
  const c = s.context;
  if (s.hasTag('estop')) return line('status.estop', 'danger');
  if (s.hasTag('noStart')) return line('status.noStart', 'danger');
  if (c.lastStop && !s.hasTag('powered')) return line('status.stopped.estop', 'warn');
  if (isSewingWork(s)) return sewingLine(c);
  if (s.hasTag('needleRunning')) return line('status.runningEmpty', 'warn');
  if (s.hasTag('powered') && c.pedal > 0 && !canStitch(c)) return cannotStitch(c);
  if (c.needleBroken) return line('status.needleBroken', 'danger');
  if (c.threadBroken) return line('status.threadBroken', 'warn');
  if (c.piece !== 'none') {
    if (!s.hasTag('powered') && !c.trimmed) return line('status.piecePowerOff', 'warn');
    return seamLine(c);
  }
  if (s.hasTag('complete')) return line('status.done', 'ok');
  if (c.goodParts > 0) return line('status.shutdown', 'ok');
  if (s.hasTag('powered')) {
    if (!canStitch(c)) return cannotStitch(c);
    return line(c.testOk ? 'status.loadUpper' : 'status.loadScrap', 'ok');
  }
  if (!needleOk(c) || !threadOk(c) || !threadedOk(c) || !bobbinOk(c)) return line('status.threadUp');
  if (!guardsOn(c)) return line('status.guardsOff', 'warn');
  return line('status.off');
}

const controlOf = (e: GladiEvent) => ('control' in e ? e.control : '');

/** Why an event changed nothing: read from the state the chart is in, never re-deciding guards. */
export function sewingRefusal(s: Snap, e: GladiEvent): StatusLine {
  const c = s.context;
  const control = controlOf(e);
  const powered = s.hasTag('powered');
  const sewing = s.hasTag('needleRunning');
  const value = e.type === 'user.set' ? e.value : '';
  if (e.type === 'fault.inject') return line('refusal.faultNotNow');
  if (s.hasTag('estop') && !(e.type === 'user.release' && control === 'estop')) return line('refusal.estop', 'danger');
  switch (control) {
    case 'powerSwitch':
      return line(powered ? 'refusal.alreadyOn' : 'refusal.alreadyOff');
    case 'threadMachine':
    case 'threadCone':
      if (powered) return line('refusal.threadPowerOn', 'danger');
      return line(c.needleBroken ? 'refusal.needleBrokenFirst' : 'refusal.nothingHappens', 'warn');
    case 'changeNeedle':
    case 'cleanLint':
    case 'oil':
      return line('refusal.powerOnHands', 'danger');
    case 'bobbin':
      if (powered) return line('refusal.powerOnHands', 'danger');
      if (value === 'in') return line(c.bobbinIn ? 'refusal.bobbinAlreadyIn' : 'refusal.bobbinEmpty', 'warn');
      return line('refusal.bobbinAlreadyOut');
    case 'windBobbin':
      return line(c.bobbinIn ? 'refusal.bobbinInHook' : 'refusal.bobbinFull');
    case 'kneeLifter':
    case 'maxSpeed':
    case 'needleStop':
    case 'handwheel':
      return line('refusal.releasePedalFirst', 'warn');
    case 'piece':
      if (value === 'none') {
        if (c.piece === 'none') return line('refusal.noPiece');
        if (sewing) return line('refusal.needleRunning', 'danger');
        return line('refusal.liftFootFirst', 'warn');
      }
      if (c.piece !== 'none') return line('refusal.pieceAlreadyIn');
      if (sewing) return line('refusal.releasePedalFirst', 'warn');
      return line('refusal.liftFootFirst', 'warn');
    case 'turnWork':
      if (c.piece !== 'upper') return line('refusal.noUpper');
      if (sewing) return line('refusal.releasePedalFirst', 'warn');
      if (c.pivots > 0 || c.trimmed) return line('refusal.alreadyTurned');
      return line('refusal.turnFootDown', 'warn');
    case 'trim':
      if (c.piece === 'none') return line('refusal.noPiece');
      if (c.trimmed) return line('refusal.alreadyTrimmed');
      if (sewing) return line('refusal.releasePedalFirst', 'warn');
      if (!powered) return line('refusal.trimPowerOff', 'warn');
      return line('refusal.trimFootUp', 'warn');
    case 'seam':
      if (c.piece === 'none') return line('refusal.noPiece');
      if (sewing) return line('refusal.releasePedalFirst', 'warn');
      return line('refusal.seamNotDone');
    default:
      return line('refusal.nothingHappens');
  }
}

/** Current positions of selector-like controls (continuous ones: the chart's last value). */
export function readSewingControl(s: Snap, controlId: string): string | undefined {
  const c = s.context;
  switch (controlId) {
    case 'powerSwitch':
      return c.powerOn ? 'on' : 'off';
    case 'fingerGuard':
      return c.fingerGuard ? 'on' : 'off';
    case 'eyeGuard':
      return c.eyeGuardDown ? 'down' : 'up';
    case 'beltCover':
      return c.beltCover ? 'on' : 'off';
    case 'kneeLifter':
      return c.footUp ? 'up' : 'down';
    case 'maxSpeed':
      return String(c.maxSpm);
    case 'needleStop':
      return c.needleStop;
    case 'threadCone':
      return c.thread;
    case 'bobbin':
      return c.bobbinIn ? 'in' : 'out';
    case 'piece':
      return c.piece;
    case 'estop':
      return c.estopDown ? 'pressed' : 'out';
    case 'stitchLength':
      return String(c.stitchMm);
    case 'tension':
      return String(c.tension);
    case 'pressure':
      return String(c.pressure);
    case 'pedal':
      return String(c.pedal);
    case 'backTack':
      return String(c.backTack);
    case 'steer':
      return String(c.steerMm);
    default:
      return undefined;
  }
}
