import type { Score } from '../engine/scoring.ts';
import type { Session } from '../engine/session.ts';
import type { ObjectiveState } from './objectives.ts';
import type { Drill, FailReason } from './types.ts';

export interface DrillResult {
  readonly status: 'running' | 'passed' | 'failed';
  readonly reason?: FailReason;
  /** The critical mistake behind a `critical` failure. */
  readonly mistake?: string;
  readonly score: Score;
  readonly objectives: readonly ObjectiveState[];
  /** Drill time: ms since the trainee took over, up to the end once the drill is over. */
  readonly timeMs: number;
}

interface Ending {
  readonly t: number;
  /** Tie-break at the same moment: a session failure first, then meeting the objectives, then the rest. */
  readonly rank: number;
  readonly status: 'passed' | 'failed';
  readonly reason?: FailReason;
  readonly mistake?: string;
}

/**
 * When a drill ends and how, decided from recorded times only (so a replay judges the same):
 * - every objective met → passed, unless a critical mistake was made (failed `critical`, in any
 *   mode) or the score is below the pass mark (failed `score`);
 * - exam: the session's own rules end it first on a critical mistake or its time limit;
 * - a response window closes without the response → failed `objective`;
 * - the procedure finishes (tag `complete`) with objectives still open → failed `objective`;
 * - the time limit passes → failed `timeout`.
 * The earliest ending wins. Guided and free drills are not stopped by a critical mistake, so the
 * trainee sees the machine's reaction and finishes, but they cannot pass.
 */
export function judgeDrill(drill: Drill, session: Session, objectives: readonly ObjectiveState[]): DrillResult {
  const t0 = drill.startMs;
  const now = session.clock.now() - t0;
  const score = session.score();
  const endings: Ending[] = [];
  const outcome = session.outcome();
  if (outcome.status === 'failed') endings.push({ t: outcome.t - t0, rank: 0, status: 'failed', reason: outcome.reason, mistake: outcome.mistake });
  if (objectives.every((o) => o.met)) {
    const t = Math.max(0, ...objectives.map((o) => o.metAtMs ?? 0));
    const critical = session.mistakes().find((m) => m.severity === 'critical');
    if (critical) endings.push({ t, rank: 1, status: 'failed', reason: 'critical', mistake: critical.id });
    else if (score.score < drill.passMark) endings.push({ t, rank: 1, status: 'failed', reason: 'score' });
    else endings.push({ t, rank: 1, status: 'passed' });
  }
  for (const o of objectives) if (o.missed && o.deadlineMs !== undefined) endings.push({ t: o.deadlineMs, rank: 2, status: 'failed', reason: 'objective' });
  if (outcome.status === 'complete') endings.push({ t: outcome.t - t0, rank: 2, status: 'failed', reason: 'objective' });
  if (now >= drill.timeLimitMs) endings.push({ t: drill.timeLimitMs, rank: 3, status: 'failed', reason: 'timeout' });

  const end = endings.sort((a, b) => a.t - b.t || a.rank - b.rank)[0];
  if (!end) return { status: 'running', score, objectives, timeMs: now };
  return {
    status: end.status,
    ...(end.reason ? { reason: end.reason } : {}),
    ...(end.mistake ? { mistake: end.mistake } : {}),
    score,
    objectives,
    timeMs: Math.min(now, end.t),
  };
}
