import type { XapiStatement } from '../export/xapiTypes.ts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
import { serialiser } from './serialise.ts';
import type { Clock, FlushReport, OutboxEntry, OutboxState, OutboxStore, Random, Send, SendOutcome } from './types.ts';

/** Statements per POST: small enough for a slow tablet link, large enough to empty a day's queue quickly. */
export const DEFAULT_BATCH_SIZE = 25;

export interface OutboxOptions {
  readonly store: OutboxStore;
  readonly send: Send;
  readonly clock: Clock;
  readonly random: Random;
  readonly batchSize?: number;
  readonly backoff?: BackoffPolicy;
}

export interface OutboxStatus {
  readonly pending: number;
  readonly rejected: readonly OutboxEntry[];
  readonly retryAt: number | null;
}

export interface Outbox {
  /** Adds statements not yet queued (by id; a statement already in the queue is left as it is). Returns how many were added. */
  enqueue(statements: readonly XapiStatement[]): Promise<number>;
  /**
   * Sends what is pending, batch by batch. Waits out an earlier backoff unless `force` (the network
   * just came back). Only one flush runs at a time: calls made while one runs share one more flush after it.
   */
  flush(options?: { force?: boolean }): Promise<FlushReport>;
  status(): Promise<OutboxStatus>;
  /** Drops entries (the trainer dismissed rejected statements, or wants to put one back after a fix). */
  remove(ids: readonly string[]): Promise<void>;
}

type Stop = { readonly outcome: 'retryScheduled' | 'unauthorised' | 'misconfigured'; readonly failure: Exclude<SendOutcome, { kind: 'accepted' } | { kind: 'invalid' }> };

export function createOutbox(options: OutboxOptions): Outbox {
  const { store, send, clock, random } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const exclusive = serialiser();
  let running: Promise<FlushReport> | null = null;
  let follow: Promise<FlushReport> | null = null;
  let followForce = false;
  const start = (force: boolean) => {
    running = runFlush(force).finally(() => {
      running = null;
    });
    return running;
  };

  const update = (change: (s: OutboxState) => OutboxState) =>
    exclusive(async () => {
      const next = change(await store.load());
      await store.save(next);
      return next;
    });

  async function runFlush(force: boolean): Promise<FlushReport> {
    const sent: string[] = [];
    const rejected: { id: string; httpStatus: number; reason: string }[] = [];
    const tried = new Set<string>();
    const start = await exclusive(() => store.load());
    if (!force && start.retry && start.retry.notBefore > clock.now()) {
      return { outcome: 'waiting', sent, rejected, pending: pendingOf(start).length, retryAt: start.retry.notBefore };
    }

    /** Sends one batch; a refused batch is halved until the statement at fault stands alone (the LRS refuses a batch whole). */
    async function deliver(batch: readonly OutboxEntry[]): Promise<Stop | null> {
      for (const e of batch) tried.add(e.id);
      const result = await send(batch.map((e) => e.statement));
      if (result.kind === 'accepted') {
        const ids = new Set(batch.map((e) => e.id));
        await update((s) => ({ entries: s.entries.filter((e) => !ids.has(e.id)), retry: null }));
        sent.push(...ids);
        return null;
      }
      if (result.kind === 'invalid') {
        if (batch.length > 1) {
          const half = Math.ceil(batch.length / 2);
          return (await deliver(batch.slice(0, half))) ?? (await deliver(batch.slice(half)));
        }
        const only = batch[0]!;
        const rejection = { httpStatus: result.status, reason: result.reason, at: clock.now() };
        await update((s) => ({ ...s, entries: s.entries.map((e) => (e.id === only.id && e.status === 'pending' ? { ...e, status: 'rejected', rejection } : e)) }));
        rejected.push({ id: only.id, httpStatus: result.status, reason: result.reason });
        return null;
      }
      return { outcome: result.kind === 'retry' ? 'retryScheduled' : result.kind, failure: result };
    }

    for (;;) {
      const state = await exclusive(() => store.load());
      const batch = pendingOf(state)
        .filter((e) => !tried.has(e.id))
        .slice(0, batchSize);
      if (batch.length === 0) {
        const end = await update((s) => ({ ...s, retry: null }));
        return { outcome: 'done', sent, rejected, pending: pendingOf(end).length };
      }
      const stop = await deliver(batch);
      if (stop === null) continue;
      const { failure } = stop;
      if (failure.kind !== 'retry') {
        const end = await exclusive(() => store.load());
        return { outcome: stop.outcome, sent, rejected, pending: pendingOf(end).length, reason: failure.reason, httpStatus: failure.status };
      }
      const end = await update((s) => {
        const failures = (s.retry?.failures ?? 0) + 1;
        // Retry-After is the LRS asking for a pause: honour it, but never retry sooner than the backoff would.
        const delay = Math.max(failure.retryAfterMs ?? 0, backoffDelay(failures, random, policy));
        return { ...s, retry: { failures, notBefore: clock.now() + delay } };
      });
      return {
        outcome: 'retryScheduled',
        sent,
        rejected,
        pending: pendingOf(end).length,
        retryAt: end.retry!.notBefore,
        reason: failure.reason,
        ...(failure.status === undefined ? {} : { httpStatus: failure.status }),
      };
    }
  }

  return {
    async enqueue(statements) {
      let added = 0;
      await update((s) => {
        const known = new Set(s.entries.map((e) => e.id));
        const fresh: OutboxEntry[] = [];
        for (const statement of statements) {
          if (known.has(statement.id)) continue;
          known.add(statement.id);
          fresh.push({ id: statement.id, statement, status: 'pending', enqueuedAt: clock.now() });
        }
        added = fresh.length;
        return fresh.length === 0 ? s : { ...s, entries: [...s.entries, ...fresh] };
      });
      return added;
    },
    flush(flushOptions = {}) {
      const force = flushOptions.force === true;
      if (!running) return start(force);
      // A call during a flush (new settings, the network back) gets one more flush after it, shared by all such calls.
      followForce ||= force;
      follow ??= running
        .catch(() => undefined)
        .then(() => {
          const f = followForce;
          follow = null;
          followForce = false;
          return start(f);
        });
      return follow;
    },
    async status() {
      const s = await exclusive(() => store.load());
      return { pending: pendingOf(s).length, rejected: s.entries.filter((e) => e.status === 'rejected'), retryAt: s.retry?.notBefore ?? null };
    },
    async remove(ids) {
      const drop = new Set(ids);
      await update((s) => ({ ...s, entries: s.entries.filter((e) => !drop.has(e.id)) }));
    },
  };
}

function pendingOf(state: OutboxState): OutboxEntry[] {
  return state.entries.filter((e) => e.status === 'pending');
}
