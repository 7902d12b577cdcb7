import {
  BOND_MIN_PRESSURE_BAR,
  BOND_MIN_PRESS_S,
  FILM_TEMP_MAX_C,
  FILM_TEMP_MIN_C,
  AIR_MAX_BAR,
  JACK_POSITIONS,
  JACK_POSITION_IDS,
  REACTIVATION_MAX_S,
  REACTIVATION_MIN_S,
  SCORCH_EXPOSURE_S,
  WORK_TICKET_SIZE_EU,
  type JackPosition,
} from './constants.ts';

/** What the artisan finds when the shoe comes out of the press (domain brief §10.6). */
export type BondOutcome =
  | 'good'
  | 'scorched'
  | 'adhesionFailure'
  | 'cohesiveFailure'
  | 'deadAdhesive'
  | 'weakBond'
  | 'toeLifting'
  | 'heelLifting';
export const BOND_OUTCOMES: readonly BondOutcome[] = [
  'good',
  'scorched',
  'adhesionFailure',
  'cohesiveFailure',
  'deadAdhesive',
  'weakBond',
  'toeLifting',
  'heelLifting',
];
/** How the sole's bonding surface came from bottom preparation (domain brief §10.2, §10.6 S61). */
export type SoleSurface = 'prepared' | 'notRoughened' | 'contaminated';

/** The one cause the artisan is told, first match in the order below. */
export type BondCause =
  | 'allCorrect'
  | 'scorchedUnderLamps'
  | 'soleNotRoughened'
  | 'soleContaminated'
  | 'filmTooHot'
  | 'reactivatedTooLong'
  | 'filmTooCold'
  | 'reactivatedTooShort'
  | 'openTimeExceeded'
  | 'pressureLow'
  | 'pressTimeShort'
  | 'padWorn'
  | 'toeJackWrong'
  | 'heelJackWrong';
export const BOND_CAUSES: readonly BondCause[] = [
  'allCorrect',
  'scorchedUnderLamps',
  'soleNotRoughened',
  'soleContaminated',
  'filmTooHot',
  'reactivatedTooLong',
  'filmTooCold',
  'reactivatedTooShort',
  'openTimeExceeded',
  'pressureLow',
  'pressTimeShort',
  'padWorn',
  'toeJackWrong',
  'heelJackWrong',
];

export interface BondResult {
  readonly outcome: BondOutcome;
  readonly cause: BondCause;
}

export interface BondInputs {
  /** Adhesive-film temperature reached under the reactivator lamps, °C. */
  readonly filmTempC: number;
  /** How long sole and upper were under the lamps, s. */
  readonly reactivationS: number;
  /** The film went dead before the press closed on it (open time exceeded). */
  readonly openTimeExceeded: boolean;
  /** Air line pressure the pad was fed at (the regulator setpoint), bar; the pressure on the shoe follows from it but is not the same number (§2.1). */
  readonly pressureBar: number;
  /** Time actually held at pressure, s (short if STOP, e-stop or air loss cut the hold). */
  readonly heldS: number;
  readonly toeJack: JackPosition;
  readonly heelJack: JackPosition;
  /** Shoe size (EU) of the work. */
  readonly shoeSize: number;
  /** The forepart of the pad is worn thin or has shifted in the pad box. */
  readonly padWorn: boolean;
  /** The sole as it came from bottom preparation (roughened, primed, cemented, dried). */
  readonly soleSurface: SoleSurface;
}

/** Whether a jack position suits the shoe size (EN sizes, ranges in constants). */
export const jackFits = (position: JackPosition, size: number): boolean =>
  size >= JACK_POSITIONS[position].minSize && size <= JACK_POSITIONS[position].maxSize;

/**
 * The bond of one pressed sole, from the choices made. Visible damage first (scorched: only a far
 * too long exposure under the lamps), then a surface the cement cannot hold (adhesion failure),
 * then an overheated film that splits in itself (cohesive failure, S61: wrong reactivation
 * temperature), then a film that could not bond (dead), then a whole bond too weak
 * (pressure/time), then an uneven pressure that leaves one end open (toe, then heel).
 * Windows are inclusive.
 */
export function judgeBond(b: BondInputs): BondResult {
  const r = (outcome: BondOutcome, cause: BondCause): BondResult => ({ outcome, cause });
  if (b.reactivationS > SCORCH_EXPOSURE_S) return r('scorched', 'scorchedUnderLamps');
  if (b.soleSurface === 'notRoughened') return r('adhesionFailure', 'soleNotRoughened');
  if (b.soleSurface === 'contaminated') return r('adhesionFailure', 'soleContaminated');
  if (b.filmTempC > FILM_TEMP_MAX_C) return r('cohesiveFailure', 'filmTooHot');
  if (b.reactivationS > REACTIVATION_MAX_S) return r('cohesiveFailure', 'reactivatedTooLong');
  if (b.filmTempC < FILM_TEMP_MIN_C) return r('deadAdhesive', 'filmTooCold');
  if (b.reactivationS < REACTIVATION_MIN_S) return r('deadAdhesive', 'reactivatedTooShort');
  if (b.openTimeExceeded) return r('deadAdhesive', 'openTimeExceeded');
  if (b.pressureBar < BOND_MIN_PRESSURE_BAR) return r('weakBond', 'pressureLow');
  if (b.heldS < BOND_MIN_PRESS_S) return r('weakBond', 'pressTimeShort');
  if (b.padWorn) return r('toeLifting', 'padWorn');
  if (!jackFits(b.toeJack, b.shoeSize)) return r('toeLifting', 'toeJackWrong');
  if (!jackFits(b.heelJack, b.shoeSize)) return r('heelLifting', 'heelJackWrong');
  return r('good', 'allCorrect');
}

/**
 * What a reactivated film will give however well it is then pressed on a prepared sole: `good`,
 * `scorched`, `cohesiveFailure` or `deadAdhesive` (the press can no longer change those).
 */
export function filmOutcome(film: { readonly tempC: number; readonly exposureS: number }, dead: boolean): BondOutcome {
  const fits = JACK_POSITION_IDS.find((p) => jackFits(p, WORK_TICKET_SIZE_EU)) ?? 'medium';
  return judgeBond({
    filmTempC: film.tempC,
    reactivationS: film.exposureS,
    openTimeExceeded: dead,
    pressureBar: AIR_MAX_BAR,
    heldS: BOND_MIN_PRESS_S,
    toeJack: fits,
    heelJack: fits,
    shoeSize: WORK_TICKET_SIZE_EU,
    padWorn: false,
    soleSurface: 'prepared',
  }).outcome;
}
