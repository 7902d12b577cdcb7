import type { AnyMachineSnapshot } from 'xstate';
import type { ContinuousInputs, ProcessModel, ProcessSignal, ProcessStep } from '../../engine/continuous.ts';
import { effectiveTension, type Piece, type SewingContext } from './chart/context.ts';
import {
  BREAK_AFTER_STITCHES,
  CORNER_TOL_MM,
  DEFECT_AFTER_STITCHES,
  DRIFT_TOL_MM,
  FAST_SPM,
  HEAD_MAX_SPM,
  NEEDLE_LEATHER,
  PIVOT_SLIP_MM,
  PRESSURE_PUCKER,
  PROCESS_STEP_MS,
  SKIP_EVERY,
  SLOW_ZONE_MM,
  STITCH_MAX_MM,
  STITCH_MIN_MM,
  TACK_MIN_STITCHES,
  TACK_ZONE_MM,
  TENSION_BREAK,
  TENSION_LOOSE_BELOW,
  TENSION_PUCKER_ABOVE,
  TEST_LEGS_MM,
  THREAD_LEATHER,
  UPPER_LEGS_MM,
} from './constants.ts';

/**
 * The seam as the artisan's foot and hands make it (pure; no React, three or DOM). While the
 * needle runs over clamped work, each step lays stitches at the pedal's speed (pedal travel ×
 * the maximum-speed setting, capped by the head), each one stitch length along the leg being sewn,
 * backwards while the back-tack lever is held; the hand's offset puts the needle beside the marked
 * line. The work is turned at the corner by the chart (`pivots`): the second leg starts where the
 * needle stood (plus a slip when the needle was up). Crossings go to the chart as signals: where
 * the needle is (tackStart, nearCorner, atCorner, nearEnd, atEnd, tackEnd) and each flaw once.
 * Deterministic: the same log lays the same stitches.
 */

/** One stitch: where the needle went through, in the piece's frame (mm; the marked L starts at 0,0, first leg along +x, second along +y). */
export interface Stitch {
  readonly x: number;
  readonly y: number;
  readonly reverse: boolean;
  readonly skipped: boolean;
  /** Distance of this needle hole from the marked line, mm. */
  readonly driftMm: number;
  readonly spm: number;
}

export interface SewingProcessState {
  readonly serial: number;
  readonly piece: Piece;
  readonly legs: readonly number[];
  readonly leg: number;
  /** Distance along the current leg from its start, mm. */
  readonly along: number;
  /** Where the needle stood on the first leg when the work was turned (null: not turned). */
  readonly corner: number | null;
  /** Fraction of the next stitch already made by the needle bar. */
  readonly phase: number;
  readonly stitches: readonly Stitch[];
  readonly reverseAtStart: number;
  readonly reverseAtEnd: number;
  readonly sent: readonly string[];
}

export const legsOf = (piece: Piece): readonly number[] => (piece === 'upper' ? UPPER_LEGS_MM : piece === 'scrap' ? TEST_LEGS_MM : []);

export const freshProcess = (serial: number, piece: Piece): SewingProcessState => ({
  serial,
  piece,
  legs: legsOf(piece),
  leg: 0,
  along: 0,
  corner: null,
  phase: 0,
  stitches: [],
  reverseAtStart: 0,
  reverseAtEnd: 0,
  sent: [],
});

const ctxOf = (s: AnyMachineSnapshot) => s.context as SewingContext;
const round = (v: number, d = 2) => Number(v.toFixed(d));
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The needle runs over clamped work whose seam is not yet trimmed (the chart decides; the pedal says how fast). */
export function isSewingWork(s: AnyMachineSnapshot): boolean {
  const c = ctxOf(s);
  return s.hasTag('needleRunning') && s.hasTag('workClamped') && c.piece !== 'none' && !c.trimmed;
}

/** Stitches per minute for this pedal travel and maximum-speed setting. */
export const speedSpm = (pedal: number, maxSpm: number): number => clamp(pedal, 0, 1) * Math.min(maxSpm, HEAD_MAX_SPM);

/** What a needle, thread and tension do to every stitch: the defects the settings make by themselves. */
function settingDefects(c: SewingContext): { skips: boolean; breaks: boolean; loops: boolean; pucker: boolean } {
  const t = effectiveTension(c);
  return {
    skips: c.needleSize !== NEEDLE_LEATHER || c.needleBent,
    breaks: t >= TENSION_BREAK || c.thread !== THREAD_LEATHER,
    loops: t < TENSION_LOOSE_BELOW || c.threadOffDiscs,
    pucker: t > TENSION_PUCKER_ABOVE || c.pressure >= PRESSURE_PUCKER || c.stitchMm < STITCH_MIN_MM - 0.5,
  };
}

const once = (sent: readonly string[], id: string, out: ProcessSignal[]): readonly string[] => {
  if (sent.includes(id)) return sent;
  out.push({ type: 'process.signal', signal: id });
  return [...sent, id];
};

