import type { AnyMachineSnapshot } from 'xstate';
import { inspect, press, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcedureSpec, StepSpec } from '../../engine/procedure.ts';
import { guardsOn, isGoodSeam, type Piece, type SewingContext } from './chart/context.ts';
import { NEEDLE_LEATHER, PEDAL_SEW, PEDAL_SLOW, WORK_TICKET, sameSetting } from './constants.ts';
import { adjustTo } from './controls.ts';

/**
 * The operating procedure of domain brief §7.3–7.8 and issue 14 as steps over the chart: before
 * work (lint cleaned, oiled, a leather needle and thread, threaded and the bobbin wound and in,
 * all with the power off; guards on), the work ticket's settings, power on with the pedal in
 * neutral, a test seam on scrap, then the upper: needle down at the start, roller down, back-tack,
 * sew along the line, stop needle-down at the corner, lift the roller, turn, roller down, sew to
 * the end, back-tack, trim, look at the seam, take it out; then needle and roller down, power off.
 * Sewing hints are adjusts (pedal, back-tack lever, hand on the line): the hint follower holds them
 * while the clock runs and the process model lays the stitches.
 */

const ctx = (s: AnyMachineSnapshot) => s.context as SewingContext;
const powered = (s: AnyMachineSnapshot) => s.hasTag('powered');

export const needleOk = (c: SewingContext) => c.needleSize === NEEDLE_LEATHER && !c.needleBent && !c.needleBroken;
export const threadOk = (c: SewingContext) => c.thread === WORK_TICKET.thread;
export const threadedOk = (c: SewingContext) => c.threaded && !c.threadOffDiscs && !c.threadCaught && !c.threadBroken;
export const bobbinOk = (c: SewingContext) => c.bobbinIn && c.bobbinWound;
export const stitchOk = (c: SewingContext) => sameSetting(c.stitchMm, WORK_TICKET.stitchMm);
export const tensionOk = (c: SewingContext) => sameSetting(c.tension, WORK_TICKET.tension);
export const pressureOk = (c: SewingContext) => sameSetting(c.pressure, WORK_TICKET.pressure);
export const speedOk = (c: SewingContext) => c.maxSpm === WORK_TICKET.maxSpm;
export const needleStopOk = (c: SewingContext) => c.needleStop === WORK_TICKET.needleStop;
const made = (c: SewingContext) => c.goodParts > 0;

/** No hint while the e-stop is latched: releasing it is the artisan's own decision once the danger is gone. */
const afterRecovery =
  (hints: (s: AnyMachineSnapshot) => GladiEvent[]) =>
  (s: AnyMachineSnapshot): GladiEvent[] =>
    s.hasTag('estop') ? [] : hints(s);

/** Pedal in neutral and the lever let go. */
function toFeetOff(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (c.pedal > 0) return [adjustTo('pedal', 0)];
  return c.backTack > 0 ? [adjustTo('backTack', 0)] : [];
}

/** Feet off the pedal, then the power off: before any hand goes to the needle, thread or hook. */
function toPowerOff(s: AnyMachineSnapshot): GladiEvent[] {
  const feet = toFeetOff(s);
  if (feet.length) return feet;
  return powered(s) ? [set('powerSwitch', 'off')] : [];
}

/** With the power off, then `then`. */
const powerOffThen = (s: AnyMachineSnapshot, then: GladiEvent): GladiEvent[] => {
  const off = toPowerOff(s);
  return off.length ? off : [then];
};

/** The piece off the post: feet off, roller up, out. */
function toPieceOut(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (c.piece === 'none') return [];
  const feet = toFeetOff(s);
  if (feet.length) return feet;
  return c.footUp ? [set('piece', 'none')] : [set('kneeLifter', 'up')];
}

/** Needle and thread for leather, threaded, the bobbin in: each with the power off. */
function toThreaded(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (!needleOk(c)) return powerOffThen(s, press('changeNeedle'));
  if (!threadOk(c)) return powerOffThen(s, set('threadCone', WORK_TICKET.thread));
  if (!threadedOk(c)) return powerOffThen(s, press('threadMachine'));
  if (!bobbinOk(c)) {
    if (c.bobbinIn) return powerOffThen(s, set('bobbin', 'out'));
    return c.bobbinWound ? powerOffThen(s, set('bobbin', 'in')) : [press('windBobbin')];
  }
  return [];
}

