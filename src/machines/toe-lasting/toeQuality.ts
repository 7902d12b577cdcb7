import {
  ALIGN_TOLERANCE_MM,
  DWELL_MIN_S,
  MELT_MAX_C,
  MELT_MIN_C,
  MELT_NO_WET_C,
  PULL_MIN_MPA,
  PULL_TEAR_MPA,
  WIPER_MIN_MPA,
  WORK_TICKET,
  type Side,
} from './constants.ts';

/** What the artisan finds on the lasted toe (domain brief §8.7, issue 15). */
export type ToeOutcome = 'good' | 'torn' | 'offCentre' | 'weakMargin' | 'glueStrings' | 'pleats' | 'interrupted';
export const TOE_OUTCOMES: readonly ToeOutcome[] = ['good', 'torn', 'offCentre', 'weakMargin', 'glueStrings', 'pleats', 'interrupted'];

/** The one cause the artisan is told, first match in `judgeToe`'s order. */
export type ToeCause =
  | 'allCorrect'
  | 'pullTooHigh'
  | 'lastOffCentre'
  | 'wrongSide'
  | 'meltFarTooCold'
  | 'nozzleBlocked'
  | 'tankEmpty'
  | 'dwellTooShort'
  | 'meltTooCold'
  | 'meltTooHot'
  | 'wrongSize'
  | 'sidePincersOff'
  | 'pincersGlued'
  | 'pullTooLow'
  | 'wiperTooLow'
  | 'estopped';
export const TOE_CAUSES: readonly ToeCause[] = [
  'allCorrect',
  'pullTooHigh',
  'lastOffCentre',
  'wrongSide',
  'meltFarTooCold',
  'nozzleBlocked',
  'tankEmpty',
  'dwellTooShort',
  'meltTooCold',
  'meltTooHot',
  'wrongSize',
  'sidePincersOff',
  'pincersGlued',
  'pullTooLow',
  'wiperTooLow',
  'estopped',
];

export interface ToeResult {
  readonly outcome: ToeOutcome;
  readonly cause: ToeCause;
  /** Where the last sat against the centre line when the toe pincer gripped, mm. */
  readonly offsetMm: number;
}

export interface ToeInputs {
  readonly pullMPa: number;
  readonly wiperMPa: number;
  readonly dwellS: number;
  /** Melt temperature at the nozzle, °C (the setpoint of a warmed pot). */
  readonly meltTempC: number;
  /** The last's offset from the centring light's line when the toe pincer gripped, mm. */
  readonly gripOffsetMm: number;
  readonly programSizeEu: number;
  readonly side: Side;
  readonly sidePincersOn: boolean;
  readonly nozzleBlocked: boolean;
  /** The granulate tank ran low: the nozzles inject too little melt. */
  readonly tankEmpty: boolean;
  /** Old glue on the jaws: the upper slips in the pincers as they pull. */
  readonly pincersGlued: boolean;
}

const result = (outcome: ToeOutcome, cause: ToeCause, offsetMm: number): ToeResult => ({ outcome, cause, offsetMm });

/**
 * The lasted toe from the settings and the alignment (pure). The first defect that shows wins, in
 * the order the artisan would see it: a tear hides everything, an off-centre toe is visible at
 * once, then the margin bond (weak, glue strings), then the shape (pleats).
 * Too cold a melt gives glue strings (issue 15: it is too viscous and draws threads); far too cold
 * it does not wet the margin at all (weak margin, brief §8.7); too hot it strings and smokes (§8.7).
 */
export function judgeToe(i: ToeInputs): ToeResult {
  const off = i.gripOffsetMm;
  if (i.pullMPa >= PULL_TEAR_MPA) return result('torn', 'pullTooHigh', off);
  if (Math.abs(off) > ALIGN_TOLERANCE_MM) return result('offCentre', 'lastOffCentre', off);
  // The program for the other foot puts the pincer plate's asymmetric curve on the wrong side.
  if (i.side !== WORK_TICKET.side) return result('offCentre', 'wrongSide', off);
  if (i.meltTempC < MELT_NO_WET_C) return result('weakMargin', 'meltFarTooCold', off);
  if (i.nozzleBlocked) return result('weakMargin', 'nozzleBlocked', off);
  if (i.tankEmpty) return result('weakMargin', 'tankEmpty', off);
  if (i.dwellS < DWELL_MIN_S) return result('weakMargin', 'dwellTooShort', off);
  if (i.meltTempC < MELT_MIN_C) return result('glueStrings', 'meltTooCold', off);
  if (i.meltTempC > MELT_MAX_C) return result('glueStrings', 'meltTooHot', off);
  if (i.programSizeEu !== WORK_TICKET.sizeEu) return result('pleats', 'wrongSize', off);
  if (!i.sidePincersOn) return result('pleats', 'sidePincersOff', off);
  if (i.pincersGlued) return result('pleats', 'pincersGlued', off);
  if (i.pullMPa < PULL_MIN_MPA) return result('pleats', 'pullTooLow', off);
  if (i.wiperMPa < WIPER_MIN_MPA) return result('pleats', 'wiperTooLow', off);
  return result('good', 'allCorrect', off);
}

/** A lasting cut short by the e-stop: cement in, margin not wiped down. */
export const interruptedToe = (offsetMm: number): ToeResult => result('interrupted', 'estopped', offsetMm);
