import type { Outcome, Session } from './session.ts';

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

export type VerdictStatus = 'running' | 'passed' | 'failed';
export const VERDICT_STATUSES: readonly VerdictStatus[] = ['running', 'passed', 'failed'];

export interface Verdict {
  readonly status: VerdictStatus;
  /** Why it failed (`critical`, `timeout`, `score`, `objective`, `incomplete`). */
  readonly reason?: string;
  /** The critical mistake behind a failure, if one was. */
  readonly mistake?: string;
}

/** The part of a drill run the results need (kept structural so the engine does not import scenarios). */
export interface JudgedRun {
  result(): { readonly status: VerdictStatus; readonly reason?: string; readonly mistake?: string; readonly objectives: readonly { readonly met: boolean }[] };
}

/** A session's own verdict (no drill): the exam's or practice's outcome, then the pass rules. */
function sessionVerdict(session: Session): Verdict {
  const outcome: Outcome = session.outcome();
  if (outcome.status === 'failed') return { status: 'failed', reason: outcome.reason, mistake: outcome.mistake };
  if (outcome.status === 'running') return { status: 'running' };
  if (session.passed()) return { status: 'passed' };
  const critical = session.mistakes().find((m) => m.severity === 'critical');
  return critical ? { status: 'failed', reason: 'critical', mistake: critical.id } : { status: 'failed', reason: 'score' };
}

/**
 * The one place results are computed, for saving and for checking a record alike.
 * (The verdict function being written separately plugs in here.)
 */
export function recordResults(session: Session, run?: JudgedRun): RecordResults {
  const mistakes = session.mistakes().map((m) => ({ id: m.id, entry: m.entry }));
  const score = session.score().score;
  if (!run) return { mistakes, score, verdict: sessionVerdict(session) };
  const r = run.result();
  const verdict: Verdict = { status: r.status, ...(r.reason ? { reason: r.reason } : {}), ...(r.mistake ? { mistake: r.mistake } : {}) };
  return { mistakes, score, verdict, objectives: r.objectives.map((o) => o.met) };
}

/** Sum of fast-forwarded waits: the session clock minus these is the time actually spent. */
export function realDurationMs(entries: readonly { readonly kind: string; readonly ms?: number }[], endT: number): number {
  const skipped = entries.reduce((sum, e) => sum + (e.kind === 'skip' ? (e.ms ?? 0) : 0), 0);
  return Math.max(0, endT - skipped);
}
