import type { Score } from '../engine/scoring.ts';
import { firstCritical, type Session } from '../engine/session.ts';
import { decideVerdict, type Stop, type Verdict, type VerdictReason } from '../engine/verdict.ts';
import type { ObjectiveState } from './objectives.ts';
import type { Drill, FailReason } from './types.ts';

/** A drill's failure in the words of its bad runs, plus ending it early (which no bad run can state). */
export type DrillFailReason = FailReason | 'notFinished';

export interface DrillResult {
  readonly status: 'running' | 'passed' | 'failed';
  /** The verdict's first reason, as a bad run's `expect.failed` names it. */
  readonly reason?: DrillFailReason;
  /** The critical mistake behind a `critical` failure. */
  readonly mistake?: string;
  /** The one verdict (kind and every reason): what every screen shows. */
  readonly verdict: Verdict;
  readonly score: Score;
  readonly objectives: readonly ObjectiveState[];
  /** Drill time: ms since the trainee took over, up to the end once the drill is over. */
  readonly timeMs: number;
}

interface Ending {
  readonly t: number;
  /** Tie-break at the same moment: a session failure first, then meeting the objectives, then the rest. */
  readonly rank: number;
  readonly stop: Exclude<Stop, 'running'>;
}

const FAIL_REASON: Record<VerdictReason['kind'], DrillFailReason> = {
  notFinished: 'notFinished',
  timeout: 'timeout',
  critical: 'critical',
  windowMissed: 'objective',
  objectivesOpen: 'objective',
  belowPassMark: 'score',
};

/**
 * When a drill ends, decided from recorded times only (so a replay judges the same); what the end
 * means is the one verdict (`decideVerdict`). The drill ends at the earliest of:
 * - every objective met (`complete`: passed unless a critical mistake or a score below the mark);
 * - exam: the session's own rules, at a critical mistake or its time limit;
 * - a response window closing without the response;
 * - the procedure finishing (tag `complete`) with objectives still open;
 * - the time limit;
 * - the trainee ending it ("Finish").
 * Guided and free drills are not stopped by a critical mistake, so the trainee sees the machine's
 * reaction and finishes, but they cannot pass.
 */
export function judgeDrill(drill: Drill, session: Session, objectives: readonly ObjectiveState[]): DrillResult {
  const t0 = drill.startMs;
  const now = session.clock.now() - t0;
  const score = session.score();
  const endings: Ending[] = [];
  const outcome = session.outcome();
  if (outcome.status === 'failed') endings.push({ t: outcome.t - t0, rank: 0, stop: outcome.reason === 'timeout' ? 'timeLimit' : 'critical' });
  if (objectives.every((o) => o.met)) endings.push({ t: Math.max(0, ...objectives.map((o) => o.metAtMs ?? 0)), rank: 1, stop: 'complete' });
  for (const o of objectives) if (o.missed && o.deadlineMs !== undefined) endings.push({ t: o.deadlineMs, rank: 2, stop: 'windowMissed' });
  if (outcome.status === 'complete') endings.push({ t: outcome.t - t0, rank: 2, stop: 'procedureEnded' });
  if (now >= drill.timeLimitMs) endings.push({ t: drill.timeLimitMs, rank: 3, stop: 'timeLimit' });
  if (outcome.status === 'ended') endings.push({ t: outcome.t - t0, rank: 4, stop: 'trainee' });

  const end = endings.sort((a, b) => a.t - b.t || a.rank - b.rank)[0];
  const steps = session.steps();
  const verdict = decideVerdict({
    mode: drill.mode,
    drill: true,
    stop: end?.stop ?? 'running',
    critical: firstCritical(session.mistakes()),
    objectives,
    stepsDone: steps.filter((s) => s.done).length,
    stepsTotal: steps.length,
    score: score.score,
    passMark: drill.passMark,
  });
  if (!end) return { status: 'running', verdict, score, objectives, timeMs: now };
  const first = verdict.reasons[0];
  return {
    status: verdict.kind === 'passed' ? 'passed' : 'failed',
    ...(first ? { reason: FAIL_REASON[first.kind] } : {}),
    ...(first?.kind === 'critical' ? { mistake: first.mistake } : {}),
    verdict,
    score,
    objectives,
    timeMs: Math.min(now, end.t),
  };
}
