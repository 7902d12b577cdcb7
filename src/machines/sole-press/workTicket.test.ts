import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import { createSession, type Session } from '../../engine/session.ts';
import { drillsFor } from '../../scenarios/bundled.ts';
import { solePress } from './index.ts';
import {
  BOND_MIN_PRESSURE_BAR,
  BOND_MIN_PRESS_S,
  COVER_CLOSE_MS,
  COVER_OPEN_MS,
  EXHAUST_MS,
  FILM_TEMP_MAX_C,
  FILM_TEMP_MIN_C,
  PRESSURE_BUILD_MS,
  PRESS_TIME_SETTINGS_S,
  REACTIVATION_MAX_S,
  REACTIVATION_MIN_S,
  REACTIVATOR_TEMP_SETTINGS_C,
  REACTIVATOR_TIME_SETTINGS_S,
  REACTIVATOR_WARM_UP_MS,
  REGULATOR_SETTINGS_BAR,
  TICKET_PRESSURE_BAR,
  TICKET_PRESS_TIME_S,
  TICKET_REACTIVATOR_TEMP_C,
  TICKET_REACTIVATOR_TIME_S,
  WORK_TICKET,
  type TicketWindow,
} from './constants.ts';
import type { SolePressContext } from './chart/types.ts';

const TICKET_MISTAKES = ['pressureOffTicket', 'pressTimeOffTicket', 'reactivatorTempOffTicket', 'reactivatorTimeOffTicket'];

interface Settings {
  bar: number;
  pressTimeS: number;
  tempC: number;
  timerS: number;
}
const TICKET: Settings = { bar: TICKET_PRESSURE_BAR, pressTimeS: TICKET_PRESS_TIME_S, tempC: TICKET_REACTIVATOR_TEMP_C, timerS: TICKET_REACTIVATOR_TIME_S };

const ctx = (s: Session) => s.actor.getSnapshot().context as SolePressContext;
const stepDone = (s: Session, id: string) => s.steps().find((st) => st.id === id)?.done;
const ticketMistakes = (s: Session) => s.mistakes().map((m) => m.id).filter((id) => TICKET_MISTAKES.includes(id));
/** The nearest knob positions just below and just above the ticket. */
const neighbours = (w: TicketWindow, positions: readonly number[]) => [positions.filter((p) => p < w.min).at(-1)!, positions.find((p) => p > w.max)!];

/** Air, press and reactivator set as given (the rest as the ticket says), reactivator at temperature. */
function stationReady(over: Partial<Settings> = {}): Session {
  const v = { ...TICKET, ...over };
  const s = createSession(solePress);
  s.send(press('filterDrain'));
  s.send({ type: 'user.inspect', control: 'filterBowl' });
  s.send({ type: 'user.inspect', control: 'pad' });
  s.send(set('airLineValve', 'open'));
  expect(s.send(set('airRegulator', v.bar))).toBe(true);
  // Timer first: the default timer is the ticket's, so temperature-first would tick the step before a wrong timer is set.
  s.send(set('reactivatorTimer', v.timerS));
  expect(s.send(set('reactivatorTemp', v.tempC))).toBe(true);
  s.send(set('reactivatorSwitch', 'on'));
  s.send(set('mainSwitch', 'on'));
  expect(s.send(set('pressTime', v.pressTimeS))).toBe(true);
  s.send(set('toeJack', 'medium'));
  s.send(set('heelJack', 'medium'));
  s.advance(REACTIVATOR_WARM_UP_MS);
  return s;
}
/** Heat the cement, lay the sole, press it (MANUAL) and take the shoe off. */
function oneSole(s: Session): Session {
  expect(s.send(set('tray', 'in'))).toBe(true);
  s.advance(ctx(s).reactivatorTimeS * 1000);
  s.send(set('tray', 'out'));
  s.send(press('laySole'));
  s.send(set('shoe', 'onPad'));
  s.send(release('handsZone'));
  expect(s.send(press('start'))).toBe(true);
  s.advance(COVER_CLOSE_MS + PRESSURE_BUILD_MS + ctx(s).pressTimeS * 1000 + EXHAUST_MS + COVER_OPEN_MS);
  expect(s.send(set('shoe', 'removed'))).toBe(true);
  return s;
}

const CASES = [
  { key: 'bar', step: 'setPressure', mistake: 'pressureOffTicket', values: neighbours(WORK_TICKET.regulatorBar, REGULATOR_SETTINGS_BAR) },
  { key: 'pressTimeS', step: 'setPressTime', mistake: 'pressTimeOffTicket', values: neighbours(WORK_TICKET.pressTimeS, PRESS_TIME_SETTINGS_S) },
  { key: 'tempC', step: 'setReactivator', mistake: 'reactivatorTempOffTicket', values: neighbours(WORK_TICKET.reactivatorTempC, REACTIVATOR_TEMP_SETTINGS_C) },
  { key: 'timerS', step: 'setReactivator', mistake: 'reactivatorTimeOffTicket', values: neighbours(WORK_TICKET.reactivatorTimeS, REACTIVATOR_TIME_SETTINGS_S) },
] as const;

