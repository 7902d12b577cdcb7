import type { DexieOptions } from 'dexie';
import type { Attempt, Learner } from '../records/attempt.ts';
import { askPersistence } from './deviceStorage.ts';
import { newId as randomId } from './newId.ts';
import { RecordsDb, RECORDS_DB_NAME } from './recordsDb.ts';
import { checkAttempt, checkLearner, type StorageProblem } from './rowShape.ts';

export type { StorageProblem } from './rowShape.ts';

export interface RecordsStore {
  /** This device's id (random, made once, kept in the database). */
  deviceId(): Promise<string>;
  listLearners(): Promise<Learner[]>;
  /** Adds a name (trimmed); an existing name (same letters, any case) is returned instead of a twin. */
  addLearner(name: string): Promise<Learner>;
  renameLearner(id: string, name: string): Promise<void>;
  /** Moves every attempt of `fromId` to `intoId`, then removes `fromId`. */
  mergeLearners(fromId: string, intoId: string): Promise<void>;
  /** Removes the name and its attempts (a trainer's decision; asked in the UI). */
  deleteLearner(id: string): Promise<void>;
  putAttempt(attempt: Attempt): Promise<void>;
  /** Adds learners and attempts (a merged bundle's new part) in one transaction: all or none; an id already here fails it. */
  /** Adds new learners and attempts, and replaces `updated` attempts (later copies), in one transaction. */
  addRecords(records: { readonly learners: readonly Learner[]; readonly attempts: readonly Attempt[]; readonly updated?: readonly Attempt[] }): Promise<void>;
  getAttempt(id: string): Promise<Attempt | null>;
  listAttempts(filter?: { readonly learnerId?: string; readonly machineId?: string }): Promise<Attempt[]>;
  /** The learner's latest running attempt (on one machine, if given), or null. */
  runningAttempt(learnerId: string, machineId?: string): Promise<Attempt | null>;
  /** Every damaged row met so far (also given to `onProblem` as it is met). */
  problems(): readonly StorageProblem[];
  close(): void;
}

export interface StoreOptions {
  readonly name?: string;
  /** For tests and odd hosts: dexie's own options (an `indexedDB` to use, …). */
  readonly dexie?: DexieOptions;
  readonly onProblem?: (problem: StorageProblem) => void;
  /** Asks the browser for persistent storage (after the first saved attempt); replaceable in tests. */
  readonly persist?: () => Promise<boolean>;
  /** New ids (random UUIDs). */
  readonly newId?: () => string;
  readonly now?: () => Date;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
const byUpdated = (a: Attempt, b: Attempt) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** Opens the records store of this device. Damaged rows are reported (table, id, field) and skipped; nothing is thrown for them. */
export function openRecordsStore(options: StoreOptions = {}): RecordsStore {
  const db = new RecordsDb(options.name ?? RECORDS_DB_NAME, options.dexie);
  const newId = options.newId ?? randomId;
  const now = options.now ?? (() => new Date());
  const persist = options.persist ?? askPersistence;
  const seen: StorageProblem[] = [];
  const seenKeys = new Set<string>();
  const report = (p: StorageProblem) => {
    const key = `${p.table}/${p.id}/${p.field}`;
    if (seenKeys.has(key)) return;
    seenKeys.add(key);
    seen.push(p);
    options.onProblem?.(p);
  };
  const goodLearners = (rows: readonly unknown[]) =>
    rows.flatMap((r) => {
      const c = checkLearner(r);
      if (c.ok) return [c.row];
      report(c.problem);
      return [];
    });
  const goodAttempts = (rows: readonly unknown[]) =>
    rows.flatMap((r) => {
      const c = checkAttempt(r);
      if (c.ok) return [c.row];
      report(c.problem);
      return [];
    });
  let persistAsked: Promise<void> | null = null;
  /** Once per device: the flag is kept so a refusal is not asked again on every reload. */
  const askPersistOnce = () =>
    (persistAsked ??= (async () => {
      if (await db.meta.get('persistAsked')) return;
      await db.meta.put({ key: 'persistAsked', value: String(await persist()) });
    })().catch(() => undefined));

  const store: RecordsStore = {
    async deviceId() {
      return db.transaction('rw', db.meta, async () => {
        const row = await db.meta.get('deviceId');
        if (row) return row.value;
        const id = newId();
        await db.meta.put({ key: 'deviceId', value: id });
        return id;
      });
    },
    async listLearners() {
      return goodLearners(await db.learners.toArray()).sort((a, b) => a.name.localeCompare(b.name));
    },
    async addLearner(name) {
      const clean = name.trim();
      if (!clean) throw new Error('a learner needs a name');
      return db.transaction('rw', db.learners, async () => {
        const existing = goodLearners(await db.learners.toArray()).find((l) => sameName(l.name, clean));
        if (existing) return existing;
        const learner: Learner = { id: newId(), name: clean, createdAt: now().toISOString() };
        await db.learners.add(learner);
        return learner;
      });
    },
    async renameLearner(id, name) {
      const clean = name.trim();
      if (!clean) throw new Error('a learner needs a name');
      await db.learners.update(id, { name: clean });
    },
    async mergeLearners(fromId, intoId) {
      if (fromId === intoId) return;
      await db.transaction('rw', db.learners, db.attempts, async () => {
        if (!(await db.learners.get(intoId))) throw new Error(`no learner ${intoId} to merge into`);
        await db.attempts.where('learnerId').equals(fromId).modify({ learnerId: intoId });
        await db.learners.delete(fromId);
      });
    },
    async deleteLearner(id) {
      await db.transaction('rw', db.learners, db.attempts, async () => {
        await db.attempts.where('learnerId').equals(id).delete();
        await db.learners.delete(id);
      });
    },
    async putAttempt(attempt) {
      await db.attempts.put(attempt);
      void askPersistOnce();
    },
    async addRecords({ learners, attempts, updated = [] }) {
      await db.transaction('rw', db.learners, db.attempts, async () => {
        await db.learners.bulkAdd([...learners]);
        await db.attempts.bulkAdd([...attempts]);
        await db.attempts.bulkPut([...updated]);
      });
      if (attempts.length) void askPersistOnce();
    },
    async getAttempt(id) {
      const row: unknown = await db.attempts.get(id);
      return row === undefined ? null : (goodAttempts([row])[0] ?? null);
    },
    async listAttempts(filter = {}) {
      const rows = filter.learnerId !== undefined ? await db.attempts.where('learnerId').equals(filter.learnerId).toArray() : await db.attempts.toArray();
      return goodAttempts(rows)
        .filter((a) => filter.machineId === undefined || a.machineId === filter.machineId)
        .sort(byUpdated);
    },
    async runningAttempt(learnerId, machineId) {
      const rows = await db.attempts.where('[learnerId+status]').equals([learnerId, 'running']).toArray();
      return goodAttempts(rows).filter((a) => machineId === undefined || a.machineId === machineId).sort(byUpdated)[0] ?? null;
    },
    problems: () => seen,
    close: () => db.close(),
  };
  return store;
}
