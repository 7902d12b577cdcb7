import { COLD_MAX_C, DWELL_MAX_S, DWELL_MIN_S, HOT_MAX_C, HOT_MIN_C } from './constants.ts';

/**
 * What the moulded back part is like (domain brief §9.4), from the settings and timing the upper
 * actually got. Pure: the chart records it when the cold pad lets go, the view draws it on the
 * heel and the debrief explains it.
 */

export type BackPartOutcome = 'good' | 'scorched' | 'notClosed' | 'offCentre' | 'springback';

/** Each reason the back part is not good (message keys `cause.<id>`). */
export type BackPartCause =
  | 'hotTooHot'
  | 'hotDwellLong'
  | 'hotPadNotClosed'
  | 'coldPadNotClosed'
  | 'counterOffCentre'
  | 'hotTooCold'
  | 'hotDwellShort'
  | 'transferSlow'
  | 'coldTooWarm'
  | 'coldDwellShort';

/** One pressing on a mould: at what temperature, for how long, and whether the pad stayed closed to the end. */
export interface Pressing {
  readonly tempC: number;
  readonly dwellS: number;
  readonly complete: boolean;
}

export interface BackPartInputs {
  readonly hot: Pressing;
  readonly cold: Pressing;
  /** The upper reached the closed cold pad after the transfer window ran out. */
  readonly transferSlow: boolean;
  readonly counterCentred: boolean;
}

export interface BackPartResult {
  readonly outcome: BackPartOutcome;
  /** Every reason, most serious first (empty for a good back part). */
  readonly causes: readonly BackPartCause[];
}

/** Which outcome each cause gives; the first outcome in this order wins. */
const OUTCOME_OF: Readonly<Record<BackPartCause, Exclude<BackPartOutcome, 'good'>>> = {
  hotTooHot: 'scorched',
  hotDwellLong: 'scorched',
  hotPadNotClosed: 'notClosed',
  coldPadNotClosed: 'notClosed',
  counterOffCentre: 'offCentre',
  hotTooCold: 'springback',
  hotDwellShort: 'springback',
  transferSlow: 'springback',
  coldTooWarm: 'springback',
  coldDwellShort: 'springback',
};

export function judgeBackPart(i: BackPartInputs): BackPartResult {
  const causes: BackPartCause[] = [];
  // Too hot scorches and shines the leather; too long on a hot mould does the same [§9.4][I].
  if (i.hot.tempC > HOT_MAX_C) causes.push('hotTooHot');
  if (i.hot.complete && i.hot.dwellS > DWELL_MAX_S) causes.push('hotDwellLong');
  // A pad that did not stay closed (air lost, e-stop, released) leaves the heel unshaped.
  if (!i.hot.complete) causes.push('hotPadNotClosed');
  if (!i.cold.complete) causes.push('coldPadNotClosed');
  if (!i.counterCentred) causes.push('counterOffCentre');
  // Not softened enough, cooled on the way, or not set long and cold enough: the shape springs back.
  if (i.hot.tempC < HOT_MIN_C) causes.push('hotTooCold');
  if (i.hot.complete && i.hot.dwellS < DWELL_MIN_S) causes.push('hotDwellShort');
  if (i.transferSlow) causes.push('transferSlow');
  if (i.cold.tempC > COLD_MAX_C) causes.push('coldTooWarm');
  if (i.cold.complete && i.cold.dwellS < DWELL_MIN_S) causes.push('coldDwellShort');
  return { outcome: causes.length ? OUTCOME_OF[causes[0]!] : 'good', causes };
}
