import type { FlushReport } from '../records/outbox/types.ts';
import type { Outbox } from '../records/outbox/outbox.ts';

/** A safety net when no `online` event comes (some tablets never fire it): try again this often. */
export const AUTO_FLUSH_INTERVAL_MS = 5 * 60_000;

export interface AutoFlushOptions {
  /** Fires `online` (window in the app). */
  readonly events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  readonly now?: () => number;
  readonly intervalMs?: number;
  /** Every flush's report (a status line in a trainer UI). */
  readonly onReport?: (report: FlushReport) => void;
}

export interface AutoFlush {
  /** Flush now (after the trainer saved new settings, or pressed "send"). */
  flushNow(): Promise<FlushReport>;
  /** Flush soon if nothing stops it (new statements queued): respects the backoff and a 401/403 halt. */
  nudge(): void;
  stop(): void;
}

/**
 * Flushes the outbox when the network returns (`online`, forced past the backoff) and when the
 * backoff runs out (a timer). UI timing, not procedure time: real timers are fine here. After a
 * 401/403 or another 4xx it stops retrying by itself until flushNow (new settings) is called.
 */
export function startAutoFlush(outbox: Outbox, options: AutoFlushOptions = {}): AutoFlush {
  // window in the browser; a worker or Node may have no event target: then only the timer flushes.
  const events = options.events ?? (typeof globalThis.addEventListener === 'function' ? globalThis : null);
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? AUTO_FLUSH_INTERVAL_MS;
  let timer: unknown = null;
  let halted = false;
  let stopped = false;

  const schedule = (ms: number) => {
    if (timer !== null) clearTimer(timer);
    timer = stopped || halted ? null : setTimer(() => void run(false), Math.max(0, ms));
  };

  async function run(force: boolean): Promise<FlushReport> {
    const report = await outbox.flush({ force });
    halted = report.outcome === 'unauthorised' || report.outcome === 'misconfigured';
    options.onReport?.(report);
    if (report.retryAt !== undefined) schedule(report.retryAt - now());
    else schedule(intervalMs);
    return report;
  }

  const onOnline = () => {
    if (!halted) void run(true);
  };
  events?.addEventListener('online', onOnline);
  schedule(0);

  return {
    flushNow: () => {
      halted = false;
      return run(true);
    },
    nudge: () => {
      if (!halted && !stopped) void run(false);
    },
    stop: () => {
      stopped = true;
      events?.removeEventListener('online', onOnline);
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
