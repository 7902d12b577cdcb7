import type { SnapshotFrom } from 'xstate';
import type { GladiEvent, StatusLine } from '../../engine/machineModule.ts';
import { statusLine } from '../../engine/statusLine.ts';
import { firstFlaw, type SkiverContext } from './chart/context.ts';
import { TREADLE_STEADY_MAX } from './constants.ts';
import type { SkiverMachine } from './machine.ts';
import { measuredOk } from './procedure.ts';
import { edgeLengthMm, isFeeding } from './process.ts';

type Snap = SnapshotFrom<SkiverMachine>;

const line = statusLine;
/** How far off the guide the hand may hold the edge before the status warns, mm [I]. */
const HAND_WARN_MM = 0.5;
const mm = (v: number) => Number(v.toFixed(2));

/** The edge under the foot, once it is through (or jammed): what the artisan sees on it. */
function edgeLine(c: SkiverContext): StatusLine {
  const flaw = firstFlaw(c.flaws);
  if (flaw === null || flaw === 'chipsThrown') return line(c.piece === 'part' ? 'status.result.good' : 'status.trial.good', 'ok');
  return line(`status.result.${flaw}`, flaw === 'cutThrough' ? 'danger' : 'warn');
}

/** The status line: the most important thing the artisan should know now, first match wins. */
export function skiverStatus(s: Snap): StatusLine {
  const c = s.context;
  if (s.hasTag('estop')) return line('status.estop', 'danger');
  if (s.hasTag('stoneEngaged')) return line('status.sharpening', 'danger');
  if (c.lastStop && !s.hasTag('motorRunning')) return line(`status.stopped.${c.lastStop}`, 'warn');
  // The work under the foot.
  if (c.piece !== 'none') {
    if (c.flaws.jammed) return line(c.treadle > 0 ? 'status.jammedRelease' : 'status.jammed', 'warn');
    if (c.edgeDone) {
      if (c.treadle > 0) return line('status.edgeDoneRelease', 'ok');
      if (c.piece === 'part' && !c.inspected) return line('status.inspectSkive');
      return edgeLine(c);
    }
    if (isFeeding(s)) {
      if (c.flaws.cutThrough) return line('status.cutThroughFeeding', 'danger');
      if (c.flaws.chipsThrown) return line('status.chipsThrown', 'warn');
      if (c.treadle > TREADLE_STEADY_MAX) return line('status.feedTooFast', 'warn');
      if (Math.abs(c.guideOffsetMm) > HAND_WARN_MM) return line('status.offGuide', 'warn', { mm: mm(Math.abs(c.guideOffsetMm)) });
      return line(c.piece === 'part' ? 'status.feedingPart' : 'status.feedingTrial', 'info', { length: edgeLengthMm(c.piece) });
    }
    if (c.footRaised) return line('status.lowerFoot');
    if (!s.hasTag('motorRunning')) return line('status.pieceMotorOff', 'warn');
    return line(c.piece === 'part' ? 'status.pressPedalPart' : 'status.pressPedalTrial', 'ok');
  }
  // Nothing under the foot.
  if (s.hasTag('complete')) return line('status.done', 'ok');
  if (c.goodParts > 0) return line(s.hasTag('motorRunning') ? 'status.partDone' : 'status.shutdown', 'ok');
  if (c.knifeBlunt && c.knifeFinding === 'blunt') return line('status.knifeBlunt', 'warn');
  if (c.extractorFull) return line('status.extractorFull', 'warn');
  if (c.lastResult?.piece === 'scrap' && c.lastResult.remainingMm !== null) {
    if (c.measuredPiece !== 'scrap' || c.measuredMm === null) return line(c.trialOk ? 'status.measureTrial' : 'status.trialFailed', c.trialOk ? 'info' : 'warn');
    if (measuredOk(c)) return line(c.trialOk ? 'status.trialMeasuredOk' : 'status.trialFailed', c.trialOk ? 'ok' : 'warn', { mm: mm(c.measuredMm) });
    return line('status.trialMeasuredOff', 'warn', { mm: mm(c.measuredMm) });
  }
  if (s.hasTag('motorRunning')) return line(c.trialOk ? 'status.loadPart' : 'status.loadScrap', 'ok');
  if (c.guardOpen) return line('status.guardOpen', 'warn');
  return line('status.off');
}

