import type { SessionRecord } from '../engine/recordFormat.ts';

/**
 * The records layer's data (issue 11): learners on a shared device and their attempts, saved on
 * the device as they happen. Pure types; storage lives in src/storage/, exports in src/records/export/.
 */

/** A name on this device's list (no account, no server). */
export interface Learner {
  /** Stable id (random, never shown); attempts refer to it, so a rename keeps them. */
  readonly id: string;
  readonly name: string;
  /** ISO 8601 wall-clock time it was added. */
  readonly createdAt: string;
}

export type AttemptStatus = 'running' | 'finished' | 'abandoned';

/**
 * One session or drill attempt of one learner on one machine. `record` is the session record the
 * app already writes and reads (log, mode, drill, chart version, results): a saved attempt can be
 * opened, replayed and checked exactly like a downloaded record file.
 */
export interface Attempt {
  /** Globally unique (random UUID), so bundles from several tablets merge without clashes. */
  readonly id: string;
  readonly learnerId: string;
  readonly machineId: string;
  readonly status: AttemptStatus;
  /** ISO 8601 wall-clock times. */
  readonly startedAt: string;
  readonly updatedAt: string;
  /** Id of the device (random, per browser profile) the attempt was made on. */
  readonly deviceId: string;
  readonly record: SessionRecord;
}