function toGuardsOn(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (!c.fingerGuard) return [set('fingerGuard', 'on')];
  if (!c.eyeGuardDown) return [set('eyeGuard', 'down')];
  return c.beltCover ? [] : [set('beltCover', 'on')];
}

/** The settings of the work ticket (dials and the control box; not while the needle runs). */
function toSettings(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (!stitchOk(c)) return [adjustTo('stitchLength', WORK_TICKET.stitchMm)];
  if (!tensionOk(c)) return [adjustTo('tension', WORK_TICKET.tension)];
  if (!pressureOk(c)) return [adjustTo('pressure', WORK_TICKET.pressure)];
  const feet = !speedOk(c) || !needleStopOk(c) ? toFeetOff(s) : [];
  if (feet.length) return feet;
  if (!speedOk(c)) return [set('maxSpeed', WORK_TICKET.maxSpm)];
  return needleStopOk(c) ? [] : [set('needleStop', WORK_TICKET.needleStop)];
}

/** Power on with the pedal in neutral (a locked start is cleared by switching off first). */
function toPowered(s: AnyMachineSnapshot): GladiEvent[] {
  if (s.hasTag('noStart')) return toPowerOff(s);
  if (powered(s)) return [];
  const feet = toFeetOff(s);
  return feet.length ? feet : [set('powerSwitch', 'on')];
}

/** The machine fit to sew: threaded, guards on, set to the ticket, powered. */
function toMachineReady(s: AnyMachineSnapshot): GladiEvent[] {
  for (const hints of [toThreaded, toGuardsOn, toSettings, toPowered]) {
    const h = hints(s);
    if (h.length) return h;
  }
  return [];
}

/** Sewing on: the lever let go, the hand on the line, the pedal steady (slow near a corner or the end). */
const sewOn = (slow: boolean): GladiEvent[] => [adjustTo('backTack', 0), adjustTo('steer', 0), adjustTo('pedal', slow ? PEDAL_SLOW : PEDAL_SEW)];
const backTack = (): GladiEvent[] => [adjustTo('backTack', 1), adjustTo('pedal', PEDAL_SLOW)];

/** The next action toward a trimmed seam on a piece of `kind` (scrap: the test; upper: the job). */
function toSewn(s: AnyMachineSnapshot, kind: Exclude<Piece, 'none'>): GladiEvent[] {
  const c = ctx(s);
  if (c.piece !== 'none' && (c.piece !== kind || c.trimmed || c.threadBroken || c.needleBroken)) return toPieceOut(s);
  const ready = toMachineReady(s);
  if (ready.length) return ready;
  if (c.piece === 'none') return c.footUp ? [set('piece', kind)] : [set('kneeLifter', 'up')];
  const m = c.marks;
  const atPivot = kind === 'upper' && m.atCorner && c.pivots === 0;
  const started = m.tackStart || m.nearCorner || m.nearEnd || m.atEnd;
  if (c.footUp) {
    // The needle into the start point (or left down at the corner), then turn, then the roller down.
    if ((!started || atPivot) && !c.needleDown) return [press('handwheel')];
    if (atPivot) return [press('turnWork')];
    return [set('kneeLifter', 'down')];
  }
  if (atPivot) {
    const feet = toFeetOff(s);
    if (feet.length) return feet;
    return c.needleDown ? [set('kneeLifter', 'up')] : [press('handwheel')];
  }
  if (kind === 'upper' && !m.tackStart) return backTack();
  if (!m.atEnd) return sewOn(kind === 'upper' && c.pivots === 0 ? m.nearCorner : m.nearEnd);
  if (kind === 'upper' && !m.tackEnd) return backTack();
  const feet = toFeetOff(s);
  return feet.length ? feet : [press('trim')];
}

/** After a trimmed upper: look at it, lift the roller, take it out (a spoilt one out, and a new one in). */
function toGoodUpper(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (c.piece === 'upper' && c.trimmed && isGoodSeam(c.flaws)) return c.inspected ? toPieceOut(s) : [inspect('seam')];
  return toSewn(s, 'upper');
}

