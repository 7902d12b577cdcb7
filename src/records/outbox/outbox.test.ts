import { describe, expect, it } from 'vitest';
import type { XapiStatement } from '../export/xapiTypes.ts';
import { backoffDelay } from './backoff.ts';
import { memoryOutboxStore } from './memoryStore.ts';
import { createOutbox } from './outbox.ts';
import type { SendOutcome } from './types.ts';

/** Tests need only the id: the outbox never looks inside a statement. */
const statement = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, verb: { id: 'v' } }) as unknown as XapiStatement;
const statements = (count: number, from = 1) => Array.from({ length: count }, (_, i) => statement(from + i));

function setup(respond: (batch: readonly XapiStatement[], call: number) => SendOutcome | Promise<SendOutcome>, batchSize = 3) {
  let now = 1_000_000;
  const store = memoryOutboxStore();
  const calls: string[][] = [];
  const outbox = createOutbox({
    store,
    clock: { now: () => now },
    random: () => 0.5,
    batchSize,
    backoff: { baseMs: 1_000, maxMs: 60_000 },
    send: async (batch) => {
      calls.push(batch.map((s) => s.id));
      return respond(batch, calls.length);
    },
  });
  return { outbox, store, calls, advance: (ms: number) => (now += ms), now: () => now };
}
const accept = (): SendOutcome => ({ kind: 'accepted' });

describe('outbox: enqueue', () => {
  it('is idempotent by statement id', async () => {
    const { outbox, store } = setup(accept);
    expect(await outbox.enqueue([statement(1), statement(2), statement(1)])).toBe(2);
    expect(await outbox.enqueue([statement(2), statement(3)])).toBe(1);
    expect(store.current().entries.map((e) => e.id)).toEqual([1, 2, 3].map((n) => statement(n).id));
    expect((await outbox.status()).pending).toBe(3);
  });
});

