import type { AnyMachineSnapshot } from 'xstate';
import { inspect, press, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcedureSpec, StepSpec } from '../../engine/procedure.ts';
import { isGoodSkive, type CheckPoint, type SkiverContext } from './chart/context.ts';
import { LEAVE_MAX_MM, LEAVE_MIN_MM, TREADLE_LIGHT, WORK_TICKET, sameSetting } from './constants.ts';
import { adjustTo } from './controls.ts';

/**
 * The operating procedure of domain brief §6.3–6.8 as steps over the chart: pre-operation checks
 * (knife edge and knife-to-foot gap seen with the motor off and the cover open, bottom plate and
 * feed roller, extractor bag, the guard back in place), the foot and the settings of the work
 * ticket, extractor and motor on, a trial strip on scrap and its measurement with the gauge, then
 * the part: loaded, fed with a light pedal and the edge on the guide, pedal released, the skive
 * inspected, the part taken out; then shutdown (motor off, chips brushed out, extractor emptied
 * and off). Feeding hints are adjust events (a light pedal, the edge back on the guide): the hint
 * follower sends them and lets the clock run while the process model feeds the work.
 */

const ctx = (s: AnyMachineSnapshot) => s.context as SkiverContext;
const running = (s: AnyMachineSnapshot) => s.hasTag('motorRunning');
const sharpening = (s: AnyMachineSnapshot) => s.hasTag('stoneEngaged');

export const widthOk = (c: SkiverContext) => sameSetting(c.widthMm, WORK_TICKET.widthMm);
export const thicknessOk = (c: SkiverContext) => sameSetting(c.thicknessMm, WORK_TICKET.thicknessMm) && c.gapDrift === 'none';
export const angleOk = (c: SkiverContext) => c.angleDeg === WORK_TICKET.angleDeg;
export const footOk = (c: SkiverContext) => c.foot === WORK_TICKET.foot;
export const measuredOk = (c: SkiverContext) =>
  c.measuredPiece === 'scrap' && c.measuredMm !== null && c.measuredMm >= LEAVE_MIN_MM - 1e-9 && c.measuredMm <= LEAVE_MAX_MM + 1e-9;
const partDone = (c: SkiverContext) => c.piece === 'part' && c.edgeDone;

/**
 * No hint while the e-stop is latched: releasing it is the artisan's own decision once the danger
 * is gone (the status line says how); after the release the motor stays off until switched on.
 */
const afterRecovery =
  (hints: (s: AnyMachineSnapshot) => GladiEvent[]) =>
  (s: AnyMachineSnapshot): GladiEvent[] =>
    s.hasTag('estop') ? [] : hints(s);

/** Pedal up, then the motor off: before any hand goes near the knife or the roller. */
function toMotorOff(s: AnyMachineSnapshot): GladiEvent[] {
  if (ctx(s).treadle > 0) return [adjustTo('treadle', 0)];
  return running(s) ? [set('motorSwitch', 'off')] : [];
}

/** The piece under the foot out: pedal up, foot up, piece out. */
function toPieceOut(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (c.piece === 'none') return [];
  if (c.treadle > 0) return [adjustTo('treadle', 0)];
  return c.footRaised ? [set('piece', 'none')] : [set('footLever', 'up')];
}

/** The knife visible: motor off, cover open. */
function toKnifeVisible(s: AnyMachineSnapshot): GladiEvent[] {
  const off = toMotorOff(s);
  if (off.length) return off;
  return ctx(s).guardOpen ? [] : [set('knifeGuard', 'open')];
}

/** The motor running with the cover closed (the stone and the skive both need it). */
function toRunning(s: AnyMachineSnapshot): GladiEvent[] {
  if (running(s)) return [];
  return ctx(s).guardOpen ? [set('knifeGuard', 'closed')] : [set('motorSwitch', 'on')];
}

/** A blunt knife sharpened on the built-in stone: cover closed, motor on, pedal up, stone lever. */
function toSharp(s: AnyMachineSnapshot): GladiEvent[] {
  if (!ctx(s).knifeBlunt) return [];
  if (sharpening(s)) return [];
  const run = toRunning(s);
  if (run.length) return run;
  return ctx(s).treadle > 0 ? [adjustTo('treadle', 0)] : [press('stoneLever')];
}

