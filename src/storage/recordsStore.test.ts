import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { Attempt } from '../records/attempt.ts';
import { RECORD_FORMAT, RECORD_VERSION } from '../engine/recordFormat.ts';
import { openRecordsStore, type RecordsStore, type StorageProblem } from './recordsStore.ts';
import { RecordsDb } from './recordsDb.ts';

let n = 0;
const open: RecordsStore[] = [];
function fresh(extra: { persist?: () => Promise<boolean>; onProblem?: (p: StorageProblem) => void; name?: string } = {}) {
  let id = 0;
  let clock = Date.UTC(2026, 11, 2, 3, 0, 0);
  const store = openRecordsStore({
    name: extra.name ?? `test-${++n}`,
    newId: () => `id-${++id}`,
    now: () => new Date((clock += 1000)),
    persist: extra.persist ?? (() => Promise.resolve(true)),
    ...(extra.onProblem ? { onProblem: extra.onProblem } : {}),
  });
  open.push(store);
  return store;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

function attempt(id: string, learnerId: string, over: Partial<Attempt> = {}): Attempt {
  return {
    id,
    learnerId,
    machineId: 'test-press',
    status: 'running',
    startedAt: '2026-12-02T03:00:00.000Z',
    updatedAt: '2026-12-02T03:00:00.000Z',
    deviceId: 'dev',
    record: {
      format: RECORD_FORMAT,
      version: RECORD_VERSION,
      trainee: 'Siti',
      savedAt: '2026-12-02T03:00:00.000Z',
      log: { machineId: 'test-press', machineVersion: '1', mode: 'free', entries: [], endT: 0 },
      results: { mistakes: [], score: 100, verdict: { status: 'inProgress' } },
    },
    ...over,
  };
}

describe('learners', () => {
  it('adds, finds a twin name instead of adding it, renames, lists by name', async () => {
    const s = fresh();
    const siti = await s.addLearner('  Siti ');
    expect(siti.name).toBe('Siti');
    expect(await s.addLearner('siti')).toEqual(siti);
    await s.addLearner('Budi');
    expect((await s.listLearners()).map((l) => l.name)).toEqual(['Budi', 'Siti']);
    await s.renameLearner(siti.id, 'Siti Aminah');
    expect((await s.listLearners()).map((l) => l.name)).toEqual(['Budi', 'Siti Aminah']);
    await expect(s.addLearner('   ')).rejects.toThrow();
  });

  it('merge moves the attempts to the kept name; delete removes the name and its attempts only', async () => {
    const s = fresh();
    const a = await s.addLearner('Siti');
    const b = await s.addLearner('Siti A');
    const c = await s.addLearner('Budi');
    await s.putAttempt(attempt('x1', b.id));
    await s.putAttempt(attempt('x2', c.id));
    await s.mergeLearners(b.id, a.id);
    expect((await s.listLearners()).map((l) => l.id)).toEqual([c.id, a.id]);
    expect((await s.listAttempts({ learnerId: a.id })).map((x) => x.id)).toEqual(['x1']);
    await s.deleteLearner(a.id);
    expect(await s.getAttempt('x1')).toBeNull();
    expect((await s.listAttempts()).map((x) => x.id)).toEqual(['x2']);
  });
});

describe('attempts', () => {
  it('put, get, list by learner and machine, newest first; the running attempt of a learner', async () => {
    const s = fresh();
    await s.putAttempt(attempt('a', 'L1', { updatedAt: '2026-12-02T03:00:01.000Z', status: 'finished' }));
    await s.putAttempt(attempt('b', 'L1', { updatedAt: '2026-12-02T03:00:02.000Z' }));
    await s.putAttempt(attempt('c', 'L2', { updatedAt: '2026-12-02T03:00:03.000Z' }));
    await s.putAttempt(attempt('d', 'L1', { updatedAt: '2026-12-02T03:00:04.000Z', machineId: 'other', record: { ...attempt('d', 'L1').record, log: { ...attempt('d', 'L1').record.log, machineId: 'other' } } }));
    expect((await s.getAttempt('b'))?.learnerId).toBe('L1');
    expect(await s.getAttempt('nope')).toBeNull();
    expect((await s.listAttempts({ learnerId: 'L1' })).map((a) => a.id)).toEqual(['d', 'b', 'a']);
    expect((await s.listAttempts({ learnerId: 'L1', machineId: 'test-press' })).map((a) => a.id)).toEqual(['b', 'a']);
    expect((await s.runningAttempt('L1'))?.id).toBe('d');
    expect((await s.runningAttempt('L1', 'test-press'))?.id).toBe('b');
    expect(await s.runningAttempt('L3')).toBeNull();
    await s.putAttempt({ ...(await s.getAttempt('b'))!, status: 'abandoned' });
    expect(await s.runningAttempt('L1', 'test-press')).toBeNull();
  });

  it('asks for persistent storage once, after the first saved attempt', async () => {
    let asked = 0;
    const s = fresh({ persist: () => Promise.resolve(++asked > 0) });
    await s.addLearner('Siti');
    await s.deviceId();
    expect(asked).toBe(0);
    await s.putAttempt(attempt('a', 'L1'));
    await s.putAttempt(attempt('b', 'L1'));
    await s.listAttempts();
    await new Promise((r) => setTimeout(r, 0));
    await s.listAttempts();
    expect(asked).toBe(1);
  });

  it('keeps one device id', async () => {
    const name = `dev-${++n}`;
    const s = fresh({ name });
    const id = await s.deviceId();
    expect(await s.deviceId()).toBe(id);
    s.close();
    expect(await fresh({ name }).deviceId()).toBe(id);
  });
});

describe('a damaged row', () => {
  it('is reported by table, id and field and skipped; every other row is still there', async () => {
    const name = `bad-${++n}`;
    const problems: StorageProblem[] = [];
    const s = fresh({ name, onProblem: (p) => problems.push(p) });
    await s.addLearner('Siti');
    await s.putAttempt(attempt('good', 'L1'));
    // Another program (or a half-written upgrade) leaves broken rows behind.
    const raw = new RecordsDb(name);
    await raw.table('attempts').put({ ...attempt('bad', 'L1'), record: { ...attempt('bad', 'L1').record, log: { machineId: 'test-press', mode: 'free', entries: 'x', endT: 0 } } });
    await raw.table('attempts').put({ id: 'odd', learnerId: 'L1', status: 'running' });
    await raw.table('learners').put({ id: 'ghost', name: 42, createdAt: 'x' });
    raw.close();
    expect((await s.listAttempts({ learnerId: 'L1' })).map((a) => a.id)).toEqual(['good']);
    expect((await s.runningAttempt('L1'))?.id).toBe('good');
    expect(await s.getAttempt('bad')).toBeNull();
    expect((await s.listLearners()).map((l) => l.name)).toEqual(['Siti']);
    expect(problems).toEqual([
      { table: 'attempts', id: 'bad', field: 'record.log.entries' },
      { table: 'attempts', id: 'odd', field: 'machineId' },
      { table: 'learners', id: 'ghost', field: 'name' },
    ]);
    expect(s.problems()).toEqual(problems);
  });
});

describe('schema', () => {
  it('is versioned and has the brief\'s indexes', async () => {
    const db = new RecordsDb(`schema-${++n}`);
    await db.open();
    expect(db.verno).toBe(2); // v2 added the LRS outbox (outboxDbStore.test.ts checks the upgrade)
    expect(db.table('outbox').schema.primKey.name).toBe('key');
    const attempts = db.table('attempts').schema;
    expect(attempts.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['learnerId', 'machineId', 'status', 'updatedAt']));
    db.close();
    expect(Dexie).toBeDefined();
  });
});

