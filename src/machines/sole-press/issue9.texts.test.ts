import { describe, expect, it } from 'vitest';
import { judgeBond, type BondInputs } from './bondQuality.ts';
import {
  FILM_TEMP_MAX_C,
  PRESS_TIME_SETTINGS_S,
  REACTIVATION_MAX_S,
  SCORCH_EXPOSURE_S,
} from './constants.ts';
import { solePressMessages } from './content.ts';

/** Corrections of Gladi issue 9 (sole press and reactivator), each named here: the texts and the bond model. */
const ID = solePressMessages.id;
const EN = solePressMessages.en;
const allText = (m: Record<string, string>) => Object.values(m).join('\n');

const good: BondInputs = {
  filmTempC: 70,
  reactivationS: 6,
  openTimeExceeded: false,
  pressureBar: 5,
  heldS: 15,
  toeJack: 'medium',
  heelJack: 'medium',
  shoeSize: 40,
  padWorn: false,
  soleSurface: 'prepared',
};
const judge = (over: Partial<BondInputs>) => judgeBond({ ...good, ...over });

describe('issue 9: Indonesian terms', () => {
  it('one term for the regulator: "regulator angin", matching "tekanan angin"', () => {
    expect(allText(ID)).not.toMatch(/regulator udara/i);
    expect(ID['control.airRegulator']).toMatch(/^Regulator angin/);
  });
  it('"Waktu pemanasan selesai" when the reactivator timer ends', () => {
    expect(ID['status.takeFromTray']).toMatch(/^Waktu pemanasan selesai/);
  });
  it('dead cement: "lepaskan solnya", not "sebaiknya lepas"', () => {
    expect(allText(ID)).not.toMatch(/sebaiknya lepas/);
    expect(ID['status.adhesiveDead']).toContain('lepaskan solnya');
  });
  it('the lasted upper is "sepatu di acuan" where the texts promise "acuan"', () => {
    for (const k of ['status.loadTray', 'status.takeFromTray', 'status.laySole', 'control.tray', 'step.reactivate']) expect(ID[k], k).toContain('sepatu di acuan');
    for (const k of ['status.loadTray', 'status.laySole', 'control.tray']) expect(EN[k], k).toContain('lasted upper');
  });
});

describe('issue 9: "gosong" only for a far too long exposure', () => {
  it('a film 81–90 °C gives a cohesive (weak) bond, not a scorched shoe', () => {
    for (const t of [FILM_TEMP_MAX_C + 1, 85, 90]) expect(judge({ filmTempC: t })).toEqual({ outcome: 'cohesiveFailure', cause: 'filmTooHot' });
  });
  it('a little too long under the lamps overheats the film (cohesive); far too long scorches', () => {
    expect(judge({ reactivationS: REACTIVATION_MAX_S + 2 })).toEqual({ outcome: 'cohesiveFailure', cause: 'reactivatedTooLong' });
    expect(judge({ reactivationS: SCORCH_EXPOSURE_S })).toEqual({ outcome: 'cohesiveFailure', cause: 'reactivatedTooLong' });
    expect(judge({ reactivationS: SCORCH_EXPOSURE_S + 1 })).toEqual({ outcome: 'scorched', cause: 'scorchedUnderLamps' });
  });
  it('no text calls a too-hot film "gosong" / scorched', () => {
    for (const m of [ID, EN]) {
      expect(m['status.bonded.filmTooHot']).not.toMatch(/gosong|scorch/i);
      expect(m['status.bonded.reactivatedTooLong']).not.toMatch(/gosong|scorch/i);
      expect(m['outcome.cohesiveFailure']).toBeTruthy();
      expect(m['status.bonded.scorchedUnderLamps']).toMatch(/gosong|scorch/i);
    }
    expect(ID['mistake.reactivatorTempOffTicket.why']).not.toMatch(/gosong/);
  });
});

describe('issue 9: press timer is the cover-type press 2–99 s', () => {
  it('no 0.5 s position (that is the air-bag press)', () => {
    expect(Math.min(...PRESS_TIME_SETTINGS_S)).toBe(2);
    expect(Math.max(...PRESS_TIME_SETTINGS_S)).toBe(99);
  });
});

describe('issue 9: line pressure is not pad pressure', () => {
  it('the texts explain the difference in both languages and borrow no "4–6 bar"', () => {
    for (const k of ['step.setPressure', 'mistake.pressureOffTicket.why', 'status.pressurising']) {
      expect(ID[k], k).toMatch(/tekanan saluran/i);
      expect(ID[k], k).toMatch(/bantalan/);
      expect(EN[k], k).toMatch(/line pressure/i);
      expect(EN[k], k).toMatch(/pad/);
    }
    for (const m of [ID, EN]) expect(allText(m)).not.toMatch(/4\s*[–-]\s*6 bar/);
  });
});