/** The machine fit for the ticket: foot, settings, faults put right, extractor and motor on. */
function toMachineReady(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (!footOk(c)) return c.piece !== 'none' ? toPieceOut(s) : running(s) ? toMotorOff(s) : [set('presserFoot', WORK_TICKET.foot)];
  if (!widthOk(c)) return [adjustTo('width', WORK_TICKET.widthMm)];
  if (!thicknessOk(c)) return [adjustTo('thickness', WORK_TICKET.thicknessMm)];
  if (!angleOk(c)) return [set('angle', WORK_TICKET.angleDeg)];
  if (c.rollerGlazed) return c.piece !== 'none' ? toPieceOut(s) : running(s) ? toMotorOff(s) : [press('cleanRoller')];
  if (c.guideLoose) return c.treadle > 0 ? [adjustTo('treadle', 0)] : [press('tightenGuide')];
  if (c.extractorFull) return c.extractorOn ? [set('extractorSwitch', 'off')] : [press('emptyExtractor')];
  if (!c.extractorOn) return [set('extractorSwitch', 'on')];
  if (c.knifeBlunt) return toSharp(s);
  return toRunning(s);
}

/** The next action toward a clean edge on a piece of `kind` (scrap: the trial; part: the job). */
function toSkived(s: AnyMachineSnapshot, kind: 'scrap' | 'part'): GladiEvent[] {
  const c = ctx(s);
  if (sharpening(s)) return [];
  // A finished or jammed piece, or the wrong kind, comes out first.
  if (c.piece !== 'none' && (c.piece !== kind || c.edgeDone || c.flaws.jammed)) return toPieceOut(s);
  const ready = toMachineReady(s);
  if (ready.length) return ready;
  if (c.piece === 'none') return c.footRaised ? [set('piece', kind)] : [set('footLever', 'up')];
  if (c.footRaised) return c.treadle > 0 ? [adjustTo('treadle', 0)] : [set('footLever', 'down')];
  // Feeding: the edge back on the guide first, then a light, steady pedal (held while it feeds).
  if (c.guideOffsetMm !== 0) return [adjustTo('guideOffset', 0)];
  return [adjustTo('treadle', TREADLE_LIGHT)];
}

/** After a good part: pedal up, inspect it, foot up, out. A bad one comes out and a new one goes in. */
function toGoodPart(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (partDone(c) && isGoodSkive(c.flaws)) {
    if (c.treadle > 0) return [adjustTo('treadle', 0)];
    if (!c.inspected) return [inspect('skive')];
    return toPieceOut(s);
  }
  return toSkived(s, 'part');
}

const check = (id: string, point: CheckPoint, hints: (s: AnyMachineSnapshot) => GladiEvent[]): StepSpec => ({
  id,
  group: 'checks',
  done: (s) => ctx(s).checks[point],
  hints: afterRecovery(hints),
});

const seeKnifeThen = (point: CheckPoint) => (s: AnyMachineSnapshot) => {
  // A knife found blunt is sharpened (cover closed, motor on), then looked at again.
  if (point === 'knifeEdge' && ctx(s).knifeBlunt && ctx(s).knifeFinding === 'blunt') return toSharp(s);
  const v = toKnifeVisible(s);
  return v.length ? v : [inspect(point)];
};

const shutdownHints = afterRecovery((s) => {
  const c = ctx(s);
  const out = toPieceOut(s);
  if (out.length) return out;
  const off = toMotorOff(s);
  if (off.length) return off;
  if (c.chipsInTray) return [press('cleanChips')];
  if (c.extractorOn) return [set('extractorSwitch', 'off')];
  return c.bagHasChips ? [press('emptyExtractor')] : [];
});

