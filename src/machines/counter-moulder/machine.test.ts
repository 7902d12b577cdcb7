import { describe, expect, it } from 'vitest';
import { inspect, press, release, setTo as set } from '../../engine/events.ts';
import { createSession, type Session } from '../../engine/session.ts';
import type { CounterMoulderContext } from './chart/types.ts';
import { MOULDS_READY_MS, PAD_CLOSE_MS, PAD_OPEN_MS, TICKET, TRANSFER_WINDOW_MS } from './constants.ts';
import { counterMoulder } from './index.ts';

const ctx = (s: Session) => s.actor.getSnapshot().context as CounterMoulderContext;
const at = (s: Session, v: object) => s.actor.getSnapshot().matches(v as never);
const refusal = (s: Session, e: Parameters<Session['send']>[0]) => counterMoulder.refusal(s.actor.getSnapshot(), e).key;

/** Powered, set to the ticket, both moulds READY, counter in: ready for the hot mould. */
function ready(): Session {
  const s = createSession(counterMoulder, 'free');
  for (const e of [
    set('mainSwitch', 'on'),
    set('heaterSwitch', 'on'),
    set('chillerSwitch', 'on'),
    set('hotTemp', TICKET.hotTempC),
    set('coldTemp', TICKET.coldTempC),
    set('hotDwell', TICKET.hotDwellS),
    set('coldDwell', TICKET.coldDwellS),
    set('airRegulator', TICKET.regulatorBar),
  ])
    expect(s.send(e)).toBe(true);
  s.advance(MOULDS_READY_MS);
  expect(s.send(press('insertCounter'))).toBe(true);
  return s;
}
const both = (s: Session, st: 'hot' | 'cold') => [s.send(press(`${st}Left`)), s.send(press(`${st}Right`))];
const letGo = (s: Session, st: 'hot' | 'cold') => [s.send(release(`${st}Left`)), s.send(release(`${st}Right`))];

/** Hot mould pressed to the end, hands off, pad back: the counter soft on the hot former. */
function softened(s: Session) {
  s.send(set('upper', 'hotMould'));
  both(s, 'hot');
  s.advance(PAD_CLOSE_MS + TICKET.hotDwellS * 1000);
  letGo(s, 'hot');
  s.advance(PAD_OPEN_MS);
  expect(at(s, { work: { softened: 'onHot' }, hot: 'open' })).toBe(true);
}
function coldPress(s: Session) {
  expect(s.send(set('upper', 'coldMould'))).toBe(true);
  both(s, 'cold');
  s.advance(PAD_CLOSE_MS + TICKET.coldDwellS * 1000);
  letGo(s, 'cold');
  s.advance(PAD_OPEN_MS);
}

describe('counter moulder chart', () => {
  it('the ticket and a quick transfer give a good back part', () => {
    const s = ready();
    softened(s);
    coldPress(s);
    expect(ctx(s).lastResult).toEqual({ outcome: 'good', causes: [] });
    expect(s.actor.getSnapshot().hasTag('backPartGood')).toBe(true);
  });

  it('a transfer slower than the window springs back, and taking it off is graded', () => {
    const s = ready();
    softened(s);
    s.advance(TRANSFER_WINDOW_MS);
    coldPress(s);
    expect(ctx(s).lastResult).toEqual({ outcome: 'springback', causes: ['transferSlow'] });
    s.send(set('upper', 'rack'));
    expect(s.mistakes().map((m) => m.id)).toContain('springback');
  });

  it('no cycle below the air setpoint, and the refusal says so', () => {
    const s = ready();
    s.send(set('airRegulator', 3));
    s.send(set('upper', 'hotMould'));
    expect(s.send(press('hotLeft'))).toBe(false);
    expect(refusal(s, press('hotLeft'))).toBe('refusal.airLow');
  });

  it('one button alone never closes the pad; the second after the window is refused too', () => {
    const s = ready();
    s.send(set('upper', 'hotMould'));
    s.send(press('hotLeft'));
    s.advance(600);
    s.send(press('hotRight'));
    expect(s.actor.getSnapshot().hasTag('hazard')).toBe(false);
    expect(at(s, { hot: 'blocked' })).toBe(true);
  });

  it('the over-temperature cut-out stops hot cycles until the heater is off and the controller repaired', () => {
    const s = ready();
    s.send({ type: 'fault.inject', fault: 'overTemp' });
    expect(at(s, { moulds: 'cutOut' })).toBe(true);
    s.send(set('upper', 'hotMould'));
    expect(refusal(s, press('hotLeft'))).toBe('refusal.overTemp');
    expect(s.send(press('repairController'))).toBe(false);
    expect(s.mistakes().map((m) => m.id)).toContain('repairLive');
    s.send(set('heaterSwitch', 'off'));
    expect(s.send(press('repairController'))).toBe(true);
    s.send(set('heaterSwitch', 'on'));
    s.advance(MOULDS_READY_MS);
    expect(s.send(press('hotLeft'))).toBe(true);
  });

  it('reaching for the upper while the hot pad clamps is refused and critical', () => {
    const s = ready();
    s.send(set('upper', 'hotMould'));
    both(s, 'hot');
    s.advance(PAD_CLOSE_MS);
    letGo(s, 'hot');
    expect(s.send(inspect('counter'))).toBe(false);
    expect(s.mistakes().find((m) => m.id === 'reachIntoPad')?.severity).toBe('critical');
  });

  it('the e-stop opens a closed pad, and the back part is not closed', () => {
    const s = ready();
    s.send(set('upper', 'hotMould'));
    both(s, 'hot');
    s.advance(PAD_CLOSE_MS);
    s.send(press('estop'));
    expect(s.actor.getSnapshot().hasTag('hazard')).toBe(false);
    expect(ctx(s).hot?.complete).toBe(false);
  });
});

describe('counter moulder hints', () => {
  it('a counter that slips while the hot buttons are down: the hints let go, centre it, and mould a good back part', () => {
    const s = createSession(counterMoulder, 'guided');
    let slipped = false;
    for (let i = 0; i < 200 && s.outcome().status === 'running'; i++) {
      if (!slipped && at(s, { hot: 'firstPressed' })) {
        s.send({ type: 'fault.inject', fault: 'counterOffCentre' }, 'trainer');
        slipped = true;
      }
      const [next] = s.hints();
      if (next) s.send(next);
      else if (s.pendingWait() !== null) s.skipWait();
      else break;
    }
    expect(slipped).toBe(true);
    expect(s.outcome().status).toBe('complete');
    expect(ctx(s).goodBackParts).toBe(1);
  });
});
