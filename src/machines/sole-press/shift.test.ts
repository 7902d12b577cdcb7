import { describe, expect, it } from 'vitest';
import { press, setTo as set } from '../../engine/events.ts';
import { createSession } from '../../engine/session.ts';
import { BOND_CAUSES, BOND_OUTCOMES } from './bondQuality.ts';
import { solePress } from './index.ts';
import {
  AMBIENT_C,
  BOND_MIN_PRESSURE_BAR,
  BOND_MIN_PRESS_S,
  FILM_TEMP_MAX_C,
  FILM_TEMP_MIN_C,
  OPEN_TIME_MS,
  REACTIVATION_MAX_S,
  REACTIVATION_MIN_S,
  SCORCH_EXPOSURE_S,
} from './constants.ts';
import { at, ctx, pressCycle, readouts, shoeOnPad, stationReady, statusKey, tags } from './testSessions.ts';

// Sole press chart: wrong settings, the whole shift, and texts that follow the numbers.

describe('sole press: wrong settings give the same defects', () => {
  it.each([
    [{ tempC: 50 }, { outcome: 'deadAdhesive', cause: 'filmTooCold' }],
    [{ tempC: 90 }, { outcome: 'cohesiveFailure', cause: 'filmTooHot' }],
    [{ timerS: 2 }, { outcome: 'deadAdhesive', cause: 'reactivatedTooShort' }],
    [{ timerS: 12 }, { outcome: 'cohesiveFailure', cause: 'reactivatedTooLong' }],
    [{ timerS: 20 }, { outcome: 'scorched', cause: 'scorchedUnderLamps' }],
    [{ bar: 3 }, { outcome: 'weakBond', cause: 'pressureLow' }],
    [{ pressTimeS: 5 }, { outcome: 'weakBond', cause: 'pressTimeShort' }],
    [{ toeJack: 'small' }, { outcome: 'toeLifting', cause: 'toeJackWrong' }],
    [{ heelJack: 'large' }, { outcome: 'heelLifting', cause: 'heelJackWrong' }],
  ] as const)('%o → %o', (over, expected) => {
    const s = pressCycle(shoeOnPad(stationReady(over)));
    expect(ctx(s).lastBond).toEqual(expected);
    expect(at(s, { work: { bonded: 'defect' } })).toBe(true);
    // The edge check finds the defect and tells the remedy.
    expect(statusKey(s)).toBe('status.bonded.checkEdges');
    s.send({ type: 'user.inspect', control: 'soleEdges' });
    expect(statusKey(s)).toBe(`status.bonded.${expected.cause}`);
  });
});

describe('sole press: whole shift', () => {
  it('a good sole end to end, then a proper shutdown completes the procedure', () => {
    const s = pressCycle(shoeOnPad(stationReady()));
    expect(at(s, { work: { bonded: 'good' } })).toBe(true);
    expect(tags(s)).toContain('bondGood');
    expect(readouts(s)).toMatchObject({ toeGap: false, heelGap: false, shoeOnPad: true });
    s.send({ type: 'user.inspect', control: 'soleEdges' });
    expect(ctx(s).checks.soleEdges).toBe(true);
    s.send(set('shoe', 'removed'));
    expect(ctx(s).goodSoles).toBe(1);
    expect(statusKey(s)).toBe('status.loadTray');
    s.send(set('reactivatorSwitch', 'off'));
    s.send(set('mainSwitch', 'off'));
    expect(tags(s)).not.toContain('complete');
    expect(statusKey(s)).toBe('status.shutDownRest');
    s.send(set('airLineValve', 'closed'));
    expect(tags(s)).toContain('complete');
    expect(statusKey(s)).toBe('status.shiftDone');
    expect(s.outcome().status).toBe('complete');
    expect(s.mistakes()).toEqual([]);
    // The session stops at complete; the chart itself leaves it if the air is opened again.
    expect(s.send(set('airLineValve', 'open'))).toBe(false);
    s.actor.send(set('airLineValve', 'open'));
    expect(tags(s)).not.toContain('complete');
  });

  it('a bad sole end to end: counted as a defect, no completion without a good one', () => {
    const s = pressCycle(shoeOnPad(stationReady({ heelJack: 'small' })));
    expect(tags(s)).toContain('fault');
    s.send(set('shoe', 'removed'));
    expect(ctx(s).defectSoles).toBe(1);
    // Jacks may still be set after heating (S33): only the lifting heel is counted, on removal.
    expect(s.mistakes().map((m) => [m.id, m.params])).toEqual([['soleLifting', undefined]]);
    s.send(set('reactivatorSwitch', 'off'));
    s.send(set('mainSwitch', 'off'));
    s.send(set('airLineValve', 'closed'));
    expect(tags(s)).not.toContain('complete');
  });

  it('pre-operation checks: the filter bowl passes only once drained', () => {
    const s = createSession(solePress);
    s.send({ type: 'user.inspect', control: 'filterBowl' });
    expect(ctx(s).checks.filterBowl).toBe(false);
    s.send(press('filterDrain'));
    expect(s.send(press('filterDrain'))).toBe(false);
    s.send({ type: 'user.inspect', control: 'filterBowl' });
    expect(ctx(s).checks.filterBowl).toBe(true);
  });

  it('cold machines read ambient and zero', () => {
    const s = createSession(solePress);
    expect(readouts(s)).toMatchObject({ airGaugeBar: 0, pressGaugeBar: 0, reactivatorDisplayC: AMBIENT_C, irLamps: 'off', pressPowerLamp: false });
    expect(statusKey(s)).toBe('status.off');
  });
});

describe('sole press: texts follow the numbers', () => {
  it('cause texts quote the windows in constants.ts', () => {
    for (const lang of ['id', 'en'] as const) {
      const m = solePress.messages[lang];
      expect(m['cause.filmTooHot']).toContain(String(FILM_TEMP_MAX_C));
      expect(m['cause.filmTooCold']).toContain(String(FILM_TEMP_MIN_C));
      expect(m['cause.reactivatedTooLong']).toContain(String(REACTIVATION_MAX_S));
      expect(m['cause.scorchedUnderLamps']).toContain(String(SCORCH_EXPOSURE_S));
      expect(m['cause.reactivatedTooShort']).toContain(String(REACTIVATION_MIN_S));
      expect(m['cause.openTimeExceeded']).toContain(String(OPEN_TIME_MS / 1000));
      expect(m['cause.pressureLow']).toContain(String(BOND_MIN_PRESSURE_BAR));
      expect(m['cause.pressTimeShort']).toContain(String(BOND_MIN_PRESS_S));
    }
  });

  it('every bond cause has a status line and every outcome its reason, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const m = solePress.messages[lang];
      for (const o of BOND_OUTCOMES)
        expect([m[`outcome.${o}`], m[`outcome.${o}.why`]].every(Boolean), `${lang} ${o}`).toBe(true);
      for (const c of BOND_CAUSES)
        expect([m[`status.bonded.${c}`], m[`cause.${c}`]].every(Boolean), `${lang} ${c}`).toBe(true);
    }
  });
});
