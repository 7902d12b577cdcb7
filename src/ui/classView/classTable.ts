import type { Attempt, Learner } from '../../records/attempt.ts';

/**
 * The class table's data (pure): one row per learner, one cell per machine, from the attempts
 * on this device. A filter narrows the attempts first, so a drill filter shows that drill's results.
 */
export interface ClassFilter {
  /** A machine id, or null for all machines. */
  readonly machine: string | null;
  /** A drill id (`log.scenario`), or null for every attempt (free practice included). */
  readonly drill: string | null;
}

export interface ClassCell {
  readonly machineId: string;
  readonly attempts: number;
  /** Any attempt at all on this machine (running and abandoned ones count as practice). */
  readonly practised: boolean;
  /** A guided run finished to its end (practice done or passed). */
  readonly guidedDone: boolean;
  /** ISO date-time of the first exam passed, or null. */
  readonly examPassedAt: string | null;
  /** Highest score of a finished attempt, or null when none has a score. */
  readonly bestScore: number | null;
  /** ISO date-time of the latest change of any attempt. */
  readonly lastAt: string | null;
}

export interface ClassRow {
  readonly learner: Learner;
  readonly cells: readonly ClassCell[];
  readonly attempts: readonly Attempt[];
}

export const matchesFilter = (a: Attempt, f: ClassFilter): boolean =>
  (f.machine === null || a.machineId === f.machine) && (f.drill === null || a.record.log.scenario === f.drill);

const GUIDED_DONE = new Set(['passed', 'practiceDone']);

function cell(machineId: string, attempts: readonly Attempt[]): ClassCell {
  let bestScore: number | null = null;
  let lastAt: string | null = null;
  let examPassedAt: string | null = null;
  let guidedDone = false;
  for (const a of attempts) {
    const results = a.status === 'finished' ? a.record.results : undefined;
    const verdict = results?.verdict.status;
    if (results && (bestScore === null || results.score > bestScore)) bestScore = results.score;
    if (lastAt === null || a.updatedAt > lastAt) lastAt = a.updatedAt;
    if (a.record.log.mode === 'guided' && verdict && GUIDED_DONE.has(verdict)) guidedDone = true;
    if (a.record.log.mode === 'exam' && verdict === 'passed' && (examPassedAt === null || a.updatedAt < examPassedAt)) examPassedAt = a.updatedAt;
  }
  return { machineId, attempts: attempts.length, practised: attempts.length > 0, guidedDone, examPassedAt, bestScore, lastAt };
}

/** Rows in the learners' order; each row's attempts newest first. */
export function classRows(learners: readonly Learner[], attempts: readonly Attempt[], machineIds: readonly string[], filter: ClassFilter): ClassRow[] {
  const shownMachines = filter.machine === null ? machineIds : machineIds.filter((m) => m === filter.machine);
  const kept = attempts.filter((a) => matchesFilter(a, filter));
  return learners.map((learner) => {
    const mine = kept.filter((a) => a.learnerId === learner.id).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return { learner, attempts: mine, cells: shownMachines.map((m) => cell(m, mine.filter((a) => a.machineId === m))) };
  });
}

/** The drills the attempts were made in (for the filter), per machine when one is chosen. */
export function drillsInAttempts(attempts: readonly Attempt[], machine: string | null): string[] {
  const ids = new Set<string>();
  for (const a of attempts) if ((machine === null || a.machineId === machine) && a.record.log.scenario !== undefined) ids.add(a.record.log.scenario);
  return [...ids].sort();
}
