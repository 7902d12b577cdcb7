/** The scheduler interface XState's actor system takes as `clock`. */
export interface Clock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

interface Timer {
  readonly id: number;
  readonly due: number;
  readonly fn: () => void;
}

/**
 * The one clock of a session. XState schedules every delay through it; nothing else keeps
 * procedure time. Time only moves when `advance` is called: by a real-time driver in the app,
 * by `clock.advance(ms)` in tests, or by a fast-forward to the next pending timer.
 */
export class ManualClock implements Clock {
  private timers: Timer[] = [];
  private nextId = 1;
  private time = 0;

  now(): number {
    return this.time;
  }

  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = this.nextId++;
    this.timers.push({ id, due: this.time + Math.max(0, timeout), fn: () => fn() });
    return id;
  }

  clearTimeout(id: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== id);
  }

  /** Milliseconds until the earliest pending timer, or null when nothing is waiting. */
  nextDueIn(): number | null {
    if (this.timers.length === 0) return null;
    return Math.min(...this.timers.map((t) => t.due)) - this.time;
  }

  /** Moves time forward, firing due timers in order (timers scheduled while firing are honoured). */
  advance(ms: number): void {
    const end = this.time + Math.max(0, ms);
    for (;;) {
      const next = this.earliestDue(end);
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.due;
      next.fn();
    }
    this.time = end;
  }

  /** Moves time to `t` (must not go backwards). */
  advanceTo(t: number): void {
    this.advance(t - this.time);
  }

  private earliestDue(limit: number): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers) {
      if (t.due <= limit && (!best || t.due < best.due || (t.due === best.due && t.id < best.id))) best = t;
    }
    return best;
  }
}
