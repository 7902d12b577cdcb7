import type { AnyMachineSnapshot } from 'xstate';
import type { ContinuousInputs, ProcessModel, ProcessSignal, ProcessStep } from '../../engine/continuous.ts';
import { effectiveGapMm, type Piece, type SkiverContext } from './chart/context.ts';
import {
  CUT_THROUGH_MM,
  FEED_MM_PER_S_FULL,
  GLAZED_JAM_AFTER_MM,
  LEAVE_MAX_PCT,
  LEAVE_MIN_PCT,
  LOOSE_GUIDE_WANDER_MM,
  PART_EDGE_MM,
  PROCESS_STEP_MS,
  SAMPLE_MM,
  SCRAP_EDGE_MM,
  SUBSTANCE_MM,
  THICKNESS_SPREAD_PCT,
  TREADLE_JAM,
  TREADLE_STEADY_MAX,
  WIDTH_TOLERANCE_MM,
  WORK_TICKET,
  pctOfSubstance,
} from './constants.ts';

/**
 * The skive as the artisan's hand and foot make it (pure; no React, three or DOM). While the head
 * drives a piece under the lowered foot, each step feeds the edge by the treadle's speed and
 * samples, every SAMPLE_MM, the skive width (the width screw, minus how far the hand holds the
 * edge off the guide, plus the wander of a loose guide or a snatching feed) and the thickness
 * left (the foot/roller gap, crept or not, plus the wobble of a feed too fast). A blunt knife tears
 * instead of cutting (ragged). Thresholds crossed go to the chart as signals: `cutThrough`, `jam`
 * and `chipsThrown` at once; at the end of the edge its flaws, then `edgeDone` with the mean
 * thickness left (what the gauge reads). Deterministic: the wobbles are functions of the position
 * along the edge, so the same log gives the same skive.
 */

/** One sample along the edge (the look's SkiveSample, plus what the hand and foot did there). */
export interface ProfileSample {
  readonly atMm: number;
  readonly widthMm: number;
  readonly remainingPct: number;
  readonly ragged: boolean;
  /** Treadle travel and hand offset when this point went under the knife (for the debrief). */
  readonly treadle: number;
  readonly handMm: number;
}

export interface SkiverProcessState {
  /** The chart's `pieceSerial` this state belongs to (a new piece starts afresh). */
  readonly serial: number;
  readonly piece: Piece;
  readonly lengthMm: number;
  readonly fedMm: number;
  readonly profile: readonly ProfileSample[];
  /** Signals already sent for this piece (each goes once). */
  readonly sent: readonly string[];
  readonly jammed: boolean;
  readonly done: boolean;
}

/** How far along the edge the extractor has to fail before the chips fly out [I]. */
const CHIPS_AFTER_MM = 10;
/** A snatching feed (treadle past the steady range) makes the width and the thickness wander this much at full travel [I]. */
const FAST_WIDTH_WANDER_MM = 2;
const FAST_THICKNESS_WANDER_MM = 0.35;
/** A blunt knife rides up on the leather: it leaves this much more, and tears [I]. */
const BLUNT_EXTRA_MM = 0.1;

export const edgeLengthMm = (piece: Piece): number => (piece === 'part' ? PART_EDGE_MM : piece === 'scrap' ? SCRAP_EDGE_MM : 0);

export const freshProcess = (serial: number, piece: Piece): SkiverProcessState => ({
  serial,
  piece,
  lengthMm: edgeLengthMm(piece),
  fedMm: 0,
  profile: [],
  sent: [],
  jammed: false,
  done: false,
});

const ctxOf = (s: AnyMachineSnapshot) => s.context as SkiverContext;
const round = (v: number, digits: number) => Number(v.toFixed(digits));
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The head drives a piece under the lowered foot whose edge is not yet through (the chart decides; the pedal says how fast). */
export function isFeeding(s: AnyMachineSnapshot): boolean {
  const c = ctxOf(s);
  return s.hasTag('knifeTurning') && !s.hasTag('stoneEngaged') && c.piece !== 'none' && !c.footRaised && !c.edgeDone && !c.flaws.jammed;
}

/** The skive at one point along the edge, from the machine's state and the hand and foot. */
export function sampleAt(atMm: number, c: SkiverContext, treadle: number, handMm: number): ProfileSample {
  const fast = Math.max(0, treadle - TREADLE_STEADY_MAX) / (1 - TREADLE_STEADY_MAX);
  const width =
    c.widthMm - handMm + (c.guideLoose ? LOOSE_GUIDE_WANDER_MM * Math.sin(atMm / 11) : 0) + fast * FAST_WIDTH_WANDER_MM * Math.sin(atMm / 5);
  const left = effectiveGapMm(c) + (c.knifeBlunt ? BLUNT_EXTRA_MM : 0) + fast * FAST_THICKNESS_WANDER_MM * Math.sin(atMm / 4 + 1);
  return {
    atMm,
    widthMm: round(Math.max(0, width), 2),
    remainingPct: round(pctOfSubstance(clamp(left, 0, SUBSTANCE_MM)), 1),
    ragged: c.knifeBlunt,
    treadle,
    handMm,
  };
}