const controlOf = (e: GladiEvent) => ('control' in e ? e.control : '');

/** Why an event changed nothing: read from the state the chart is in, never re-deciding guards. */
export function skiverRefusal(s: Snap, e: GladiEvent): StatusLine {
  const c = s.context;
  const control = controlOf(e);
  const running = s.hasTag('motorRunning');
  const driving = s.hasTag('knifeTurning');
  const value = e.type === 'user.set' ? e.value : '';
  if (e.type === 'fault.inject') return line('refusal.faultNotNow');
  if (s.hasTag('estop') && !(e.type === 'user.release' && control === 'estop')) return line('refusal.estop', 'danger');
  switch (control) {
    case 'motorSwitch':
      if (value === 'on' && c.guardOpen) return line('refusal.guardOpen', 'warn');
      return line(running ? 'refusal.alreadyRunning' : 'refusal.alreadyOff');
    case 'stoneLever':
      if (c.guardOpen) return line('refusal.stoneGuardOpen', 'danger');
      if (!running) return line('refusal.stoneMotorOff', 'warn');
      if (s.hasTag('stoneEngaged')) return line('refusal.alreadySharpening');
      return line('refusal.releasePedalFirst', 'warn');
    case 'presserFoot':
      if (running) return line('refusal.motorRunning', 'danger');
      return line('refusal.pieceUnderFoot', 'warn');
    case 'piece':
      if (value === 'none') {
        if (c.piece === 'none') return line('refusal.noPiece');
        if (driving) return line('refusal.feedRunning', 'danger');
        return line('refusal.raiseFootFirst', 'warn');
      }
      if (c.piece !== 'none') return line('refusal.pieceAlreadyIn');
      if (driving) return line('refusal.releasePedalFirst', 'warn');
      return line('refusal.raiseFootFirst', 'warn');
    case 'cleanChips':
    case 'cleanRoller':
      if (running) return line('refusal.motorRunning', 'danger');
      return line('refusal.pieceUnderFoot', 'warn');
    case 'emptyExtractor':
      return line('refusal.extractorRunning', 'warn');
    case 'tightenGuide':
      return line('refusal.releasePedalFirst', 'warn');
    case 'knifeEdge':
    case 'knifeGap':
      if (running) return line('refusal.motorRunning', 'danger');
      return line('refusal.openGuardToSee');
    case 'bottomPlate':
      return line('refusal.motorRunning', 'danger');
    case 'skive':
      if (c.piece === 'none') return line('refusal.noPiece');
      if (driving) return line('refusal.releasePedalFirst', 'warn');
      return line('refusal.skiveNotDone');
    case 'thicknessGauge':
      if (c.piece !== 'none') return line('refusal.takePieceOut');
      return line('refusal.nothingToMeasure');
    default:
      return line('refusal.nothingHappens');
  }
}

/** Current positions of selector-like controls (continuous ones: the chart's last value). */
export function readSkiverControl(s: Snap, controlId: string): string | undefined {
  const c = s.context;
  switch (controlId) {
    case 'motorSwitch':
      return c.motorOn ? 'on' : 'off';
    case 'extractorSwitch':
      return c.extractorOn ? 'on' : 'off';
    case 'knifeGuard':
      return c.guardOpen ? 'open' : 'closed';
    case 'footLever':
      return c.footRaised ? 'up' : 'down';
    case 'presserFoot':
      return c.foot;
    case 'angle':
      return String(c.angleDeg);
    case 'piece':
      return c.piece;
    case 'estop':
      return c.estopDown ? 'pressed' : 'out';
    case 'width':
      return String(c.widthMm);
    case 'thickness':
      return String(c.thicknessMm);
    case 'treadle':
      return String(c.treadle);
    case 'guideOffset':
      return String(c.guideOffsetMm);
    default:
      return undefined;
  }
}