describe('sole press: the work ticket', () => {
  it('states knob positions the machine offers, inside the bond windows (so the ticket bonds)', () => {
    expect(REGULATOR_SETTINGS_BAR).toContain(TICKET.bar);
    expect(PRESS_TIME_SETTINGS_S).toContain(TICKET.pressTimeS);
    expect(REACTIVATOR_TEMP_SETTINGS_C).toContain(TICKET.tempC);
    expect(REACTIVATOR_TIME_SETTINGS_S).toContain(TICKET.timerS);
    expect(WORK_TICKET.regulatorBar.min).toBeGreaterThanOrEqual(BOND_MIN_PRESSURE_BAR);
    expect(WORK_TICKET.pressTimeS.min).toBeGreaterThanOrEqual(BOND_MIN_PRESS_S);
    expect(WORK_TICKET.reactivatorTempC.min).toBeGreaterThanOrEqual(FILM_TEMP_MIN_C);
    expect(WORK_TICKET.reactivatorTempC.max).toBeLessThanOrEqual(FILM_TEMP_MAX_C);
    expect(WORK_TICKET.reactivatorTimeS.min).toBeGreaterThanOrEqual(REACTIVATION_MIN_S);
    expect(WORK_TICKET.reactivatorTimeS.max).toBeLessThanOrEqual(REACTIVATION_MAX_S);
  });

  it('the ticket settings tick every setting step and give a good sole with no ticket mistake', () => {
    const s = stationReady();
    for (const step of ['setPressure', 'setPressTime', 'setReactivator']) expect(stepDone(s, step), step).toBe(true);
    oneSole(s);
    expect(ctx(s).goodSoles).toBe(1);
    expect(ticketMistakes(s)).toEqual([]);
  });

  describe.each(CASES)('$key off the ticket', ({ key, step, mistake, values }) => {
    it.each(values)(`%s is not ticked and pressing with it is the mistake ${mistake}`, (value) => {
      const s = stationReady({ [key]: value });
      expect(stepDone(s, step)).toBe(false);
      oneSole(s);
      expect(ticketMistakes(s)).toEqual([mistake]);
      expect(s.mistakes().find((m) => m.id === mistake)?.severity).toBe('minor');
    });
  });

  it('the issue’s case: 4 bar, 60 °C and 10 s bond well enough but are three graded mistakes', () => {
    const s = oneSole(stationReady({ bar: 4, tempC: 60, pressTimeS: 10 }));
    expect(ctx(s).lastBond?.outcome).toBe('good');
    expect(ticketMistakes(s).sort()).toEqual(['pressTimeOffTicket', 'pressureOffTicket', 'reactivatorTempOffTicket']);
    expect(s.score().score).toBeLessThan(100);
    for (const step of ['setPressure', 'setPressTime', 'setReactivator']) expect(stepDone(s, step), step).toBe(false);
  });

  it('a setting turned off the ticket after its tick loses the tick until it is back on the ticket', () => {
    const s = stationReady();
    expect(stepDone(s, 'setPressure')).toBe(true);
    s.send(set('airRegulator', TICKET_PRESSURE_BAR - 1));
    expect(stepDone(s, 'setPressure')).toBe(false);
    s.send(set('airRegulator', TICKET_PRESSURE_BAR));
    expect(stepDone(s, 'setPressure')).toBe(true);
    s.send(set('pressTime', TICKET_PRESS_TIME_S + 5));
    expect(stepDone(s, 'setPressTime')).toBe(false);
  });

  it('hints lead to the ticket values', () => {
    const s = stationReady({ bar: 4, tempC: 60, timerS: 8, pressTimeS: 10 });
    const hints = (id: string) => solePress.procedure.steps.find((st) => st.id === id)!.hints(s.actor.getSnapshot());
    expect(hints('setPressure')).toEqual([set('airRegulator', TICKET.bar)]);
    expect(hints('setPressTime')).toEqual([set('pressTime', TICKET.pressTimeS)]);
    expect(hints('setReactivator')).toEqual([set('reactivatorTemp', TICKET.tempC), set('reactivatorTimer', TICKET.timerS)]);
  });

  it('step and mistake texts show exactly the ticket values, in both languages', () => {
    const id = solePress.messages.id;
    const en = solePress.messages.en;
    expect(id['step.setPressure']).toContain(`(${TICKET.bar} bar)`);
    expect(en['step.setPressure']).toContain(`(${TICKET.bar} bar)`);
    expect(id['step.setPressTime']).toContain(`(${TICKET.pressTimeS} detik)`);
    expect(en['step.setPressTime']).toContain(`(${TICKET.pressTimeS} s)`);
    expect(id['step.setReactivator']).toContain(`(${TICKET.tempC} °C)`);
    expect(id['step.setReactivator']).toContain(`(${TICKET.timerS} detik)`);
    expect(en['step.setReactivator']).toContain(`(${TICKET.tempC} °C)`);
    expect(en['step.setReactivator']).toContain(`(${TICKET.timerS} s)`);
    for (const m of [id, en]) {
      expect(m['mistake.pressureOffTicket.instead']).toContain(`${TICKET.bar} bar`);
      expect(m['mistake.reactivatorTempOffTicket.instead']).toContain(`${TICKET.tempC} °C`);
      // The weak-bond advice points at the ticket, not at a wider range that contradicts it.
      expect(m['mistake.weakBond.instead']).toContain(`${TICKET.bar} bar`);
      expect(m['status.bonded.pressureLow']).toContain(`${TICKET.bar} bar`);
    }
  });

  it('an exam (no step list) states the ticket in its briefing', () => {
    const exams = drillsFor(solePress.id).filter((d) => d.mode === 'exam');
    expect(exams.length).toBeGreaterThan(0);
    for (const d of exams) {
      for (const part of [`${TICKET.bar} bar`, `${TICKET.tempC} °C`, `${TICKET.timerS} detik`, `${TICKET.pressTimeS} detik`]) expect(d.briefing.id, d.id).toContain(part);
      for (const part of [`${TICKET.bar} bar`, `${TICKET.tempC} °C`, `${TICKET.timerS} s`, `${TICKET.pressTimeS} s`]) expect(d.briefing.en, d.id).toContain(part);
    }
  });
});
