import { describe, expect, it } from 'vitest';
import { BOND_CAUSES, BOND_OUTCOMES, filmOutcome, judgeBond, jackFits, type BondInputs } from './bondQuality.ts';
import {
  BOND_MIN_PRESSURE_BAR,
  BOND_MIN_PRESS_S,
  FILM_TEMP_MAX_C,
  FILM_TEMP_MIN_C,
  REACTIVATION_MAX_S,
  REACTIVATION_MIN_S,
  SCORCH_EXPOSURE_S,
  WORK_TICKET_SIZE_EU,
} from './constants.ts';

const good: BondInputs = {
  filmTempC: 70,
  reactivationS: 6,
  openTimeExceeded: false,
  pressureBar: 5,
  heldS: 15,
  toeJack: 'medium',
  heelJack: 'medium',
  shoeSize: WORK_TICKET_SIZE_EU,
  padWorn: false,
  soleSurface: 'prepared',
};
const judge = (over: Partial<BondInputs>) => judgeBond({ ...good, ...over });

describe('judgeBond', () => {
  it('bonds well when every choice is inside its window', () => {
    expect(judgeBond(good)).toEqual({ outcome: 'good', cause: 'allCorrect' });
  });

  it('film temperature window is inclusive at both ends', () => {
    expect(judge({ filmTempC: FILM_TEMP_MIN_C }).outcome).toBe('good');
    expect(judge({ filmTempC: FILM_TEMP_MAX_C }).outcome).toBe('good');
    expect(judge({ filmTempC: FILM_TEMP_MIN_C - 1 })).toEqual({ outcome: 'deadAdhesive', cause: 'filmTooCold' });
    expect(judge({ filmTempC: FILM_TEMP_MAX_C + 1 })).toEqual({ outcome: 'cohesiveFailure', cause: 'filmTooHot' });
  });

  it('reactivation time window is inclusive at both ends', () => {
    expect(judge({ reactivationS: REACTIVATION_MIN_S }).outcome).toBe('good');
    expect(judge({ reactivationS: REACTIVATION_MAX_S }).outcome).toBe('good');
    expect(judge({ reactivationS: REACTIVATION_MIN_S - 0.5 })).toEqual({ outcome: 'deadAdhesive', cause: 'reactivatedTooShort' });
    expect(judge({ reactivationS: REACTIVATION_MAX_S + 0.5 })).toEqual({ outcome: 'cohesiveFailure', cause: 'reactivatedTooLong' });
    expect(judge({ reactivationS: SCORCH_EXPOSURE_S + 0.5 })).toEqual({ outcome: 'scorched', cause: 'scorchedUnderLamps' });
  });

  it('a film that waited past its open time is dead', () => {
    expect(judge({ openTimeExceeded: true })).toEqual({ outcome: 'deadAdhesive', cause: 'openTimeExceeded' });
  });

  it('pressure below the bond minimum gives a weak bond; the minimum itself is enough', () => {
    expect(judge({ pressureBar: BOND_MIN_PRESSURE_BAR }).outcome).toBe('good');
    expect(judge({ pressureBar: BOND_MIN_PRESSURE_BAR - 1 })).toEqual({ outcome: 'weakBond', cause: 'pressureLow' });
  });

  it('a hold shorter than the minimum dwell gives a weak bond; the minimum itself is enough', () => {
    expect(judge({ heldS: BOND_MIN_PRESS_S }).outcome).toBe('good');
    expect(judge({ heldS: BOND_MIN_PRESS_S - 0.5 })).toEqual({ outcome: 'weakBond', cause: 'pressTimeShort' });
    expect(judge({ heldS: 0 }).cause).toBe('pressTimeShort');
  });

  it('a worn pad or a toe jack set for another size leaves the toe open', () => {
    expect(judge({ padWorn: true })).toEqual({ outcome: 'toeLifting', cause: 'padWorn' });
    expect(judge({ toeJack: 'small' })).toEqual({ outcome: 'toeLifting', cause: 'toeJackWrong' });
    expect(judge({ toeJack: 'large' })).toEqual({ outcome: 'toeLifting', cause: 'toeJackWrong' });
  });

  it('a heel jack set for another size leaves the heel open', () => {
    expect(judge({ heelJack: 'small' })).toEqual({ outcome: 'heelLifting', cause: 'heelJackWrong' });
    expect(judge({ heelJack: 'large' })).toEqual({ outcome: 'heelLifting', cause: 'heelJackWrong' });
  });

  it('jack ranges are inclusive and follow the shoe size', () => {
    expect(jackFits('small', 38)).toBe(true);
    expect(jackFits('medium', 38)).toBe(false);
    expect(jackFits('medium', 39)).toBe(true);
    expect(jackFits('medium', 41)).toBe(true);
    expect(jackFits('large', 41)).toBe(false);
    expect(judge({ shoeSize: 37, toeJack: 'small', heelJack: 'small' }).outcome).toBe('good');
  });

  it('tells the most important cause first', () => {
    // Scorching is visible damage: it outranks everything else; then a sole the cement cannot grip.
    expect(judge({ reactivationS: 20, soleSurface: 'contaminated', filmTempC: 95 }).cause).toBe('scorchedUnderLamps');
    expect(judge({ soleSurface: 'notRoughened', filmTempC: 95, openTimeExceeded: true }).cause).toBe('soleNotRoughened');
    // An overheated film outranks a dead one, a weak press and uneven support.
    expect(judge({ filmTempC: 95, openTimeExceeded: true, pressureBar: 2, toeJack: 'small' }).cause).toBe('filmTooHot');
    // A dead film cannot be saved by pressure: it outranks a weak press.
    expect(judge({ openTimeExceeded: true, pressureBar: 2, heldS: 1 }).cause).toBe('openTimeExceeded');
    expect(judge({ filmTempC: 50, reactivationS: 2 }).cause).toBe('filmTooCold');
    // A weak press outranks uneven support.
    expect(judge({ pressureBar: 3, heldS: 2, padWorn: true }).cause).toBe('pressureLow');
    expect(judge({ heldS: 2, padWorn: true }).cause).toBe('pressTimeShort');
    // The toe end before the heel end.
    expect(judge({ toeJack: 'small', heelJack: 'small' }).cause).toBe('toeJackWrong');
    expect(judge({ padWorn: true, toeJack: 'small' }).cause).toBe('padWorn');
  });

  it('every outcome and cause is reachable', () => {
    const seen = [
      good,
      { ...good, filmTempC: 95 },
      { ...good, reactivationS: 20 },
      { ...good, reactivationS: 12 },
      { ...good, soleSurface: 'notRoughened' as const },
      { ...good, soleSurface: 'contaminated' as const },
      { ...good, filmTempC: 40 },
      { ...good, reactivationS: 2 },
      { ...good, openTimeExceeded: true },
      { ...good, pressureBar: 2 },
      { ...good, heldS: 5 },
      { ...good, padWorn: true },
      { ...good, toeJack: 'large' as const },
      { ...good, heelJack: 'small' as const },
    ].map(judgeBond);
    expect(new Set(seen.map((r) => r.outcome))).toEqual(new Set(BOND_OUTCOMES));
    expect(new Set(seen.map((r) => r.cause))).toEqual(new Set(BOND_CAUSES));
  });
});

describe('filmOutcome', () => {
  it('tells what the reactivated film will give whatever the press does', () => {
    expect(filmOutcome({ tempC: 70, exposureS: 6 }, false)).toBe('good');
    expect(filmOutcome({ tempC: 70, exposureS: 6 }, true)).toBe('deadAdhesive');
    expect(filmOutcome({ tempC: 50, exposureS: 6 }, false)).toBe('deadAdhesive');
    expect(filmOutcome({ tempC: 70, exposureS: 2 }, false)).toBe('deadAdhesive');
    expect(filmOutcome({ tempC: 90, exposureS: 6 }, false)).toBe('cohesiveFailure');
    expect(filmOutcome({ tempC: 70, exposureS: 12 }, false)).toBe('cohesiveFailure');
    expect(filmOutcome({ tempC: 70, exposureS: 20 }, false)).toBe('scorched');
  });
});
