import {
  BURN_INDEX,
  COVERAGE_MIN_PCT,
  DEPTH_MAX_MM,
  DEPTH_MIN_MM,
  DEPTH_SPREAD_MM,
  GAP_AT_LINE_MM,
  INTO_UPPER_MM,
} from './constants.ts';

/**
 * Judging the roughed band (pure): the samples the process model took along the lasting margin,
 * and what is wrong with them against the work ticket.
 */

/** One sample along the margin. */
export interface BandSample {
  readonly atMm: number;
  /** Depth the wheel took off here, mm. */
  readonly depthMm: number;
  /** How far the wheel ran off the marked line here, mm (+ onto the upper). */
  readonly offsetMm: number;
  /** Heat at the contact (pressure × speed factor × clogging); above BURN_INDEX it burns. */
  readonly heat: number;
  /** Hand pressure when this point was roughed (for the debrief). */
  readonly pressure: number;
}

export interface BandJudgement {
  readonly flaws: readonly string[];
  /** Share of the samples roughed well enough to bond, %. */
  readonly coveragePct: number;
  readonly meanDepthMm: number;
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Roughed at all, reaching the line: the sole cement will key here. */
export const isCovered = (s: BandSample): boolean => s.depthMm >= DEPTH_MIN_MM && s.offsetMm >= -GAP_AT_LINE_MM;
export const isIntoUpper = (s: BandSample): boolean => s.offsetMm > INTO_UPPER_MM;
export const isBurnt = (s: BandSample): boolean => s.heat > BURN_INDEX;

export function judgeBand(samples: readonly BandSample[]): BandJudgement {
  if (!samples.length) return { flaws: [], coveragePct: 0, meanDepthMm: 0 };
  const depths = samples.map((s) => s.depthMm);
  const mean = depths.reduce((a, b) => a + b, 0) / depths.length;
  const coverage = (100 * samples.filter(isCovered).length) / samples.length;
  const flaws: string[] = [];
  if (samples.some(isIntoUpper)) flaws.push('intoUpper');
  if (samples.some(isBurnt)) flaws.push('burnt');
  if (depths.some((d) => d > DEPTH_MAX_MM)) flaws.push('tooDeep');
  if (coverage < COVERAGE_MIN_PCT) flaws.push('patchy');
  // Evenness is judged on the roughed part: a light first touch as the hand comes onto the wheel
  // counts against the coverage, not as an uneven depth.
  const roughed = samples.filter(isCovered).map((s) => s.depthMm);
  if (roughed.length && Math.max(...roughed) - Math.min(...roughed) > DEPTH_SPREAD_MM) flaws.push('uneven');
  return { flaws, coveragePct: round(coverage, 1), meanDepthMm: round(mean, 2) };
}
