import type { Attempt, Learner } from '../attempt.ts';
import type { ClassBundle } from './bundleFormat.ts';
import { isLaterCopy } from './laterCopy.ts';

export interface ClassRecords {
  readonly learners: readonly Learner[];
  readonly attempts: readonly Attempt[];
}

export interface MergeResult extends ClassRecords {
  /** What is new (for the store to write); everything else already was here. */
  readonly added: ClassRecords;
  /** Attempts held here that the bundle carries a later copy of (for the store to replace). */
  readonly updated: readonly Attempt[];
  readonly counts: {
    readonly learnersAdded: number;
    /** Learners already here (matched by id: the name on this device stays, a rename here is kept). */
    readonly learnersMatched: number;
    readonly attemptsAdded: number;
    /** Attempts already here that the learner went on with since the last import (isLaterCopy). */
    readonly attemptsUpdated: number;
    /** Attempts already here (by id), from an earlier import of the same or an overlapping bundle. */
    readonly attemptsSkipped: number;
  };
}

/**
 * Merges a bundle (already read and checked: readBundle) into what the device holds. Pure: the
 * inputs are not changed; the result lists old then new, in the bundle's order. Idempotent by
 * id: merging the same bundle again adds nothing, so merging twice is merging once. A later copy of
 * an attempt held here replaces it, keeping this device's learner for it (a merge of names here stays).
 */
export function mergeBundle(existing: ClassRecords, bundle: ClassBundle): MergeResult {
  const learnerIds = new Set(existing.learners.map((l) => l.id));
  const held = new Map(existing.attempts.map((a) => [a.id, a]));
  const learners: Learner[] = [];
  const attempts: Attempt[] = [];
  const updated = new Map<string, Attempt>();
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
    // readBundle refuses a bundle listing an id twice, so `mine` is always this device's own copy.
    const mine = held.get(attempt.id);
    if (!mine) attempts.push(attempt);
    else if (isLaterCopy(mine, attempt)) updated.set(attempt.id, { ...attempt, learnerId: mine.learnerId });
    else attemptsSkipped++;
  }
  return {
    learners: [...existing.learners, ...learners],
    attempts: [...existing.attempts.map((a) => updated.get(a.id) ?? a), ...attempts],
    added: { learners, attempts },
    updated: [...updated.values()],
    counts: { learnersAdded: learners.length, learnersMatched, attemptsAdded: attempts.length, attemptsUpdated: updated.size, attemptsSkipped },
  };
}
