import { describe, expect, it } from 'vitest';
import { press, setTo as set } from '../../engine/events.ts';
import { createSession, type Session } from '../../engine/session.ts';
import { drillsFor } from '../../scenarios/bundled.ts';
import { clickingPress } from './index.ts';
import { stroke } from './testSessions.ts';
import {
  CUT_THROUGH_NOTCH,
  DIES,
  PRESSURE_SETTINGS_T,
  PUMP_PRESSURE_BUILD_MS,
  WORK_TICKET,
} from './constants.ts';

/** The settings mistakes this file is about (others, such as skipped checks, are not its business). */
const SETTING_MISTAKES = ['forceAboveTicket', 'incompleteCut', 'deepBoardCut', 'wrongDie'];
const TICKET_T = WORK_TICKET.pressureT.min;
const BELOW_T = PRESSURE_SETTINGS_T.filter((t) => t < WORK_TICKET.pressureT.min);
const ABOVE_T = PRESSURE_SETTINGS_T.filter((t) => t > WORK_TICKET.pressureT.max);

const stepDone = (s: Session, id: string) => s.steps().find((st) => st.id === id)?.done;
const settingMistakes = (s: Session) => s.mistakes().map((m) => m.id).filter((id) => SETTING_MISTAKES.includes(id));

/** Pump running, the ticket's die on work leather at the cut-through depth, force as given. */
function setUp(pressureT: number): Session {
  const s = createSession(clickingPress);
  s.send(set('mainSwitch', 'on'));
  s.send(press('pumpStart'));
  s.advance(PUMP_PRESSURE_BUILD_MS);
  s.send(set('die', WORK_TICKET.die));
  s.send(set('material', 'leather'));
  s.send(set('hideSide', 'grainUp'));
  s.send(set('diePlace', 'clear'));
  s.send(set('depth', CUT_THROUGH_NOTCH));
  expect(s.send(set('pressure', pressureT))).toBe(true);
  return s;
}
/** One two-hand stroke, then the part taken off (where a cut is judged). */
function strokeAndTake(s: Session): Session {
  stroke(s);
  expect(s.send(press('removePart'))).toBe(true);
  return s;
}

describe('clicking press: the work ticket', () => {
  it('states a force the selector offers, enough for the ticket die to cut through', () => {
    expect(PRESSURE_SETTINGS_T).toContain(TICKET_T);
    expect(WORK_TICKET.pressureT.min).toBeGreaterThanOrEqual(DIES[WORK_TICKET.die].requiredT);
    expect(WORK_TICKET.pressureT.max).toBeGreaterThanOrEqual(WORK_TICKET.pressureT.min);
    expect(BELOW_T.length).toBeGreaterThan(0);
    expect(ABOVE_T.length).toBeGreaterThan(0);
  });

  it('the ticket force ticks the step and cuts the work clean with no mistake', () => {
    const s = setUp(TICKET_T);
    expect(stepDone(s, 'setPressure')).toBe(true);
    strokeAndTake(s);
    expect(snapContext(s).goodParts).toBe(1);
    expect(settingMistakes(s)).toEqual([]);
  });

  it.each(BELOW_T)('%i t (below the ticket) is not ticked and the cut is incomplete', (t) => {
    const s = setUp(t);
    expect(stepDone(s, 'setPressure')).toBe(false);
    strokeAndTake(s);
    expect(snapContext(s).goodParts).toBe(0);
    expect(settingMistakes(s)).toEqual(['incompleteCut']);
  });

  it.each(ABOVE_T)('%i t (above the ticket) is not ticked and the stroke wears board and die: a major mistake', (t) => {
    const s = setUp(t);
    expect(stepDone(s, 'setPressure')).toBe(false);
    strokeAndTake(s);
    expect(settingMistakes(s)).toEqual(['forceAboveTicket']);
    expect(s.mistakes().find((m) => m.id === 'forceAboveTicket')?.severity).toBe('major');
  });

  it('the hint for the force leads to the ticket value', () => {
    const s = setUp(ABOVE_T[ABOVE_T.length - 1]!);
    const step = clickingPress.procedure.steps.find((st) => st.id === 'setPressure')!;
    expect(step.hints(s.actor.getSnapshot())).toEqual([set('pressure', TICKET_T)]);
  });

  it('the step and the mistake show exactly the ticket force; the depth stays off the ticket', () => {
    const id = clickingPress.messages.id;
    const en = clickingPress.messages.en;
    expect(id['step.setPressure']).toContain(`(${TICKET_T} ton)`);
    expect(en['step.setPressure']).toContain(`(${TICKET_T} t)`);
    for (const m of [id, en]) {
      expect(m['mistake.forceAboveTicket']).toContain(String(TICKET_T));
      expect(m['mistake.forceAboveTicket.instead']).toContain(String(TICKET_T));
    }
    expect(Object.keys(WORK_TICKET)).not.toContain('depthNotch');
  });

  it('an exam (no step list) states the ticket in its briefing', () => {
    const exams = drillsFor(clickingPress.id).filter((d) => d.mode === 'exam');
    expect(exams.length).toBeGreaterThan(0);
    for (const d of exams) {
      expect(d.briefing.id, d.id).toContain(`${TICKET_T} ton`);
      expect(d.briefing.en, d.id).toContain(`${TICKET_T} t`);
    }
  });
});

function snapContext(s: Session) {
  return s.actor.getSnapshot().context as { goodParts: number };
}
