import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { EMPTY_OUTBOX, type OutboxState } from '../records/outbox/types.ts';
import type { XapiStatement } from '../records/export/xapiTypes.ts';
import { openOutboxStore } from './outboxDbStore.ts';
import { RecordsDb } from './recordsDb.ts';

const V1_STORES = {
  learners: 'id, name',
  attempts: 'id, learnerId, machineId, status, updatedAt, [learnerId+status]',
  meta: 'key',
};

let n = 0;
const freshName = () => `gladi-outbox-test-${++n}`;

const statement = (id: string) => ({ id, actor: { mbox: 'mailto:a@example.org' }, verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' }, object: { id: 'https://example.org/a' } }) as unknown as XapiStatement;

describe('the outbox in IndexedDB', () => {
  it('starts empty and keeps what was saved across reopening', async () => {
    const name = freshName();
    const store = openOutboxStore({ name });
    expect(await store.load()).toEqual(EMPTY_OUTBOX);
    const state: OutboxState = { entries: [{ id: 's1', statement: statement('s1'), status: 'pending', enqueuedAt: 5 }], retry: { failures: 1, notBefore: 9 } };
    await store.save(state);
    store.close();
    const again = openOutboxStore({ name });
    expect(await again.load()).toEqual(state);
    again.close();
  });

  it('a v1 database upgrades to v2 with every learner, attempt and meta row kept', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const learners = [{ id: 'l1', name: 'Siti' }, { id: 'l2', name: 'Budi' }];
    const attempts = [
      { id: 'a1', learnerId: 'l1', machineId: 'm', status: 'finished', updatedAt: '2026-01-01T00:00:00Z', record: { x: 1 } },
      { id: 'a2', learnerId: 'l2', machineId: 'm', status: 'running', updatedAt: '2026-01-02T00:00:00Z', record: { x: 2 } },
    ];
    await v1.table('learners').bulkPut(learners);
    await v1.table('attempts').bulkPut(attempts);
    await v1.table('meta').put({ key: 'deviceId', value: 'dev-1' });
    v1.close();

    const v2 = new RecordsDb(name);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.learners.orderBy('id').toArray()).toEqual(learners);
    expect(await v2.attempts.orderBy('id').toArray()).toEqual(attempts);
    expect(await v2.meta.get('deviceId')).toEqual({ key: 'deviceId', value: 'dev-1' });
    expect(await v2.attempts.where({ learnerId: 'l1', status: 'finished' }).count()).toBe(1);
    expect(await v2.outbox.count()).toBe(0);
    v2.close();
    const store = openOutboxStore({ name });
    await store.save({ entries: [], retry: null });
    expect(await store.load()).toEqual({ entries: [], retry: null });
    store.close();
  });
});
