import type { Session } from './session.ts';
import type { Verdict as FullVerdict, VerdictKind } from './verdict.ts';

/**
 * What a session came to, as a record stores it and a replay recomputes it: each mistake and the
 * entry that made it, the score, the verdict and (for drills) each objective. Stored results only
 * let a replay notice a changed file; what the app shows is always the recomputed value.
 */
export interface RecordResults {
  readonly mistakes: readonly RecordedMistake[];
  readonly score: number;
  readonly verdict: Verdict;
  /** Drill records: whether each objective was met, in the drill's order. */
  readonly objectives?: readonly boolean[];
}

export interface RecordedMistake {
  readonly id: string;
  /** Index of the log entry that made it. */
  readonly entry: number;
}

/** A stored verdict: its kind and the kind of its first (deciding) reason, enough to notice a change. */
export const VERDICT_STATUSES: readonly VerdictKind[] = ['inProgress', 'passed', 'failed', 'practiceDone', 'notFinished'];

export interface Verdict {
  readonly status: VerdictKind;
  /** The deciding reason's kind (`critical`, `timeout`, `notFinished`, …). */
  readonly reason?: string;
  /** The critical mistake behind a failure, if one was. */
  readonly mistake?: string;
}

/** The part of a drill run the results need (kept structural so the engine does not import scenarios). */
export interface JudgedRun {
  result(): { readonly verdict: FullVerdict; readonly objectives: readonly { readonly met: boolean }[] };
}

function stored(v: FullVerdict): Verdict {
  const first = v.reasons[0];
  return { status: v.kind, ...(first ? { reason: first.kind } : {}), ...(first?.kind === 'critical' ? { mistake: first.mistake } : {}) };
}

/**
 * The one place results are computed, for saving and for checking a record alike.
 * The verdict itself is the one verdict function's (`decideVerdict`, through the session or the drill).
 */
export function recordResults(session: Session, run?: JudgedRun): RecordResults {
  const mistakes = session.mistakes().map((m) => ({ id: m.id, entry: m.entry }));
  const score = session.score().score;
  if (!run) return { mistakes, score, verdict: stored(session.verdict()) };
  const r = run.result();
  return { mistakes, score, verdict: stored(r.verdict), objectives: r.objectives.map((o) => o.met) };
}

/** Sum of fast-forwarded waits: the session clock minus these is the time actually spent. */
export function realDurationMs(entries: readonly { readonly kind: string; readonly ms?: number }[], endT: number): number {
  const skipped = entries.reduce((sum, e) => sum + (e.kind === 'skip' ? (e.ms ?? 0) : 0), 0);
  return Math.max(0, endT - skipped);
}