/** What is wrong along a finished edge, judged against the work ticket. */
export interface EdgeJudgement {
  readonly flaws: readonly string[];
  readonly meanRemainingMm: number;
}

export function judgeEdge(profile: readonly ProfileSample[]): EdgeJudgement {
  if (!profile.length) return { flaws: [], meanRemainingMm: 0 };
  const pcts = profile.map((p) => p.remainingPct);
  const mean = pcts.reduce((a, b) => a + b, 0) / pcts.length;
  const cut = profile.some((p) => (p.remainingPct / 100) * SUBSTANCE_MM < CUT_THROUGH_MM);
  const flaws: string[] = [];
  if (cut) flaws.push('cutThrough');
  if (profile.some((p) => p.ragged)) flaws.push('ragged');
  if (profile.some((p) => Math.abs(p.widthMm - WORK_TICKET.widthMm) > WIDTH_TOLERANCE_MM)) flaws.push('widthUneven');
  if (Math.max(...pcts) - Math.min(...pcts) > THICKNESS_SPREAD_PCT) flaws.push('thicknessUneven');
  if (mean > LEAVE_MAX_PCT) flaws.push('tooThick');
  if (mean < LEAVE_MIN_PCT && !cut) flaws.push('tooThin');
  return { flaws, meanRemainingMm: round((mean / 100) * SUBSTANCE_MM, 2) };
}

const once = (state: SkiverProcessState, id: string, out: ProcessSignal[], value?: number): readonly string[] => {
  if (state.sent.includes(id)) return state.sent;
  out.push(value === undefined ? { type: 'process.signal', signal: id } : { type: 'process.signal', signal: id, value });
  return [...state.sent, id];
};

/** One fixed step of the feed. Pure: same state, inputs, dt and snapshot give the same result. */
export function stepSkive(state: SkiverProcessState, inputs: ContinuousInputs, dtMs: number, snapshot: AnyMachineSnapshot): ProcessStep<SkiverProcessState> {
  const c = ctxOf(snapshot);
  let s = state.serial === c.pieceSerial && state.piece === c.piece ? state : freshProcess(c.pieceSerial, c.piece);
  const treadle = clamp(inputs.treadle ?? c.treadle, 0, 1);
  if (!isFeeding(snapshot) || s.done || s.jammed || treadle <= 0) return { state: s };
  const hand = inputs.guideOffset ?? c.guideOffsetMm;
  const signals: ProcessSignal[] = [];
  const fed = Math.min(s.lengthMm, s.fedMm + (FEED_MM_PER_S_FULL * treadle * dtMs) / 1000);

  // The roller snatches (pedal stamped down) or slips on its glaze: the work curls and stops.
  if (treadle >= TREADLE_JAM || (c.rollerGlazed && fed >= GLAZED_JAM_AFTER_MM)) {
    const sent = once(s, 'jam', signals);
    return { state: { ...s, fedMm: round(fed, 2), sent, jammed: true }, signals };
  }
  const profile = [...s.profile];
  for (let at = (profile.at(-1)?.atMm ?? 0) + SAMPLE_MM; at <= fed + 1e-9; at += SAMPLE_MM) profile.push(sampleAt(round(at, 2), c, treadle, hand));
  s = { ...s, fedMm: round(fed, 2), profile };

  if ((!c.extractorOn || c.extractorFull) && fed >= CHIPS_AFTER_MM) s = { ...s, sent: once(s, 'chipsThrown', signals) };
  if (profile.some((p) => (p.remainingPct / 100) * SUBSTANCE_MM < CUT_THROUGH_MM)) s = { ...s, sent: once(s, 'cutThrough', signals) };
  if (fed >= s.lengthMm) {
    const judged = judgeEdge(profile);
    for (const flaw of judged.flaws) s = { ...s, sent: once(s, flaw, signals) };
    s = { ...s, sent: once(s, 'edgeDone', signals, judged.meanRemainingMm), done: true };
  }
  return signals.length ? { state: s, signals } : { state: s };
}

export const skiverProcess: ProcessModel<SkiverProcessState> = {
  stepMs: PROCESS_STEP_MS,
  initial: freshProcess(0, 'none'),
  active: (snapshot: AnyMachineSnapshot, inputs: ContinuousInputs) => isFeeding(snapshot) && (inputs.treadle ?? 0) > 0,
  step: stepSkive,
};

/** The process state that belongs to the piece under the foot now (a stale one reads as fresh). */
export const currentProcess = (state: SkiverProcessState | undefined, c: SkiverContext): SkiverProcessState =>
  state && state.serial === c.pieceSerial && state.piece === c.piece ? state : freshProcess(c.pieceSerial, c.piece);
