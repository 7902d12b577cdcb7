import type { Attempt, Learner } from '../attempt.ts';
import type { ClassBundle } from './bundleFormat.ts';

export interface ClassRecords {
  readonly learners: readonly Learner[];
  readonly attempts: readonly Attempt[];
}

export interface MergeResult extends ClassRecords {
  /** What is new (for the store to write); everything else already was here. */
  readonly added: ClassRecords;
  readonly counts: {
    readonly learnersAdded: number;
    /** Learners already here (matched by id: the name on this device stays, a rename here is kept). */
    readonly learnersMatched: number;
    readonly attemptsAdded: number;
    /** Attempts already here (by id), from an earlier import of the same or an overlapping bundle. */
    readonly attemptsSkipped: number;
  };
}

/**
 * Merges a bundle (already read and checked: readBundle) into what the device holds. Pure: the
 * inputs are not changed; the result lists old then new, in the bundle's order. Idempotent by
 * id: merging the same bundle again adds nothing, so merging twice is merging once.
 */
export function mergeBundle(existing: ClassRecords, bundle: ClassBundle): MergeResult {
  const learnerIds = new Set(existing.learners.map((l) => l.id));
  const attemptIds = new Set(existing.attempts.map((a) => a.id));
  const learners: Learner[] = [];
  const attempts: Attempt[] = [];
  let learnersMatched = 0;
  let attemptsSkipped = 0;
  for (const learner of bundle.learners) {
    if (learnerIds.has(learner.id)) learnersMatched++;
    else {
      learnerIds.add(learner.id);
      learners.push(learner);
    }
  }
  for (const attempt of bundle.attempts) {
    if (attemptIds.has(attempt.id)) attemptsSkipped++;
    else {
      attemptIds.add(attempt.id);
      attempts.push(attempt);
    }
  }
  return {
    learners: [...existing.learners, ...learners],
    attempts: [...existing.attempts, ...attempts],
    added: { learners, attempts },
    counts: { learnersAdded: learners.length, learnersMatched, attemptsAdded: attempts.length, attemptsSkipped },
  };
}