/** One fixed step of the needle bar. Pure: same state, inputs, dt and snapshot give the same result. */
export function stepSeam(state: SewingProcessState, inputs: ContinuousInputs, dtMs: number, snapshot: AnyMachineSnapshot): ProcessStep<SewingProcessState> {
  const c = ctxOf(snapshot);
  let s = currentProcess(state, c);
  const pedal = clamp(inputs.pedal ?? c.pedal, 0, 1);
  if (!isSewingWork(snapshot) || pedal <= 0 || !s.legs.length) return { state: s };
  const steer = inputs.steer ?? c.steerMm;
  const reverse = (inputs.backTack ?? c.backTack) >= 0.5;
  const spm = speedSpm(pedal, c.maxSpm);
  const out: ProcessSignal[] = [];
  let sent = s.sent;
  // The work was turned at the corner since the last step: the second leg starts where the needle stood.
  if (c.pivots > 0 && s.leg === 0 && s.legs.length > 1) s = { ...s, leg: 1, corner: s.along + (c.pivotNeedleUp ? PIVOT_SLIP_MM : 0), along: 0 };
  const d = settingDefects(c);
  const stitch = c.stitchMm;
  const last = s.legs.length - 1;
  const legLength = s.legs[s.leg] ?? 0;
  let { along, phase, reverseAtStart, reverseAtEnd } = s;
  const stitches = [...s.stitches];
  phase += (spm * dtMs) / 60000;
  while (phase >= 1 - 1e-9) {
    phase -= 1;
    along = round(along + (reverse ? -stitch : stitch));
    const n = stitches.length + 1;
    const onFirst = s.leg === 0;
    const lateral = onFirst ? steer : (s.corner ?? 0) + steer - (s.legs[0] ?? 0);
    const x = onFirst ? along : (s.corner ?? 0) + steer;
    const y = onFirst ? steer : along;
    const skipped = d.skips && n % SKIP_EVERY === 0;
    const overrun = Math.max(0, along - legLength - CORNER_TOL_MM);
    const driftMm = round(Math.max(Math.abs(lateral), overrun));
    stitches.push({ x: round(x), y: round(y), reverse, skipped, driftMm, spm: Math.round(spm) });
    // Defects of the settings, the needle and the thread.
    if (n === 1 && (stitch < STITCH_MIN_MM || stitch > STITCH_MAX_MM)) sent = once(sent, 'stitchLength', out);
    if (spm > FAST_SPM) sent = once(sent, 'tooFast', out);
    if (skipped) sent = once(sent, 'skipped', out);
    if (d.loops && n >= DEFECT_AFTER_STITCHES) sent = once(sent, 'loops', out);
    if (d.pucker && n >= DEFECT_AFTER_STITCHES) sent = once(sent, 'pucker', out);
    if (driftMm > DRIFT_TOL_MM) sent = once(sent, 'offLine', out);
    // Back-tacks: reverse stitches near the start, and after the needle reached the end.
    if (reverse && s.leg === 0 && along <= TACK_ZONE_MM) reverseAtStart++;
    if (reverse && s.leg === last && sent.includes('atEnd')) reverseAtEnd++;
    if (s.piece === 'upper' && reverseAtStart >= TACK_MIN_STITCHES) sent = once(sent, 'tackStart', out);
    if (s.piece === 'upper' && reverseAtEnd >= TACK_MIN_STITCHES) sent = once(sent, 'tackEnd', out);
    // Where the needle is: slow down before the corner or the end, stop on it.
    if (!reverse) {
      const to = s.leg < last ? 'Corner' : 'End';
      if (along >= legLength - SLOW_ZONE_MM) sent = once(sent, `near${to}`, out);
      if (along >= legLength - stitch / 2) sent = once(sent, `at${to}`, out);
      if (s.leg < last && along > legLength + CORNER_TOL_MM) sent = once(sent, 'cornerMissed', out);
    }
    if (d.breaks && n >= BREAK_AFTER_STITCHES) {
      // The thread parts: the needle runs on without laying stitches.
      sent = once(sent, 'threadBreak', out);
      break;
    }
  }
  const next: SewingProcessState = { ...s, along, phase: round(phase, 6), stitches, reverseAtStart, reverseAtEnd, sent };
  return out.length ? { state: next, signals: out } : { state: next };
}

export const sewingProcess: ProcessModel<SewingProcessState> = {
  stepMs: PROCESS_STEP_MS,
  initial: freshProcess(0, 'none'),
  active: (snapshot: AnyMachineSnapshot, inputs: ContinuousInputs) => isSewingWork(snapshot) && (inputs.pedal ?? 0) > 0,
  step: stepSeam,
};

/** The process state that belongs to the piece on the post now (a stale one reads as fresh). */
export const currentProcess = (state: SewingProcessState | undefined, c: SewingContext): SewingProcessState =>
  state && state.serial === c.pieceSerial && state.piece === c.piece ? state : freshProcess(c.pieceSerial, c.piece);
