import type { Driveable } from '../driveable.ts';

export type { Driveable } from '../driveable.ts';

export interface RealTimeDriver {
  /** Brings the clock up to real time, or to `at` (an input event's time) if given (call before sending an event). */
  sync(at?: number): void;
  /** Starts the frame loop if a timer or deadline is waiting. */
  kick(): void;
  setPaused(paused: boolean): void;
  readonly paused: boolean;
  stop(): void;
}

/**
 * Drives a session's clock from the browser's real time. The loop runs only while a procedure
 * timer or a deadline is pending; otherwise the clock catches up on the next `sync`, so idle
 * screens cost nothing and event times stay true. Paused, the clock stands still.
 */
export function startRealTimeDriver(target: Driveable, now: () => number = () => performance.now()): RealTimeDriver {
  let last = now();
  let frame = 0;
  let paused = false;
  let carry = 0;
  const waiting = () => target.pendingWait() !== null || target.deadlineIn() !== null;
  const sync = (at?: number) => {
    // An input handled late counts at its own time; never before what the clock already passed.
    const t = at === undefined ? now() : Math.max(last, Math.min(at, now()));
    // Whole milliseconds keep logs small and exact; the fraction carries to the next sync.
    // Cap one jump so a tab that slept does not fire a whole procedure at once.
    const elapsed = Math.min(t - last, 1000) + carry;
    const whole = Math.floor(elapsed);
    carry = elapsed - whole;
    if (!paused && whole > 0) target.advance(whole);
    last = t;
  };
  const loop = () => {
    sync();
    frame = !waiting() || paused ? 0 : requestAnimationFrame(loop);
  };
  const kick = () => {
    if (!frame && !paused && waiting()) frame = requestAnimationFrame(loop);
  };
  return {
    sync,
    kick,
    get paused() {
      return paused;
    },
    setPaused(p) {
      sync();
      paused = p;
      if (!p) kick();
    },
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