describe('outbox: flush', () => {
  it('sends everything in batches, in order, and empties the queue', async () => {
    const { outbox, store, calls } = setup(accept);
    await outbox.enqueue(statements(7));
    const report = await outbox.flush();
    expect(report).toMatchObject({ outcome: 'done', pending: 0, rejected: [] });
    expect(report.sent).toEqual(statements(7).map((s) => s.id));
    expect(calls.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(store.current().entries).toEqual([]);
  });

  it('a 400 marks only the bad statement rejected, with the reason, and sends the others', async () => {
    const bad = statement(5).id;
    const { outbox, store, calls } = setup((batch) => (batch.some((s) => s.id === bad) ? { kind: 'invalid', status: 400, reason: 'verb.id is not an IRI' } : accept()), 4);
    await outbox.enqueue(statements(8));
    const report = await outbox.flush();
    expect(report.outcome).toBe('done');
    expect(report.rejected).toEqual([{ id: bad, httpStatus: 400, reason: 'verb.id is not an IRI' }]);
    expect([...report.sent].sort()).toEqual(statements(8).map((s) => s.id).filter((id) => id !== bad).sort());
    expect(store.current().entries).toMatchObject([{ id: bad, status: 'rejected', rejection: { httpStatus: 400, reason: 'verb.id is not an IRI' } }]);
    expect(calls.filter((c) => c.includes(bad)).at(-1)).toEqual([bad]);
    // A rejected statement is not sent again by the next flush.
    const before = calls.length;
    expect((await outbox.flush()).outcome).toBe('done');
    expect(calls.length).toBe(before);
    expect((await outbox.status()).rejected.map((e) => e.id)).toEqual([bad]);
  });

  it('401/403 stops the flush: nothing more is sent and every statement stays pending', async () => {
    for (const status of [401, 403]) {
      const { outbox, calls, store } = setup(() => ({ kind: 'unauthorised', status, reason: 'bad credentials' }));
      await outbox.enqueue(statements(7));
      expect(await outbox.flush()).toMatchObject({ outcome: 'unauthorised', httpStatus: status, pending: 7, sent: [] });
      expect(calls.length).toBe(1);
      expect(store.current().entries.every((e) => e.status === 'pending')).toBe(true);
      expect(store.current().retry).toBeNull();
    }
  });

  it('another 4xx (wrong endpoint) stops as misconfigured', async () => {
    const { outbox, calls } = setup(() => ({ kind: 'misconfigured', status: 404, reason: 'Not Found' }));
    await outbox.enqueue(statements(4));
    expect(await outbox.flush()).toMatchObject({ outcome: 'misconfigured', httpStatus: 404, pending: 4 });
    expect(calls.length).toBe(1);
  });

  it('a network error schedules a retry with backoff; the next flush waits it out unless forced', async () => {
    let online = false;
    const { outbox, calls, advance, now } = setup(() => (online ? accept() : { kind: 'retry', reason: 'network' }));
    await outbox.enqueue(statements(5));
    const first = await outbox.flush();
    expect(first).toMatchObject({ outcome: 'retryScheduled', pending: 5, reason: 'network' });
    expect(first.retryAt).toBe(now() + backoffDelay(1, () => 0.5, { baseMs: 1_000, maxMs: 60_000 }));

    advance(100);
    expect(await outbox.flush()).toMatchObject({ outcome: 'waiting', retryAt: first.retryAt, pending: 5 });
    expect(calls.length).toBe(1);

    // Failing again doubles the wait.
    advance(first.retryAt! - now());
    const second = await outbox.flush();
    expect(second.retryAt! - now()).toBe(backoffDelay(2, () => 0.5, { baseMs: 1_000, maxMs: 60_000 }));

    online = true;
    expect(await outbox.flush({ force: true })).toMatchObject({ outcome: 'done', pending: 0 });
    expect((await outbox.status()).retryAt).toBeNull();
  });

  it('honours Retry-After of a 429 or 503 when it is longer than the backoff', async () => {
    const { outbox, now } = setup(() => ({ kind: 'retry', status: 429, reason: 'Too Many Requests', retryAfterMs: 120_000 }));
    await outbox.enqueue(statements(2));
    const report = await outbox.flush();
    expect(report).toMatchObject({ outcome: 'retryScheduled', httpStatus: 429 });
    expect(report.retryAt).toBe(now() + 120_000);
  });

  it('keeps what was sent before a failure mid-flush', async () => {
    const { outbox, store } = setup((_, call) => (call === 1 ? accept() : { kind: 'retry', status: 503, reason: 'Service Unavailable' }));
    await outbox.enqueue(statements(5));
    expect(await outbox.flush()).toMatchObject({ outcome: 'retryScheduled', sent: statements(3).map((s) => s.id), pending: 2 });
    expect(store.current().entries.map((e) => e.id)).toEqual(statements(2, 4).map((s) => s.id));
  });

  it('does not lose a statement enqueued while a flush is sending', async () => {
    let outboxRef: ReturnType<typeof setup>['outbox'] | null = null;
    const { outbox, store } = setup(async (_, call) => {
      if (call === 1) await outboxRef!.enqueue([statement(99)]);
      return accept();
    });
    outboxRef = outbox;
    await outbox.enqueue(statements(2));
    const report = await outbox.flush();
    expect(report.sent).toEqual([...statements(2), statement(99)].map((s) => s.id));
    expect(store.current().entries).toEqual([]);
  });

  it('runs one flush at a time: calls during a flush share one more flush after it', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let inFlight = 0;
    let most = 0;
    const { outbox, calls } = setup(async () => {
      most = Math.max(most, ++inFlight);
      await gate;
      inFlight--;
      return accept();
    }, 10);
    await outbox.enqueue(statements(2));
    const a = outbox.flush();
    const b = outbox.flush();
    const c = outbox.flush({ force: true });
    expect(b).toBe(c);
    release();
    expect((await a).sent).toEqual(statements(2).map((s) => s.id));
    expect(await b).toMatchObject({ outcome: 'done', sent: [] });
    expect(calls.length).toBe(1);
    expect(most).toBe(1);
  });

  it('remove() drops dismissed entries', async () => {
    const { outbox, store } = setup(accept);
    await outbox.enqueue(statements(3));
    await outbox.remove([statement(2).id]);
    expect(store.current().entries.map((e) => e.id)).toEqual([statement(1).id, statement(3).id]);
  });
});
