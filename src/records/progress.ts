import type { Severity } from '../engine/mistakes.ts';
import type { Attempt } from './attempt.ts';

/**
 * A learner's own progress (issue 11, "A learner's own page"): per machine, the three marks an
 * artisan cares about and the mistakes to work on next. Pure: built from stored attempts only.
 */

/** How many of a machine's latest attempts the "to work on next" list looks at [I]. */
export const RECENT_ATTEMPTS = 5;
/** How many mistakes the list names at most (a short list is one an artisan can act on) [I]. */
export const MISTAKES_SHOWN = 3;

export interface MistakeToWorkOn {
  readonly id: string;
  /** Null: no spec knows the id any more (a record older than the machine's current rules). */
  readonly severity: Severity | null;
  /** How many times it was made in the recent attempts. */
  readonly times: number;
}

export interface MachineProgress {
  readonly machineId: string;
  /** Always true for a machine listed (it has an attempt); kept as a field so a card reads it. */
  readonly practised: boolean;
  /** A guided attempt reached the end of the procedure (verdict practiceDone, or passed for a guided drill). */
  readonly guidedCompleted: boolean;
  /** ISO time of the first passed exam, or null. */
  readonly examPassedAt: string | null;
  readonly attempts: number;
  /** Best score of the runs that reached their end (a partial run's score is no mark), or null. */
  readonly bestScore: number | null;
  /** ISO time of the latest change to any attempt. */
  readonly lastAt: string;
  readonly mistakes: readonly MistakeToWorkOn[];
}

export interface ProgressOptions {
  /** A mistake's severity on a machine (the machine's specs and the engine's shared ones). */
  readonly severityOf?: (machineId: string, mistakeId: string) => Severity | undefined;
  readonly recentAttempts?: number;
  readonly mistakesShown?: number;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, major: 1, minor: 2 };
const rank = (s: Severity | null) => (s ? SEVERITY_RANK[s] : 3);

const verdictOf = (a: Attempt) => a.record.results?.verdict;

/** A run that reached its end, so its score is a mark (see Verdict.scored): practice done, passed, or failed only on the pass mark. */
function scoredRun(a: Attempt): boolean {
  const v = verdictOf(a);
  return v?.status === 'practiceDone' || v?.status === 'passed' || (v?.status === 'failed' && v.reason === 'belowPassMark');
}

/** A whole guided procedure done: a run started at a step (a SOP card's code) practised only its end. */
const guidedDone = (a: Attempt) => a.record.log.mode === 'guided' && a.record.log.startStep === undefined && (verdictOf(a)?.status === 'practiceDone' || verdictOf(a)?.status === 'passed');
const examPassed = (a: Attempt) => a.record.log.mode === 'exam' && verdictOf(a)?.status === 'passed';

const newestFirst = (a: Attempt, b: Attempt) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0);

function mistakesToWorkOn(machineId: string, recent: readonly Attempt[], options: ProgressOptions): MistakeToWorkOn[] {
  const times = new Map<string, number>();
  for (const a of recent) for (const m of a.record.results?.mistakes ?? []) times.set(m.id, (times.get(m.id) ?? 0) + 1);
  return [...times]
    .map(([id, n]) => ({ id, severity: options.severityOf?.(machineId, id) ?? null, times: n }))
    .sort((a, b) => rank(a.severity) - rank(b.severity) || b.times - a.times || a.id.localeCompare(b.id))
    .slice(0, options.mistakesShown ?? MISTAKES_SHOWN);
}

function machineProgress(machineId: string, attempts: readonly Attempt[], options: ProgressOptions): MachineProgress {
  const sorted = [...attempts].sort(newestFirst);
  const scores = sorted.filter(scoredRun).flatMap((a) => (a.record.results ? [a.record.results.score] : []));
  const passes = sorted.filter(examPassed).map((a) => a.updatedAt).sort();
  return {
    machineId,
    practised: true,
    guidedCompleted: sorted.some(guidedDone),
    examPassedAt: passes[0] ?? null,
    attempts: sorted.length,
    bestScore: scores.length ? Math.max(...scores) : null,
    lastAt: sorted.map((a) => a.updatedAt).sort().at(-1) ?? '',
    mistakes: mistakesToWorkOn(machineId, sorted.slice(0, options.recentAttempts ?? RECENT_ATTEMPTS), options),
  };
}

/** One entry per machine the attempts are on, in the order of `machineOrder` (unknown machines last, by id). */
export function learnerProgress(attempts: readonly Attempt[], machineOrder: readonly string[] = [], options: ProgressOptions = {}): MachineProgress[] {
  const byMachine = new Map<string, Attempt[]>();
  for (const a of attempts) byMachine.set(a.machineId, [...(byMachine.get(a.machineId) ?? []), a]);
  const place = (id: string) => {
    const i = machineOrder.indexOf(id);
    return i < 0 ? machineOrder.length : i;
  };
  return [...byMachine.keys()]
    .sort((a, b) => place(a) - place(b) || a.localeCompare(b))
    .map((id) => machineProgress(id, byMachine.get(id) ?? [], options));
}
