import type { ContinuousRange } from '../engine/continuous.ts';
import { initialValue, quantize } from '../engine/continuousControls.ts';

/**
 * At most one `user.adjust` per control per this many ms (5 Hz): a hand on a treadle moves far
 * more often than that, and every adjust is logged, so the log of an hour of handwork stays small.
 */
export const SAMPLE_INTERVAL_MS = 200;

/**
 * A raw value (from a drag, a slider, a key) as the session will log it: rounded to the step and
 * clamped, exactly as the session does (a hand that did not move a whole step sends nothing).
 */
export const roundToRange = (range: ContinuousRange, raw: number): number => quantize(range, raw) ?? initialValue(range);

export interface ContinuousSampler {
  /** The hand moved the control to `raw` at `at` (the input event's timeStamp). */
  move(raw: number, at: number): void;
  /** The hand let go: a control with a rest position springs back there, sent at once. */
  release(at: number): void;
  /** Sends the pending value if its interval is over; call at or after `dueAt()`. */
  flush(at: number): void;
  /** When the pending value may be sent, or null when nothing is pending. */
  dueAt(): number | null;
  /** The rounded value waiting for its interval, or null. */
  pending(): number | null;
  /** The value last sent (or the start value). */
  last(): number;
  /**
   * The value the session holds now, if it changed otherwise (a drill's set-up, a send refused in a
   * pause): the baseline for "changed", so a hand going back to it is sent. Sends nothing.
   */
  sync(value: number): void;
}

export interface SamplerOptions {
  readonly range: ContinuousRange;
  /** Value the control has now (what the session holds), the baseline for "changed". */
  readonly start: number;
  readonly emit: (value: number, at: number) => void;
  readonly intervalMs?: number;
}

/**
 * Turns a stream of raw input values into the adjust events a session logs: rounded and clamped,
 * only when the rounded value changed, and at most one per interval (a newer value replaces a
 * pending one, so the latest hand position is what gets sent). Reaching the rest position is
 * sent at once, never delayed or dropped: a treadle let go means stop.
 * Pure: time is the caller's (input events' timeStamp), nothing here sets a timer.
 */
export function createContinuousSampler({ range, start, emit, intervalMs = SAMPLE_INTERVAL_MS }: SamplerOptions): ContinuousSampler {
  let last = roundToRange(range, start);
  let lastAt = Number.NEGATIVE_INFINITY;
  let pending: number | null = null;
  const send = (value: number, at: number) => {
    pending = null;
    last = value;
    lastAt = at;
    emit(value, at);
  };
  const offer = (value: number, at: number, urgent: boolean) => {
    if (value === last) {
      pending = null;
      return;
    }
    if (urgent || at - lastAt >= intervalMs) send(value, at);
    else pending = value;
  };
  return {
    move(raw, at) {
      const value = roundToRange(range, raw);
      offer(value, at, value === range.rest);
    },
    release(at) {
      if (range.rest === undefined) {
        // A knob stays where it was left: what is pending is still to be sent, on time.
        return;
      }
      offer(roundToRange(range, range.rest), at, true);
    },
    flush(at) {
      if (pending !== null && at - lastAt >= intervalMs) send(pending, at);
    },
    dueAt: () => (pending === null ? null : lastAt + intervalMs),
    pending: () => pending,
    last: () => last,
    sync(value) {
      last = roundToRange(range, value);
      if (pending === last) pending = null;
    },
  };
}
