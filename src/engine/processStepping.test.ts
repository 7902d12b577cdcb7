import { describe, expect, it } from 'vitest';
import { FEED_MM_PER_S, handworkFixture, SPIN_UP_MS, STEP_MS, STRIP_MM, STRIP_TIMEOUT_MS, type StripState } from '../../tests/support/fixtures/handworkFixture.ts';
import { press, setTo } from './events.ts';
import type { GladiEvent } from './gladiEvent.ts';
import { seededRandom } from './random.ts';
import { replayLog } from './replay.ts';
import { createSession, type Session } from './session.ts';

const adjust = (control: string, value: number): GladiEvent => ({ type: 'user.adjust', control, value });
const strip = (s: Session) => s.process() as StripState;
const loggedEvents = (s: Session) => s.log().entries.flatMap((e) => (e.kind === 'event' ? [e] : []));

/** Motor on, spun up, a strip under the knife: the process waits for the treadle. */
function atStrip(module = handworkFixture, mode: 'free' | 'exam' = 'free', timeLimitMs?: number): Session {
  const s = createSession(module, { mode, ...(timeLimitMs !== undefined ? { timeLimitMs } : {}) });
  s.send(setTo('motor', 'on'));
  s.skipWait();
  s.send(press('strip'));
  return s;
}

/** Everything a replay must reproduce, as one comparable value. */
const outcomeOf = (s: Session) => ({
  value: s.actor.getSnapshot().value,
  context: s.actor.getSnapshot().context,
  process: s.process(),
  steps: s.processSteps(),
  inputs: s.inputs(),
  mistakes: s.mistakes(),
  outcome: s.outcome(),
  now: s.clock.now(),
});

describe('continuous inputs in the session', () => {
  it('start at initial, else rest, else min', () => {
    expect(createSession(handworkFixture).inputs()).toEqual({ treadle: 0, guideOffset: 0 });
  });

  it('an adjust is rounded to the step and clamped to the range before it is logged, and moves the input', () => {
    const s = createSession(handworkFixture);
    const sent: [number, number][] = [
      [0.337, 0.35],
      [7, 1],
      [-1, 0],
      [0.1 + 0.2, 0.3],
    ];
    for (const [value, logged] of sent) {
      expect(s.send(adjust('treadle', value))).toBe(true);
      expect(loggedEvents(s).at(-1)?.event).toEqual(adjust('treadle', logged));
      expect(s.inputs().treadle).toBe(logged);
    }
    s.send(adjust('guideOffset', -0.04));
    expect(Object.is(s.inputs().guideOffset, 0)).toBe(true);
    s.send(adjust('guideOffset', 1.26));
    expect(s.inputs().guideOffset).toBe(1.3);
  });

  it('an adjust of a control that is not continuous is refused and logged as refused; a non-number is not logged at all', () => {
    const s = createSession(handworkFixture);
    const before = s.actor.getSnapshot().value;
    expect(s.send(adjust('motor', 1))).toBe(false);
    expect(s.send(adjust('nothing', 1))).toBe(false);
    expect(loggedEvents(s).map((e) => [e.event, e.accepted])).toEqual([
      [adjust('motor', 1), false],
      [adjust('nothing', 1), false],
    ]);
    expect(s.send(adjust('treadle', Number.NaN))).toBe(false);
    expect(s.send(adjust('treadle', Infinity))).toBe(false);
    expect(loggedEvents(s)).toHaveLength(2);
    expect(s.inputs()).toEqual({ treadle: 0, guideOffset: 0 });
    expect(s.actor.getSnapshot().value).toEqual(before);
  });
});

