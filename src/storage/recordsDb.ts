import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Attempt, Learner } from '../records/attempt.ts';
import type { OutboxState } from '../records/outbox/types.ts';

/** One key/value row of the device's own settings (its id, whether persistence was asked). */
export interface MetaRow {
  readonly key: string;
  readonly value: string;
}

/** The LRS outbox, as one row: the outbox loads and saves its whole state at once (see OutboxStore). */
export interface OutboxRow {
  readonly key: string;
  readonly state: OutboxState;
}

export const RECORDS_DB_NAME = 'gladi-records';

/**
 * The records database on this device (IndexedDB through dexie). Each schema change is a new
 * `version(n)` below, never an edit of an old one, so a tablet with last month's data upgrades in place.
 */
export class RecordsDb extends Dexie {
  learners!: EntityTable<Learner, 'id'>;
  attempts!: EntityTable<Attempt, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  outbox!: EntityTable<OutboxRow, 'key'>;

  constructor(name = RECORDS_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      learners: 'id, name',
      attempts: 'id, learnerId, machineId, status, updatedAt, [learnerId+status]',
      meta: 'key',
    });
    // v2: the LRS outbox. Only a table is added, so dexie keeps every v1 learner and attempt as it is.
    this.version(2).stores({ outbox: 'key' });
  }
}
