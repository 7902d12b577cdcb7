import type { Session } from '../session.ts';

export interface RealTimeDriver {
  /** Brings the session clock up to real time (call before sending an event). */
  sync(): void;
  /** Starts the frame loop if a timer is waiting. */
  kick(): void;
  setPaused(paused: boolean): void;
  stop(): void;
}

/**
 * Drives a session's clock from the browser's real time. The loop runs only while a procedure
 * timer is pending; between timers the clock catches up on the next `sync`, so idle screens cost
 * nothing and event times stay true.
 */
export function startRealTimeDriver(session: Session, now: () => number = () => performance.now()): RealTimeDriver {
  let last = now();
  let frame = 0;
  let paused = false;
  let carry = 0;
  const sync = () => {
    const t = now();
    // Whole milliseconds keep logs small and exact; the fraction carries to the next sync.
    // Cap one jump so a tab that slept does not fire a whole procedure at once.
    const elapsed = Math.min(t - last, 1000) + carry;
    const whole = Math.floor(elapsed);
    carry = elapsed - whole;
    if (!paused && whole > 0) session.advance(whole);
    last = t;
  };
  const loop = () => {
    sync();
    frame = session.clock.nextDueIn() === null || paused ? 0 : requestAnimationFrame(loop);
  };
  const kick = () => {
    if (!frame && !paused && session.clock.nextDueIn() !== null) frame = requestAnimationFrame(loop);
  };
  return {
    sync,
    kick,
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
