import type { Attempt, AttemptStatus, Learner } from '../records/attempt.ts';
import { RECORD_FORMAT } from '../engine/recordFormat.ts';

/** A stored row that failed its shape check: reported by name and skipped, never thrown at the learner. */
export interface StorageProblem {
  readonly table: 'learners' | 'attempts';
  /** The row's key, or `(no id)` when even that is missing. */
  readonly id: string;
  /** The first field found wrong (dotted path). */
  readonly field: string;
}

const STATUSES: readonly AttemptStatus[] = ['running', 'finished', 'abandoned'];

type Check = readonly [field: string, ok: (row: Record<string, unknown>) => boolean];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => typeof v === 'string' && v.length > 0;
const at = (row: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), row);

const learnerChecks: readonly Check[] = [
  ['id', (r) => text(r.id)],
  ['name', (r) => text(r.name)],
  ['createdAt', (r) => text(r.createdAt)],
];

/** Enough to open, resume and replay the attempt; the record's own reader checks the rest when it is replayed. */
const attemptChecks: readonly Check[] = [
  ['id', (r) => text(r.id)],
  ['learnerId', (r) => text(r.learnerId)],
  ['machineId', (r) => text(r.machineId)],
  ['status', (r) => (STATUSES as readonly unknown[]).includes(r.status)],
  ['startedAt', (r) => text(r.startedAt)],
  ['updatedAt', (r) => text(r.updatedAt)],
  ['deviceId', (r) => text(r.deviceId)],
  ['record', (r) => isObject(r.record)],
  ['record.format', (r) => at(r, 'record.format') === RECORD_FORMAT],
  ['record.log', (r) => isObject(at(r, 'record.log'))],
  ['record.log.machineId', (r) => at(r, 'record.log.machineId') === r.machineId],
  ['record.log.mode', (r) => text(at(r, 'record.log.mode'))],
  ['record.log.entries', (r) => Array.isArray(at(r, 'record.log.entries'))],
  ['record.log.endT', (r) => Number.isFinite(at(r, 'record.log.endT'))],
];

function firstBad(row: unknown, checks: readonly Check[]): string | null {
  if (!isObject(row)) return '(row)';
  for (const [field, ok] of checks) if (!ok(row)) return field;
  return null;
}

const idOf = (row: unknown) => (isObject(row) && typeof row.id === 'string' && row.id ? row.id : '(no id)');

export function checkLearner(row: unknown): { ok: true; row: Learner } | { ok: false; problem: StorageProblem } {
  const field = firstBad(row, learnerChecks);
  return field === null ? { ok: true, row: row as Learner } : { ok: false, problem: { table: 'learners', id: idOf(row), field } };
}

export function checkAttempt(row: unknown): { ok: true; row: Attempt } | { ok: false; problem: StorageProblem } {
  const field = firstBad(row, attemptChecks);
  return field === null ? { ok: true, row: row as Attempt } : { ok: false, problem: { table: 'attempts', id: idOf(row), field } };
}
