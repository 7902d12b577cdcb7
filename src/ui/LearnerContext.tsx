import { createContext, useContext } from 'react';
import type { Learner } from '../records/attempt.ts';
import type { RecordsStore } from '../storage/recordsStore.ts';

/** The learners of this device and who is practising now (issue 11). */
export interface Learners {
  /** Null where the browser has no IndexedDB: the app still works, nothing is kept. */
  readonly store: RecordsStore | null;
  readonly list: readonly Learner[];
  readonly current: Learner | null;
  /** The list and the link's learner are loaded (so a screen may look for a running attempt). */
  readonly ready: boolean;
  select(id: string): void;
  add(name: string): Promise<void>;
  /** Reads the list again (after a trainer renamed, merged, deleted or imported names). */
  refresh(): Promise<void>;
}

export const NO_LEARNERS: Learners = { store: null, list: [], current: null, ready: true, select: () => undefined, add: () => Promise.resolve(), refresh: () => Promise.resolve() };

export const LearnerContext = createContext<Learners>(NO_LEARNERS);

export const useLearners = (): Learners => useContext(LearnerContext);