const upperUntil = (done: (c: SewingContext) => boolean, id: string): StepSpec => ({
  id,
  done: (s) => made(ctx(s)) || (ctx(s).piece === 'upper' && done(ctx(s))),
  hints: afterRecovery(toGoodUpper),
});

const shutdownHints = afterRecovery((s) => {
  const c = ctx(s);
  const out = toPieceOut(s);
  if (out.length) return out;
  const feet = toFeetOff(s);
  if (feet.length) return feet;
  if (c.footUp) return [set('kneeLifter', 'down')];
  if (!c.needleDown) return [press('handwheel')];
  return powered(s) ? [set('powerSwitch', 'off')] : [];
});

const checkStep = (id: string, done: (c: SewingContext) => boolean, hints: (s: AnyMachineSnapshot) => GladiEvent[]): StepSpec => ({
  id,
  group: 'checks',
  done: (s) => done(ctx(s)),
  liveUntil: 'testSeam',
  hints: afterRecovery(hints),
});

const setting = (id: string, done: (c: SewingContext) => boolean): StepSpec => ({
  id,
  done: (s) => done(ctx(s)),
  liveUntil: 'sewLine',
  hints: afterRecovery(toSettings),
});

export const sewingProcedure: ProcedureSpec = {
  steps: [
    checkStep('cleanLint', (c) => c.cleaned, (s) => powerOffThen(s, press('cleanLint'))),
    checkStep('oil', (c) => c.oiled, (s) => powerOffThen(s, press('oil'))),
    checkStep('leatherNeedle', needleOk, toThreaded),
    checkStep('leatherThread', threadOk, toThreaded),
    checkStep('threadMachine', (c) => needleOk(c) && threadOk(c) && threadedOk(c), toThreaded),
    checkStep('bobbinIn', bobbinOk, toThreaded),
    checkStep('guardsOn', guardsOn, toGuardsOn),
    setting('setStitchLength', stitchOk),
    setting('setTension', tensionOk),
    setting('setPressure', pressureOk),
    setting('setMaxSpeed', speedOk),
    setting('setNeedleStop', needleStopOk),
    { id: 'powerOn', done: (s) => powered(s) && !s.hasTag('noStart'), liveUntil: 'testSeam', hints: afterRecovery(toPowered) },
    { id: 'testSeam', done: (s) => ctx(s).testOk, liveUntil: 'sewLine', hints: afterRecovery((s) => toSewn(s, 'scrap')) },
    upperUntil(() => true, 'placeUpper'),
    upperUntil((c) => !c.footUp && c.marks.tackStart, 'tackStart'),
    upperUntil((c) => c.marks.atCorner, 'sewLine'),
    upperUntil((c) => c.pivots > 0 && !c.footUp, 'pivotCorner'),
    upperUntil((c) => c.marks.atEnd, 'sewToEnd'),
    upperUntil((c) => c.marks.tackEnd, 'tackEnd'),
    upperUntil((c) => c.trimmed, 'trim'),
    upperUntil((c) => c.trimmed && c.inspected, 'inspectSeam'),
    { id: 'removeUpper', done: (s) => made(ctx(s)), hints: afterRecovery(toGoodUpper) },
    {
      id: 'needlePresserDown',
      done: (s) => made(ctx(s)) && ctx(s).piece === 'none' && ctx(s).needleDown && !ctx(s).footUp,
      hints: shutdownHints,
    },
    { id: 'powerOff', done: (s) => s.hasTag('complete'), hints: shutdownHints },
  ],
  order: [
    ['cleanLint', 'powerOn'],
    ['oil', 'powerOn'],
    ['threadMachine', 'powerOn'],
    ['bobbinIn', 'powerOn'],
    ['guardsOn', 'testSeam'],
    ['setStitchLength', 'testSeam'],
    ['setTension', 'testSeam'],
    ['setPressure', 'testSeam'],
    ['setMaxSpeed', 'testSeam'],
    ['setNeedleStop', 'testSeam'],
    ['testSeam', 'placeUpper'],
    ['tackStart', 'sewLine'],
    ['pivotCorner', 'sewToEnd'],
    ['inspectSeam', 'removeUpper'],
  ],
};
