import type { Attempt } from '../records/attempt.ts';

/** At most one write per this many ms while a session runs (UI timing only; never procedure time). */
export const SAVE_COALESCE_MS = 500;

export interface Later {
  /** Runs `fn` after `ms` of real time; returns a cancel. */
  (fn: () => void, ms: number): () => void;
}

const realLater: Later = (fn, ms) => {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
};

export interface AttemptSaver {
  /** The attempt changed: written within SAVE_COALESCE_MS, coalesced with other changes. */
  changed(): void;
  /** Writes now (page hidden or being left; the session finished). */
  flush(): Promise<void>;
  /** A change is not written yet (waiting for its window or for the write in progress). */
  dirty(): boolean;
  dispose(): void;
}

export interface SaverOptions {
  /** The attempt as it is now (built only when written). */
  readonly build: () => Attempt;
  readonly write: (attempt: Attempt) => Promise<void>;
  /** After each write: whether it worked (a failed save keeps the leave guard on). */
  readonly onResult?: (ok: boolean, error?: unknown) => void;
  readonly later?: Later;
}

/**
 * Writes a running attempt as it changes without writing on every frame: the first change is
 * written at once, later ones at most once per SAVE_COALESCE_MS; writes never overlap, and a
 * change during a write is written after it.
 */
export function createAttemptSaver({ build, write, onResult, later = realLater }: SaverOptions): AttemptSaver {
  let dirty = false;
  let cancel: (() => void) | null = null;
  let inFlight: Promise<void> | null = null;
  let lastWrite = -Infinity;
  let ticks = 0; // counts coalescing windows so a test needs no clock
  let disposed = false;

  const writeNow = async (): Promise<void> => {
    if (inFlight) {
      await inFlight;
      if (!dirty) return;
    }
    cancel?.();
    cancel = null;
    dirty = false;
    lastWrite = ticks;
    const attempt = build();
    inFlight = write(attempt).then(
      () => onResult?.(true),
      (error: unknown) => onResult?.(false, error),
    );
    await inFlight;
    inFlight = null;
  };
  const schedule = () => {
    if (cancel || disposed) return;
    cancel = later(() => {
      cancel = null;
      ticks++;
      if (dirty) void writeNow();
    }, SAVE_COALESCE_MS);
  };
  return {
    changed() {
      if (disposed) return;
      dirty = true;
      // Nothing written in this window yet (and none waiting): write at once, then keep a window open.
      if (!cancel && lastWrite !== ticks) void writeNow();
      schedule();
    },
    flush() {
      dirty = true;
      return writeNow();
    },
    dirty: () => dirty,
    dispose() {
      disposed = true;
      cancel?.();
      cancel = null;
    },
  };
}
