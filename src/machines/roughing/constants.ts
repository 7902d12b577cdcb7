/**
 * Numbers of the roughing machine (mesin gerinda / garuk). Tags follow the domain brief
 * (../shared/domain/footwear-machines.md §12.1, machine-shapes.md §8): [S#]/[V#]/[K-#] sourced,
 * [I] inferred — confirm with a BBKKP/BPIPI trainer on the real machine and change here only.
 */

// ─── Motors (brief §12.1) ─────────────────────────────────────────────────────────────────────
/** Spindle motor: single head 0.8 kW, double head 1.5 kW; dust extraction 1.1 kW on its own switch [V1]. */
export const SPINDLE_KW_SINGLE = 0.8;
export const SPINDLE_KW_DOUBLE = 1.5;
export const EXTRACTION_KW = 1.1;
/** Inverter speed of the spindle, rpm [I] (shapes §8: ≈ 1,400–2,800 rpm). */
export const SPEED_RANGE = { min: 1400, max: 2800, step: 100 } as const;
/** Where the previous job (roughing rubber soles) left the inverter [I]. */
export const SPEED_DEFAULT_RPM = 2800;

// ─── Wheel direction ──────────────────────────────────────────────────────────────────────────
export type WheelDirection = 'topTowardOperator' | 'topAwayFromOperator';
/**
 * THE roughing direction, one constant for the chart, the texts and the view. The sources differ:
 * footwear-machines §12.1 [S31] says rough with the wheel running towards the operator and reverse
 * it only to sharpen; machine-shapes §8 has the top of the wheel moving away from the operator,
 * tagged [I] (inferred). We take §12.1: it is sourced, and it is the safer one. With the top of the
 * wheel coming toward the operator the face at the work moves DOWN, as on a bench grinder: the
 * shoe is pressed onto the ledge rather than lifted and snatched toward the face, and dust and
 * wire bits are thrown down and back into the suction grille, not up at the eyes.
 */
export const ROUGHING_DIRECTION: WheelDirection = 'topTowardOperator';
/** Positions of the reversing switch: forward = ROUGHING_DIRECTION, reverse = the other way (sharpening). */
export const REVERSING_POSITIONS = ['forward', 'reverse'] as const;
export type ReversingPosition = (typeof REVERSING_POSITIONS)[number];
export const wheelDirection = (p: ReversingPosition): WheelDirection =>
  p === 'forward' ? ROUGHING_DIRECTION : ROUGHING_DIRECTION === 'topTowardOperator' ? 'topAwayFromOperator' : 'topTowardOperator';
/** The last shift sharpened the wheel and left the switch reversed [I]. */
export const REVERSING_DEFAULT: ReversingPosition = 'reverse';
/** The sharpening stone held to the reversed wheel, extraction off (sparks) [S31]; duration [I]. */
export const SHARPEN_MS = 3000;

// ─── The hand on the shoe ─────────────────────────────────────────────────────────────────────
/** Hand pressure of the shoe on the wheel, 0 (held off) … 1 (leaning on it); springs back to 0. */
export const PRESSURE_RANGE = { min: 0, max: 1, step: 0.05, rest: 0 } as const;
/** "Light, even pressure": what the hints use [I]. */
export const PRESSURE_LIGHT = 0.4;
/** The path: how far the wheel runs off the marked roughing line, mm (+ onto the upper, − inward onto the sole seat). */
export const PATH_OFFSET_RANGE = { min: -4, max: 4, step: 0.5 } as const;
/** The hand moves the shoe along the margin at this pace while it presses, mm/s [I]. */
export const TRAVEL_MM_PER_S = 40;
/** Length of the lasting margin to rough on the forepart of one shoe, mm [I]. */
export const MARGIN_LENGTH_MM = 200;
/** Fixed step of the process model on the session clock [I]. */
export const PROCESS_STEP_MS = 100;
/** The band is sampled every this many mm along the margin [I]. */
export const SAMPLE_MM = 10;

// ─── The roughed band (judged by the process model) ──────────────────────────────────────────
/** Depth cut at full pressure at the ticket speed, mm; it scales with pressure and speed [I]. */
export const DEPTH_FULL_MM = 0.8;
/** A good band: the finish and grain broken, the margin not weakened, mm [I]. */
export const DEPTH_MIN_MM = 0.1;
export const DEPTH_MAX_MM = 0.6;
/** Spread of the depth along the band beyond which it is uneven, mm [I]. */
export const DEPTH_SPREAD_MM = 0.2;
/** The wheel running over the line by more than this roughs the visible upper (grain through) [I]. */
export const INTO_UPPER_MM = 1.5;
/** Running inward by more than this leaves the edge of the margin at the line unroughed [I]. */
export const GAP_AT_LINE_MM = 1.5;
/** Share of the band that must be roughed for the sole to bond all round, % [I]. */
export const COVERAGE_MIN_PCT = 95;
/** Heat at the contact: pressure × speed / ticket speed (× 2 with a clogged wheel); above this it burns [I]. */
export const BURN_INDEX = 0.7;
export const CLOGGED_HEAT_FACTOR = 2;
/** Dust escapes once this much has been roughed with the extraction off or its bag full [I]. */
export const DUST_AFTER_MM = 10;

// ─── Work ticket of this practice ─────────────────────────────────────────────────────────────
/**
 * What the work ticket asks for [I]: rough the lasting margin of a lasted leather upper for
 * cementing, at 2,000 rpm, the wheel forward, with light even pressure along the marked line.
 */
export const WORK_TICKET = {
  speedRpm: 2000,
  direction: 'forward' as ReversingPosition,
  pressure: PRESSURE_LIGHT,
} as const;
