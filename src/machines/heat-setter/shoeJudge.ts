import {
  CHILL_DWELL_MAX_S,
  CHILL_DWELL_MIN_S,
  CHILL_MAX_C,
  HEAT_DWELL_MAX_S,
  HEAT_DWELL_MIN_S,
  HEAT_MAX_C,
  HEAT_MIN_C,
  type SteamSetting,
} from './constants.ts';

/**
 * The pure judge of one heat-set shoe (domain brief §11.1, §11.4): what one pass through the heat
 * and the cold did to it. No chart, no clock: the line model hands it the shoe's record.
 */

/** One shoe's record of its pass, as the line model keeps it. */
export interface ShoePass {
  /** Seconds spent in the heat tunnel with the tunnel at setpoint. */
  readonly heatS: number;
  /** The setpoint it was heated at (°C), or null when the tunnel was never at temperature. */
  readonly heatC: number | null;
  /** Seconds in the heat without the tunnel at setpoint (warming up, cut out, switched off). */
  readonly coolHeatS: number;
  /** The steam setting while it was in the heat (the wettest it saw). */
  readonly steam: SteamSetting;
  /** Seconds in the chiller with the chiller at setpoint. */
  readonly chillS: number;
  /** The chiller setpoint (°C), or null when never at temperature. */
  readonly chillC: number | null;
  /** The chiller's evaporator was iced / its drain full while the shoe passed (condensate drips). */
  readonly chillerWet: boolean;
}

export type ShoeOutcome = 'kept' | 'blistered' | 'wet' | 'shapeLost';
export type ShoeDefect = 'tooHot' | 'tooLongHot' | 'tooShortHot' | 'tooCool' | 'tooShortCold' | 'tooWarmCold' | 'steamWet' | 'dripWet';

export interface ShoeVerdict {
  readonly outcome: ShoeOutcome;
  /** Every reason found, most serious first (the outcome follows from the first). */
  readonly defects: readonly ShoeDefect[];
}

const OUTCOME_OF: Readonly<Record<ShoeDefect, ShoeOutcome>> = {
  tooHot: 'blistered',
  tooLongHot: 'blistered',
  steamWet: 'wet',
  dripWet: 'wet',
  tooCool: 'shapeLost',
  tooShortHot: 'shapeLost',
  tooShortCold: 'shapeLost',
  tooWarmCold: 'shapeLost',
};

/**
 * Too hot or too long in the heat: the finish blisters and the lasting cement softens [I]. Steam
 * on high, or a chiller dripping condensate: a wet shoe [I]. Too cool or too short in the heat,
 * or too warm or too short in the cold: the upper springs back after delasting (shape lost) [S29].
 * Over-long chilling does no harm within reason; it only costs time.
 */
export function judgeShoe(p: ShoePass): ShoeVerdict {
  const d: ShoeDefect[] = [];
  if (p.heatC !== null && p.heatC > HEAT_MAX_C && p.heatS > 0) d.push('tooHot');
  if (p.heatS > HEAT_DWELL_MAX_S) d.push('tooLongHot');
  if (p.steam === 'high') d.push('steamWet');
  if (p.chillerWet) d.push('dripWet');
  if (p.heatC === null || p.heatC < HEAT_MIN_C) d.push('tooCool');
  else if (p.heatS < HEAT_DWELL_MIN_S) d.push('tooShortHot');
  if (p.chillC === null || p.chillC > CHILL_MAX_C) d.push('tooWarmCold');
  else if (p.chillS < CHILL_DWELL_MIN_S) d.push('tooShortCold');
  const first = d[0];
  return { outcome: first === undefined ? 'kept' : OUTCOME_OF[first], defects: d };
}

/** The dwell a belt speed gives over a tunnel length, s (length / speed). */
export const dwellS = (lengthM: number, speedMMin: number): number => (speedMMin <= 0 ? Infinity : (lengthM / speedMMin) * 60);

/** Within the cold window's upper bound (longer chilling is only slow, see `judgeShoe`). */
export const isLongChill = (chillS: number): boolean => chillS > CHILL_DWELL_MAX_S;