describe('adding a merged bundle', () => {
  it('adds learners with their own ids and attempts; an id already here fails all of it', async () => {
    const store = fresh();
    const siti = { id: 'far-1', name: 'Siti', createdAt: '2026-12-01T00:00:00.000Z' };
    await store.addRecords({ learners: [siti], attempts: [attempt('a1', 'far-1')] });
    expect(await store.listLearners()).toEqual([siti]);
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['a1']);
    const budi = { id: 'far-2', name: 'Budi', createdAt: '2026-12-01T00:00:00.000Z' };
    await expect(store.addRecords({ learners: [budi], attempts: [attempt('a1', 'far-2')] })).rejects.toThrow();
    expect((await store.listLearners()).map((l) => l.id)).toEqual(['far-1']);
  });

  it('replaces the attempts given as updated (later copies) in the same transaction', async () => {
    const store = fresh();
    const siti = { id: 'far-1', name: 'Siti', createdAt: '2026-12-01T00:00:00.000Z' };
    await store.addRecords({ learners: [siti], attempts: [attempt('a1', 'far-1')] });
    const later = { ...attempt('a1', 'far-1'), status: 'finished' as const, updatedAt: '2026-12-03T00:00:00.000Z' };
    await store.addRecords({ learners: [], attempts: [], updated: [later] });
    expect((await store.listAttempts()).map((a) => [a.id, a.status, a.updatedAt])).toEqual([['a1', 'finished', '2026-12-03T00:00:00.000Z']]);
  });
});
