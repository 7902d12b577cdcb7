/**
 * Numbers of the bell-knife skiver (mesin seset). Tags follow the domain brief
 * (../shared/domain/footwear-machines.md §6): [S#] sourced, [I] inferred — confirm with a
 * BBKKP/BPIPI trainer on the real machine and change here only.
 */

// ─── Knife and feed ───────────────────────────────────────────────────────────────────────────
/** Knife speed of the historic Amazeen skiver [S50]; a modern servo skiver is variable [I]. */
export const KNIFE_RPM_MIN = 1200;
export const KNIFE_RPM_MAX = 1400;
/** Feed speed of the roller with the treadle fully down, mm/s [I]. */
export const FEED_MM_PER_S_FULL = 100;
/** Up to this treadle travel the feed is steady ("press the pedal lightly", §6.5) [I]. */
export const TREADLE_STEADY_MAX = 0.6;
/** The treadle position the hints use: a light, steady pedal [I]. */
export const TREADLE_LIGHT = 0.4;
/** At or above this travel the roller snatches the work: it curls and jams under the foot [I]. */
export const TREADLE_JAM = 0.95;
/** A glazed feed roller (fault `rollerGlazed`) slips and the work jams after this much feed [I]. */
export const GLAZED_JAM_AFTER_MM = 25;
/** Sharpening with the built-in stone, cover closed, knife turning [I]. */
export const SHARPEN_MS = 3000;
/** Fixed step of the process model on the session clock [I]: 100 mm/s × 0.1 s = 10 mm at most. */
export const PROCESS_STEP_MS = 100;
/** The profile is sampled every this many mm along the edge (what the cross-section shows) [I]. */
export const SAMPLE_MM = 5;

// ─── The leather ──────────────────────────────────────────────────────────────────────────────
/** Full substance of the upper leather on the ticket, mm [I]. */
export const SUBSTANCE_MM = 1.4;
/** Length of the edge to skive on the upper part (a vamp's topline edge) and on a scrap strip [I]. */
export const PART_EDGE_MM = 120;
export const SCRAP_EDGE_MM = 60;
/** A skive thinner than this at any point has holes: cut through [I]. */
export const CUT_THROUGH_MM = 0.15;

// ─── Skive geometry (brief §6.2) ──────────────────────────────────────────────────────────────
/** Folding edge width ≈ 8–12 mm [I]. */
export const SKIVE_WIDTH_MIN_MM = 8;
export const SKIVE_WIDTH_MAX_MM = 12;
/** Remaining edge ≈ 40–60 % of the substance for a folding skive [I]. */
export const LEAVE_MIN_PCT = 40;
export const LEAVE_MAX_PCT = 60;
/** How far the width may stray from the ticket anywhere along the edge and still fold evenly [I]. */
export const WIDTH_TOLERANCE_MM = 1;
/** Spread of the remaining thickness along the edge beyond which the skive is uneven, % points [I]. */
export const THICKNESS_SPREAD_PCT = 12;

// ─── Settings on the machine ──────────────────────────────────────────────────────────────────
/** Width screw (guide position): range and quantum, mm (shared contract: 6…14, 0.5). */
export const WIDTH_RANGE = { min: 6, max: 14, step: 0.5 } as const;
/** Thickness screw (foot/roller gap): substance left, mm (shared contract: 0.2…2.0, 0.1). */
export const THICKNESS_RANGE = { min: 0.2, max: 2.0, step: 0.1 } as const;
/** Where the previous job (a lap-seam underlay, skived thin and wide) left the screws [I]. */
export const WIDTH_DEFAULT_MM = 14;
export const THICKNESS_DEFAULT_MM = 0.3;
/** The hand on the work: how far the edge is held off the guide, mm (+ away from it). */
export const GUIDE_OFFSET_RANGE = { min: -3, max: 3, step: 0.1 } as const;
/** A loose guide (fault `guideLoose`) wanders this far either side as the work feeds [I]. */
export const LOOSE_GUIDE_WANDER_MM = 1.6;
/** The thickness screw crept (faults): gap closed to this (cut through) or opened by this (too thick) [I]. */
export const GAP_CLOSED_MM = 0.05;
export const GAP_OPENED_BY_MM = 0.5;

/** Presser feet on the rack (brief §6.3: flat, bevel/"raw edge", folding, grooving) [S49]. */
export const FEET = ['flat', 'bevel', 'folding', 'grooving'] as const;
export type Foot = (typeof FEET)[number];
export const FOOT_DEFAULT: Foot = 'flat';
/** Bevel angle screw positions, degrees [I]. */
export const ANGLE_SETTINGS_DEG = [10, 20, 30] as const;
export const ANGLE_DEFAULT_DEG = 30;

// ─── Work ticket of this practice ─────────────────────────────────────────────────────────────
/**
 * What the work ticket asks for [I]: a folding skive on the topline of a vamp, 10 mm wide,
 * leaving 50 % of a 1.4 mm upper leather (0.7 mm), bevel 20°, with the folding foot. Steps tick,
 * hints aim, mistakes judge and the texts quote these, so they cannot disagree.
 */
export const WORK_TICKET = {
  skive: 'folding',
  foot: 'folding' as Foot,
  widthMm: 10,
  leavePct: 50,
  /** The thickness screw setting for the leave: 50 % of 1.4 mm. */
  thicknessMm: 0.7,
  angleDeg: 20,
  substanceMm: SUBSTANCE_MM,
} as const;

/** Remaining thickness as % of the ticket's substance. */
export const pctOfSubstance = (mm: number): number => (mm / SUBSTANCE_MM) * 100;
/** The ticket's thickness window in mm (what the gauge must read). */
export const LEAVE_MIN_MM = (SUBSTANCE_MM * LEAVE_MIN_PCT) / 100;
export const LEAVE_MAX_MM = (SUBSTANCE_MM * LEAVE_MAX_PCT) / 100;
/** Screw values compare on their quantum (0.7 may arrive as 0.7000000001 after rounding). */
export const sameSetting = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;
