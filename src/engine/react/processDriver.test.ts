import { describe, expect, it } from 'vitest';
import { FEED_MM_PER_S, handworkFixture, type StripState } from '../../../tests/support/fixtures/handworkFixture.ts';
import { createSession } from '../session.ts';
import { startRealTimeDriver, type Frames } from './realTimeDriver.ts';

/** Frames the test runs by hand, every 20 ms of fake real time. */
function fakeFrames() {
  let now = 0;
  const queued = new Map<number, () => void>();
  let next = 1;
  const frames: Frames = {
    request(cb) {
      queued.set(next, cb);
      return next++;
    },
    cancel: (id) => queued.delete(id),
  };
  return {
    frames,
    now: () => now,
    pending: () => queued.size,
    idle(ms: number) {
      now += ms;
    },
    pass(ms: number) {
      for (const end = now + ms; now < end; ) {
        now = Math.min(end, now + 20);
        const due = [...queued.values()];
        queued.clear();
        due.forEach((cb) => cb());
      }
    },
  };
}

describe('real-time driver with continuous handwork', () => {
  it('keeps the frame loop running while the process is active (no chart timer needed), and stops it when the pedal is released', () => {
    const page = fakeFrames();
    const session = createSession({ ...handworkFixture, longWaits: undefined }, 'free');
    // Seen without its chart timers (the strip timeout): only the process can keep the loop going.
    const driver = startRealTimeDriver({ ...session, pendingWait: () => null }, { now: page.now, frames: page.frames, visibility: null });
    const send = (e: Parameters<typeof session.send>[0]) => {
      driver.sync();
      session.send(e);
      driver.kick();
    };
    send({ type: 'user.set', control: 'motor', value: 'on' });
    page.idle(3000);
    send({ type: 'user.press', control: 'strip' });
    expect(page.pending()).toBe(0);
    send({ type: 'user.adjust', control: 'treadle', value: 0.5 });
    expect(session.processActive()).toBe(true);
    expect(page.pending()).toBe(1);
    page.pass(1000);
    expect((session.process() as StripState).fedMm).toBeCloseTo(0.5 * FEED_MM_PER_S, 9);
    send({ type: 'user.adjust', control: 'treadle', value: 0 });
    expect(session.processActive()).toBe(false);
    page.pass(100);
    expect(page.pending()).toBe(0);
    driver.stop();
  });
});
