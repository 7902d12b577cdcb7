import { describe, expect, it } from 'vitest';
import { testPress as m } from '../../../tests/support/fixtures/testPress/index.ts';
import type { GladiEvent } from '../machineModule.ts';
import { replayLog } from '../replay.ts';
import { parseRecord, toRecord } from '../../records/sessionRecord.ts';
import { recordResults } from '../recordResults.ts';
import { createSession, type Session } from '../session.ts';
import { nextWakeMs, SECOND_MS, startRealTimeDriver, type Frames, type Timers, type Visibility } from './realTimeDriver.ts';

const set = (control: string, value: string): GladiEvent => ({ type: 'user.set', control, value });
const press = (control: string): GladiEvent => ({ type: 'user.press', control });
const MIN = 60_000;

/** A page whose real time, visibility and animation frames the test moves by hand. */
function fakePage() {
  let now = 0;
  let hidden = false;
  const listeners = new Set<() => void>();
  const queued = new Map<number, () => void>();
  const sleeping = new Map<number, { at: number; cb: () => void }>();
  let next = 1;
  let framesAsked = 0;
  let wakes = 0;
  const visibility: Visibility = {
    hidden: () => hidden,
    onChange(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const frames: Frames = {
    request(cb) {
      framesAsked++;
      queued.set(next, cb);
      return next++;
    },
    cancel: (id) => queued.delete(id),
  };
  const timers: Timers = {
    after(cb, ms) {
      sleeping.set(next, { at: now + ms, cb });
      return next++;
    },
    cancel: (id) => sleeping.delete(id),
  };
  return {
    visibility,
    frames,
    timers,
    now: () => now,
    /** Animation frames asked for, and timer wake-ups fired, so far. */
    framesAsked: () => framesAsked,
    wakes: () => wakes,
    /**
     * Real time passes with the page showing a frame every `frameMs` (none while hidden, as in
     * browsers); a timer wakes at its own time.
     */
    pass(ms: number, frameMs = 1000) {
      const end = now + ms;
      let nextFrame = now + frameMs;
      while (now < end) {
        const nextTimer = Math.min(...[...sleeping.values()].map((t) => t.at));
        now = Math.min(end, nextFrame, nextTimer);
        for (const [id, t] of [...sleeping]) {
          if (t.at > now) continue;
          sleeping.delete(id);
          wakes++;
          t.cb();
        }
        if (now < nextFrame) continue;
        nextFrame = now + frameMs;
        if (hidden) continue;
        const due = [...queued];
        queued.clear();
        due.forEach(([, cb]) => cb());
      }
    },
    idle(ms: number) {
      now += ms;
    },
    setHidden(h: boolean) {
      hidden = h;
      listeners.forEach((l) => l());
    },
    listening: () => listeners.size,
  };
}

function live(session: Session, page: ReturnType<typeof fakePage>) {
  const driver = startRealTimeDriver(session, page);
  driver.kick();
  const send = (e: GladiEvent) => {
    driver.sync();
    const accepted = session.send(e);
    driver.kick();
    return accepted;
  };
  return { driver, send };
}

describe('real-time driver', () => {
  it('a 10-minute idle gap moves the session clock 10 minutes, and the log ends there', () => {
    const page = fakePage();
    const session = createSession(m, 'free');
    const { send, driver } = live(session, page);
    page.idle(10 * MIN);
    send(set('mainSwitch', 'on'));
    expect(session.log().entries.at(-1)?.t).toBe(10 * MIN);
    page.idle(2 * MIN);
    driver.end();
    expect(session.log().endT).toBe(12 * MIN);
  });

  it('timers that fell due during a long gap fire at their own times', () => {
    const page = fakePage();
    const session = createSession(m, 'free');
    const { send, driver } = live(session, page);
    send(set('mainSwitch', 'on'));
    send(press('start'));
    expect(session.pendingWait()).not.toBeNull();
    page.idle(5 * MIN);
    driver.sync();
    expect(session.clock.now()).toBe(5 * MIN);
    expect(session.actor.getSnapshot().hasTag('ready')).toBe(true);
    expect(session.pendingWait()).toBeNull();
  });

  it('hiding the page pauses: no timer fires, no exam time runs, every control is refused, the log has the pause', () => {
    const page = fakePage();
    const session = createSession(m, { mode: 'exam', timeLimitMs: 15 * MIN });
    const { send, driver } = live(session, page);
    send(set('mainSwitch', 'on'));
    page.pass(200, 50);
    send(press('start'));
    const wait = session.pendingWait();
    expect(wait).toBeGreaterThan(100);
    page.pass(100, 50);
    page.setHidden(true);
    const pausedAt = session.clock.now();
    expect(pausedAt).toBe(300);
    expect(session.paused()).toBe('hidden');
    page.pass(20 * MIN); // longer than the motor run-up and the exam limit together
    page.setHidden(false);
    page.pass(MIN);
    // Coming back leaves it paused (shown as paused) until the trainee continues.
    expect(driver.paused).toBe(true);
    expect(session.clock.now()).toBe(pausedAt);
    expect(session.deadlineIn()).toBe(15 * MIN - pausedAt);
    expect(session.actor.getSnapshot().hasTag('ready')).toBe(false);
    const entries = session.log().entries.length;
    expect(send(press('estop'))).toBe(false);
    expect(session.skipWait()).toBe(0);
    expect(session.log().entries).toHaveLength(entries);

    driver.resume();
    expect(session.log().entries.slice(-2)).toEqual([
      { t: pausedAt, kind: 'pause', reason: 'hidden' },
      { t: pausedAt, kind: 'resume', pausedMs: 21 * MIN },
    ]);
    expect(session.pausedMs()).toBe(21 * MIN);
    page.pass(wait! - 100 + 50, 50);
    expect(session.actor.getSnapshot().hasTag('ready')).toBe(true);
    expect(session.outcome().status).toBe('running');
  });

  it('a trainer pause holds until resumed; the replay of the log reaches the same state and log', () => {
    const page = fakePage();
    const session = createSession(m, 'free');
    const { send, driver } = live(session, page);
    send(set('mainSwitch', 'on'));
    page.idle(3000);
    driver.pause('trainer');
    page.idle(MIN);
    expect(send(press('start'))).toBe(false);
    driver.resume();
    page.idle(2000);
    send(press('start'));
    page.pass(10_000);
    driver.sync();
    expect(session.clock.now()).toBe(15_000);
    const replay = replayLog(m, session.log());
    expect(replay.log()).toEqual(session.log());
    expect(replay.actor.getSnapshot().value).toEqual(session.actor.getSnapshot().value);
    expect(replay.pausedMs()).toBe(MIN);
  });

  it('ending closes an open pause first and logs the end; the clock stands still after', () => {
    const page = fakePage();
    const session = createSession(m, 'free');
    const { driver } = live(session, page);
    page.idle(26_000);
    page.setHidden(true);
    page.idle(5000);
    page.setHidden(false);
    driver.end();
    expect(session.log().entries).toEqual([
      { t: 26_000, kind: 'pause', reason: 'hidden' },
      { t: 26_000, kind: 'resume', pausedMs: 5000 },
      { t: 26_000, kind: 'end' },
    ]);
    expect(session.outcome()).toEqual({ status: 'ended', t: 26_000 });
    expect(session.verdict().kind).toBe('notFinished');
    expect(page.listening()).toBe(0);
    // A record with pauses and an end reads back as it was written.
    const read = parseRecord('r.json', JSON.stringify(toRecord(session.log(), recordResults(session), 'Siti', '2026-12-01T10:00:00Z')), [m], []);
    expect(read).toMatchObject({ ok: true, record: { log: session.log() } });
    expect(replayLog(m, session.log()).outcome()).toEqual(session.outcome());
  });

  it('a page already hidden when the session starts begins paused', () => {
    const page = fakePage();
    page.setHidden(true);
    const session = createSession(m, 'free');
    live(session, page);
    expect(session.paused()).toBe('hidden');
  });

  it('an exam left idle asks for no animation frames, wakes once a second (its countdown), and still ends on time', () => {
    const page = fakePage();
    const session = createSession(m, { mode: 'exam', timeLimitMs: MIN });
    live(session, page);
    page.pass(MIN / 2, 16); // a page drawing at 60 Hz for half a minute
    expect(page.framesAsked()).toBe(0);
    expect(page.wakes()).toBeLessThanOrEqual(MIN / 2 / SECOND_MS + 1);
    expect(session.clock.now()).toBe(MIN / 2);
    page.pass(MIN / 2 + 1, 16);
    expect(session.outcome()).toMatchObject({ status: 'failed', reason: 'timeout', t: MIN });
  });

  it('wakes for the next thing on screen: a countdown\'s next whole second or a timer due sooner', () => {
    expect(nextWakeMs([60_000])).toBe(SECOND_MS);
    expect(nextWakeMs([59_250])).toBe(250); // 59.25 s shows "60"; at 59 s it shows "59"
    expect(nextWakeMs([59_250, 120])).toBe(120);
    expect(nextWakeMs([0])).toBe(1);
    expect(nextWakeMs([])).toBe(SECOND_MS);
  });
});
