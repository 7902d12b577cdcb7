import type { ChartEvent } from '../../../engine/machineModule.ts';
import {
  ANGLE_DEFAULT_DEG,
  FOOT_DEFAULT,
  GAP_CLOSED_MM,
  GAP_OPENED_BY_MM,
  THICKNESS_DEFAULT_MM,
  WIDTH_DEFAULT_MM,
  type Foot,
} from '../constants.ts';

/** What lies under the presser foot. */
export type Piece = 'none' | 'scrap' | 'part';
/** The pre-operation checks (brief §6.3), each a look at the machine. */
export type CheckPoint = 'knifeEdge' | 'knifeGap' | 'bottomPlate' | 'extractorBag';
/** The thickness screw crept since it was set (faults `cutThrough` / `tooThick`). */
export type GapDrift = 'none' | 'closed' | 'opened';

/** What the process model found wrong along an edge (each arrives as a `process.signal`). */
export interface Flaws {
  ragged: boolean;
  widthUneven: boolean;
  thicknessUneven: boolean;
  tooThick: boolean;
  tooThin: boolean;
  cutThrough: boolean;
  jammed: boolean;
  chipsThrown: boolean;
}
export const FLAW_IDS = ['cutThrough', 'jammed', 'ragged', 'widthUneven', 'thicknessUneven', 'tooThick', 'tooThin', 'chipsThrown'] as const;
export type FlawId = (typeof FLAW_IDS)[number];
export const noFlaws = (): Flaws => ({
  ragged: false,
  widthUneven: false,
  thicknessUneven: false,
  tooThick: false,
  tooThin: false,
  cutThrough: false,
  jammed: false,
  chipsThrown: false,
});
/** Chips thrown out spoil the workplace, not the skive: the edge itself is judged on the rest. */
export const isGoodSkive = (f: Flaws): boolean => FLAW_IDS.every((id) => id === 'chipsThrown' || !f[id]);
export const firstFlaw = (f: Flaws): FlawId | null => FLAW_IDS.find((id) => f[id]) ?? null;

/** One finished (or abandoned) edge: what was skived, and how. */
export interface EdgeResult {
  readonly piece: Exclude<Piece, 'none'>;
  readonly flaws: Flaws;
  /** Mean thickness left along the edge, mm (what the gauge reads; null: taken out before the end). */
  readonly remainingMm: number | null;
  /** The edge was fed to its end (false: taken out part-way, or jammed). */
  readonly complete: boolean;
}

export interface SkiverContext {
  // Switches and settings
  motorOn: boolean;
  guardOpen: boolean;
  footRaised: boolean;
  foot: Foot;
  widthMm: number;
  thicknessMm: number;
  angleDeg: number;
  extractorOn: boolean;
  estopDown: boolean;
  /** Latest treadle travel and hand offset (also in the session's inputs: the chart needs them for hints and the run state). */
  treadle: number;
  guideOffsetMm: number;
  // Condition of the machine (faults)
  knifeBlunt: boolean;
  guideLoose: boolean;
  rollerGlazed: boolean;
  gapDrift: GapDrift;
  /** The extractor bag is full (fault `extractorFull`): it no longer pulls the chips away. */
  extractorFull: boolean;
  /** Chips collected in the bag / lying in the chip tray since they were last emptied / brushed out. */
  bagHasChips: boolean;
  chipsInTray: boolean;
  // The work
  piece: Piece;
  /** Counts every piece put under the foot, so the process model knows a fresh one from the last. */
  pieceSerial: number;
  /** Flaws found so far on the piece under the foot. */
  flaws: Flaws;
  /** The piece under the foot has been fed to the end of its edge. */
  edgeDone: boolean;
  /** The last edge finished or taken out, with its result (null before the first). */
  lastResult: EdgeResult | null;
  /** The skive under the foot was looked at after the pedal came up. */
  inspected: boolean;
  /** Gauge reading of the last strip taken out, mm (null: not measured). */
  measuredMm: number | null;
  measuredPiece: Piece;
  /** A clean trial strip on scrap with the present knife and settings. */
  trialOk: boolean;
  goodParts: number;
  spoiltParts: number;
  checks: Record<CheckPoint, boolean>;
  /** What the last look at the knife found: blunt/burred (null: fine, or not looked at yet). */
  knifeFinding: 'blunt' | null;
  /** Why the motor stopped without its switch (shown until it runs again). */
  lastStop: 'guardOpened' | 'estop' | null;
}

export const initialContext = (): SkiverContext => ({
  motorOn: false,
  guardOpen: false,
  footRaised: false,
  foot: FOOT_DEFAULT,
  widthMm: WIDTH_DEFAULT_MM,
  thicknessMm: THICKNESS_DEFAULT_MM,
  angleDeg: ANGLE_DEFAULT_DEG,
  extractorOn: false,
  estopDown: false,
  treadle: 0,
  guideOffsetMm: 0,
  knifeBlunt: false,
  guideLoose: false,
  rollerGlazed: false,
  gapDrift: 'none',
  extractorFull: false,
  bagHasChips: false,
  chipsInTray: false,
  piece: 'none',
  pieceSerial: 0,
  flaws: noFlaws(),
  edgeDone: false,
  lastResult: null,
  inspected: false,
  measuredMm: null,
  measuredPiece: 'none',
  trialOk: false,
  goodParts: 0,
  spoiltParts: 0,
  checks: { knifeEdge: false, knifeGap: false, bottomPlate: false, extractorBag: false },
  knifeFinding: null,
  lastStop: null,
});

/** Every event the chart takes: operator events and its process model's signals. */
export type SkiverEvent = ChartEvent;

export const controlOf = (e: SkiverEvent): string | undefined => ('control' in e ? e.control : undefined);
export const setValueOf = (e: SkiverEvent): string | undefined => (e.type === 'user.set' ? e.value : undefined);
export const adjustValueOf = (e: SkiverEvent): number | undefined => (e.type === 'user.adjust' && Number.isFinite(e.value) ? e.value : undefined);
export const signalOf = (e: SkiverEvent): string | undefined => (e.type === 'process.signal' ? e.signal : undefined);

/** The gap the knife actually leaves: the screw setting, unless it crept (faults). */
export const effectiveGapMm = (c: Pick<SkiverContext, 'thicknessMm' | 'gapDrift'>): number =>
  c.gapDrift === 'closed' ? Math.min(c.thicknessMm, GAP_CLOSED_MM) : c.gapDrift === 'opened' ? c.thicknessMm + GAP_OPENED_BY_MM : c.thicknessMm;