describe('process stepping on the session clock', () => {
  it('feeds while the treadle is down and the chart has a strip, at the model rate', () => {
    const s = atStrip();
    expect(s.processActive()).toBe(false);
    s.advance(1000);
    expect(strip(s).fedMm).toBe(0);
    s.send(adjust('treadle', 0.5));
    expect(s.processActive()).toBe(true);
    s.advance(1000);
    expect(strip(s).fedMm).toBeCloseTo(0.5 * FEED_MM_PER_S, 9);
    expect(s.processSteps()).toBe(1000 / STEP_MS);
    s.send(adjust('treadle', 0));
    s.advance(5000);
    expect(strip(s).fedMm).toBeCloseTo(0.5 * FEED_MM_PER_S, 9);
  });

  it('the same log gives the same result however the advances are split', () => {
    const script: [number, GladiEvent][] = [
      [0, setTo('motor', 'on')],
      [SPIN_UP_MS + 130, press('strip')],
      [SPIN_UP_MS + 401, adjust('treadle', 0.35)],
      [SPIN_UP_MS + 977, adjust('guideOffset', 1.4)],
      [SPIN_UP_MS + 1989, adjust('treadle', 0.8)],
      [SPIN_UP_MS + 2003, adjust('guideOffset', 0.2)],
      [SPIN_UP_MS + 4100, adjust('treadle', 0)],
      [SPIN_UP_MS + 9000, press('strip')],
    ];
    const end = SPIN_UP_MS + 12_000;
    const run = (seed: number | null) => {
      const rand = seed === null ? null : seededRandom(seed);
      const s = createSession(handworkFixture);
      const moveTo = (t: number) => {
        while (s.clock.now() < t) s.advance(rand ? Math.min(t - s.clock.now(), 1 + Math.floor(rand() * 97)) : t - s.clock.now());
      };
      for (const [t, e] of script) {
        moveTo(t);
        s.send(e);
      }
      moveTo(end);
      return s;
    };
    const whole = run(null);
    expect(whole.mistakes().map((m) => m.id)).toEqual(['raggedEdge']);
    expect(whole.actor.getSnapshot().context.stripsDone).toBe(1);
    for (const seed of [1, 2, 3, 4, 5]) expect(outcomeOf(run(seed)), `split by seed ${seed}`).toEqual(outcomeOf(whole));
    expect(outcomeOf(replayLog(handworkFixture, whole.log()))).toEqual(outcomeOf(whole));
  });

  it('process steps are no pending wait: only chart timers are', () => {
    const s = atStrip();
    s.send(adjust('treadle', 0.05));
    expect(s.processActive()).toBe(true);
    expect(s.pendingWait()).toBe(STRIP_TIMEOUT_MS);
    s.advance(STEP_MS * 3 + 7);
    expect(s.pendingWait()).toBe(STRIP_TIMEOUT_MS - STEP_MS * 3 - 7);
  });

  it('a running process is never offered for fast-forward', () => {
    const anyWait = { ...handworkFixture, longWaits: undefined };
    const s = atStrip(anyWait);
    expect(s.canSkip()).toBe(true);
    s.send(adjust('treadle', 0.5));
    expect(s.canSkip()).toBe(false);
    s.send(adjust('treadle', 0));
    expect(s.canSkip()).toBe(true);
  });

  it('a process that runs on its own (unattended: a tank heating) does not hold back a long wait', () => {
    const model = handworkFixture.process;
    if (!model) throw new Error('the fixture has a process');
    const s = atStrip({ ...handworkFixture, longWaits: undefined, process: { ...model, unattended: true } });
    s.send(adjust('treadle', 0.5));
    expect(s.processActive()).toBe(true);
    expect(s.canSkip()).toBe(true);
  });

  it('skipping a wait while the process runs steps the process over the skipped time, as waiting would', () => {
    const skipped = atStrip();
    const waited = atStrip();
    for (const s of [skipped, waited]) s.send(adjust('treadle', 0.5));
    expect(skipped.skipWait()).toBe(STRIP_TIMEOUT_MS);
    waited.advance(STRIP_TIMEOUT_MS);
    expect(strip(skipped).fedMm).toBe(STRIP_MM);
    // The strip was done long before the timeout: the chart never stalled.
    expect(skipped.actor.getSnapshot().matches({ on: 'done' })).toBe(true);
    expect(outcomeOf(skipped)).toEqual(outcomeOf(waited));
    expect(outcomeOf(replayLog(handworkFixture, skipped.log()))).toEqual(outcomeOf(skipped));
  });

  it('signals reach the chart and mistake detection, are never logged, and listeners hear once per advance', () => {
    const s = atStrip();
    s.send(adjust('guideOffset', 2));
    s.send(adjust('treadle', 1));
    const entries = s.log().entries.length;
    let heard = 0;
    s.subscribe(() => heard++);
    s.advance(10_000);
    expect(heard).toBe(1);
    expect(s.actor.getSnapshot().matches({ on: 'done' })).toBe(true);
    expect(s.mistakes().map((m) => [m.id, m.t, m.entry])).toEqual([['raggedEdge', (STRIP_MM / FEED_MM_PER_S) * 1000 + SPIN_UP_MS, entries - 1]]);
    expect(s.log().entries).toHaveLength(entries);
    s.advance(10_000);
    expect(heard).toBe(1);
  });

  it('reset runs after accepted events: a new strip starts a fresh measurement, an adjust mid-feed does not', () => {
    const s = atStrip();
    s.send(adjust('treadle', 0.5));
    s.advance(1000);
    s.send(adjust('guideOffset', 0.5));
    s.advance(1000);
    expect(strip(s)).toMatchObject({ stripId: 1, fedMm: 50, worstOffsetMm: 0.5 });
    s.advance(5000);
    s.send(press('strip'));
    s.send(press('strip'));
    expect(strip(s)).toEqual({ stripId: 2, fedMm: 0, worstOffsetMm: 0 });
  });

  it('stands still while paused and once the session is over (an exam timed out mid-feed)', () => {
    const s = atStrip(handworkFixture, 'exam', SPIN_UP_MS + 1000);
    s.send(adjust('treadle', 0.5));
    s.pause('trainer');
    s.advance(500);
    expect(strip(s).fedMm).toBe(0);
    expect(s.processActive()).toBe(false);
    s.resume(500);
    s.advance(5000);
    expect(s.outcome()).toMatchObject({ status: 'failed', reason: 'timeout' });
    expect(strip(s).fedMm).toBeCloseTo(0.5 * FEED_MM_PER_S, 9);
    expect(s.processActive()).toBe(false);
  });

  it('the module explains the measured work for the debrief from the process state (defineMachine passes it typed)', () => {
    const s = atStrip();
    s.send(adjust('guideOffset', 1.5));
    s.send(adjust('treadle', 1));
    s.advance(3000);
    expect(handworkFixture.explainProcess?.(s.process(), s.actor.getSnapshot())).toEqual([{ key: 'debrief.worst', tone: 'warn', params: { mm: 1.5 } }]);
  });

  it('a session is the Driveable real time drives, with its own deadlines', () => {
    const s = atStrip(handworkFixture, 'exam', 60_000);
    expect(s.session).toBe(s);
    expect(s.deadlines()).toEqual([{ kind: 'exam', at: 60_000 }]);
    expect(createSession(handworkFixture).deadlines()).toEqual([]);
  });
});
