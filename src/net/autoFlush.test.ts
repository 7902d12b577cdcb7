import { describe, expect, it } from 'vitest';
import type { Outbox } from '../records/outbox/outbox.ts';
import type { FlushReport } from '../records/outbox/types.ts';
import { startAutoFlush } from './autoFlush.ts';

/** An outbox that answers each flush with the next scripted report, and records whether it was forced. */
function scriptedOutbox(reports: Partial<FlushReport>[]) {
  const flushes: boolean[] = [];
  const outbox = {
    flush: async (o?: { force?: boolean }) => {
      flushes.push(o?.force === true);
      return { sent: [], rejected: [], pending: 0, outcome: 'done', ...reports.shift() } as FlushReport;
    },
  } as unknown as Outbox;
  return { outbox, flushes };
}

function harness(reports: Partial<FlushReport>[]) {
  const { outbox, flushes } = scriptedOutbox(reports);
  const events = new EventTarget();
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const auto = startAutoFlush(outbox, {
    events,
    now: () => 1_000,
    intervalMs: 300_000,
    setTimer: (run, ms) => timers.push({ run, ms, cleared: false }) - 1,
    clearTimer: (h) => void (timers[h as number]!.cleared = true),
  });
  const live = () => timers.filter((t) => !t.cleared);
  // A macrotask turn: every promise the flush chained has settled by then (no wall-clock wait).
  const settle = () => new Promise<void>((r) => setImmediate(r));
  return { auto, events, timers, live, flushes, settle };
}

describe('auto-flush', () => {
  it('flushes at start, then on the backoff timer, and forced on `online`', async () => {
    const h = harness([{ outcome: 'retryScheduled', retryAt: 6_000 }, { outcome: 'done' }]);
    expect(h.live().map((t) => t.ms)).toEqual([0]);
    h.live()[0]!.run();
    await h.settle();
    expect(h.flushes).toEqual([false]);
    expect(h.live().map((t) => t.ms)).toEqual([5_000]);
    h.events.dispatchEvent(new Event('online'));
    await h.settle();
    expect(h.flushes).toEqual([false, true]);
    expect(h.live().map((t) => t.ms)).toEqual([300_000]);
    h.auto.stop();
    expect(h.live()).toEqual([]);
    h.events.dispatchEvent(new Event('online'));
    await h.settle();
    expect(h.flushes.length).toBe(2);
  });

  it('after 401/403 it stops retrying until flushNow (new settings)', async () => {
    const h = harness([{ outcome: 'unauthorised', httpStatus: 401 }, { outcome: 'done' }]);
    h.live()[0]!.run();
    await h.settle();
    expect(h.live()).toEqual([]);
    h.events.dispatchEvent(new Event('online'));
    h.auto.nudge();
    await h.settle();
    expect(h.flushes).toEqual([false]);
    expect((await h.auto.flushNow()).outcome).toBe('done');
    expect(h.flushes).toEqual([false, true]);
    h.auto.nudge();
    await h.settle();
    expect(h.flushes).toEqual([false, true, false]);
    expect(h.live().map((t) => t.ms)).toEqual([300_000]);
    h.auto.stop();
  });
});