export const skiverProcedure: ProcedureSpec = {
  steps: [
    check('checkKnife', 'knifeEdge', seeKnifeThen('knifeEdge')),
    check('checkGap', 'knifeGap', seeKnifeThen('knifeGap')),
    check('checkBottomPlate', 'bottomPlate', (s) => {
      const off = toMotorOff(s);
      return off.length ? off : [inspect('bottomPlate')];
    }),
    check('checkExtractor', 'extractorBag', (s) =>
      ctx(s).extractorFull ? (ctx(s).extractorOn ? [set('extractorSwitch', 'off')] : [press('emptyExtractor')]) : [inspect('extractorBag')],
    ),
    {
      id: 'guardInPlace',
      group: 'checks',
      done: (s) => ctx(s).checks.knifeEdge && ctx(s).checks.knifeGap && !ctx(s).guardOpen,
      hints: afterRecovery((s) => (ctx(s).checks.knifeEdge && ctx(s).checks.knifeGap && ctx(s).guardOpen ? [set('knifeGuard', 'closed')] : [])),
    },
    {
      id: 'fitFoot',
      done: (s) => footOk(ctx(s)),
      liveUntil: 'feedPart',
      hints: afterRecovery((s) => (ctx(s).piece !== 'none' ? toPieceOut(s) : running(s) ? toMotorOff(s) : [set('presserFoot', WORK_TICKET.foot)])),
    },
    { id: 'setWidth', done: (s) => widthOk(ctx(s)), liveUntil: 'feedPart', hints: afterRecovery(() => [adjustTo('width', WORK_TICKET.widthMm)]) },
    {
      id: 'setThickness',
      done: (s) => thicknessOk(ctx(s)),
      liveUntil: 'feedPart',
      hints: afterRecovery(() => [adjustTo('thickness', WORK_TICKET.thicknessMm)]),
    },
    { id: 'setAngle', done: (s) => angleOk(ctx(s)), liveUntil: 'feedPart', hints: afterRecovery(() => [set('angle', WORK_TICKET.angleDeg)]) },
    {
      id: 'extractorOn',
      done: (s) => ctx(s).extractorOn && !ctx(s).extractorFull,
      liveUntil: 'feedPart',
      hints: afterRecovery((s) => (ctx(s).extractorFull ? toMachineReady(s) : [set('extractorSwitch', 'on')])),
    },
    { id: 'motorOn', done: running, liveUntil: 'trialStrip', hints: afterRecovery(toRunning) },
    { id: 'trialStrip', done: (s) => ctx(s).trialOk, liveUntil: 'feedPart', hints: afterRecovery((s) => toSkived(s, 'scrap')) },
    {
      id: 'measureTrial',
      done: (s) => measuredOk(ctx(s)),
      liveUntil: 'feedPart',
      hints: afterRecovery((s) => {
        const c = ctx(s);
        if (!c.trialOk) return toSkived(s, 'scrap');
        const out = toPieceOut(s);
        return out.length ? out : [inspect('thicknessGauge')];
      }),
    },
    { id: 'loadPart', done: (s) => ctx(s).piece === 'part' || ctx(s).goodParts > 0, hints: afterRecovery((s) => toSkived(s, 'part')) },
    { id: 'feedPart', done: (s) => partDone(ctx(s)) || ctx(s).goodParts > 0, hints: afterRecovery((s) => toSkived(s, 'part')) },
    {
      id: 'releasePedal',
      done: (s) => (partDone(ctx(s)) && ctx(s).treadle === 0) || ctx(s).goodParts > 0,
      hints: afterRecovery(toGoodPart),
    },
    { id: 'inspectSkive', done: (s) => (partDone(ctx(s)) && ctx(s).inspected) || ctx(s).goodParts > 0, hints: afterRecovery(toGoodPart) },
    { id: 'removePart', done: (s) => ctx(s).goodParts > 0, hints: afterRecovery(toGoodPart) },
    { id: 'motorOff', done: (s) => ctx(s).goodParts > 0 && !running(s), hints: afterRecovery((s) => toPieceOut(s).concat(toMotorOff(s)).slice(0, 1)) },
    {
      id: 'cleanChips',
      done: (s) => ctx(s).goodParts > 0 && !ctx(s).chipsInTray,
      hints: afterRecovery((s) => {
        const off = toMotorOff(s);
        return off.length ? off : [press('cleanChips')];
      }),
    },
    {
      id: 'emptyExtractor',
      done: (s) => ctx(s).goodParts > 0 && !ctx(s).bagHasChips && !ctx(s).extractorOn,
      hints: afterRecovery((s) => (ctx(s).extractorOn ? [set('extractorSwitch', 'off')] : [press('emptyExtractor')])),
    },
    { id: 'shutdown', done: (s) => s.hasTag('complete'), hints: shutdownHints },
  ],
  order: [
    ['checkKnife', 'motorOn'],
    ['checkGap', 'motorOn'],
    ['checkBottomPlate', 'motorOn'],
    ['checkExtractor', 'motorOn'],
    ['guardInPlace', 'motorOn'],
    ['fitFoot', 'trialStrip'],
    ['setWidth', 'trialStrip'],
    ['setThickness', 'trialStrip'],
    ['setAngle', 'trialStrip'],
    ['extractorOn', 'trialStrip'],
    ['trialStrip', 'feedPart'],
    ['measureTrial', 'feedPart'],
    ['inspectSkive', 'removePart'],
    ['motorOff', 'cleanChips'],
  ],
};
