import type { XapiStatement } from '../export/xapiTypes.ts';

/** One statement waiting in the outbox, or refused by the LRS (kept, with the reason, for the trainer to see). */
export interface OutboxEntry {
  readonly id: string;
  readonly statement: XapiStatement;
  readonly status: 'pending' | 'rejected';
  readonly enqueuedAt: number;
  /** Set when status is 'rejected': the HTTP status and what the LRS said. */
  readonly rejection?: { readonly httpStatus: number; readonly reason: string; readonly at: number };
}

/** Everything the outbox persists: the queue in enqueue order and the backoff after failed sends. */
export interface OutboxState {
  readonly entries: readonly OutboxEntry[];
  /** After a retryable failure: how many in a row, and the earliest time (ms) to try again. */
  readonly retry: { readonly failures: number; readonly notBefore: number } | null;
}

export const EMPTY_OUTBOX: OutboxState = { entries: [], retry: null };

/** Where the queue lives (IndexedDB in the app, memory in tests). Async because IndexedDB is. */
export interface OutboxStore {
  load(): Promise<OutboxState>;
  save(state: OutboxState): Promise<void>;
}

/** What one POST of a batch came to, as the outbox needs it (the LRS client maps HTTP onto this). */
export type SendOutcome =
  | { readonly kind: 'accepted' }
  /** 400 / 409 / 413: the LRS refused the batch because of (at least) one statement in it. */
  | { readonly kind: 'invalid'; readonly status: number; readonly reason: string }
  /** 401 / 403: the key or secret is wrong; every further send would fail the same way. */
  | { readonly kind: 'unauthorised'; readonly status: number; readonly reason: string }
  /** Any other 4xx (404 on a wrong endpoint, 405...): a settings problem, not a statement problem. */
  | { readonly kind: 'misconfigured'; readonly status: number; readonly reason: string }
  /** Network error, timeout, 408, 429, 5xx: try again later (after Retry-After when the LRS gave one). */
  | { readonly kind: 'retry'; readonly reason: string; readonly status?: number; readonly retryAfterMs?: number };

export type Send = (batch: readonly XapiStatement[]) => Promise<SendOutcome>;

/** Wall-clock time in ms, injected: pure code reads no real clock. */
export interface Clock {
  now(): number;
}

/** A uniform random number in [0, 1), injected (for the backoff's jitter). */
export type Random = () => number;

export type FlushOutcome =
  /** Nothing pending is left (rejected entries may remain). */
  | 'done'
  /** The backoff of an earlier failure has not run out: nothing was sent. */
  | 'waiting'
  /** A retryable failure: the rest waits until retryAt. */
  | 'retryScheduled'
  /** 401/403: stopped; nothing more is sent until the trainer fixes the credentials. */
  | 'unauthorised'
  /** Another 4xx: stopped; the endpoint is probably wrong. */
  | 'misconfigured';

export interface FlushReport {
  readonly outcome: FlushOutcome;
  /** Ids the LRS accepted during this flush. */
  readonly sent: readonly string[];
  /** Ids the LRS refused during this flush, each with its reason. */
  readonly rejected: readonly { readonly id: string; readonly httpStatus: number; readonly reason: string }[];
  /** Pending entries left after the flush. */
  readonly pending: number;
  /** With 'waiting' and 'retryScheduled': when the next try may happen (ms). */
  readonly retryAt?: number;
  /** With a stop or a retry: what went wrong, as the LRS client reported it. */
  readonly reason?: string;
  readonly httpStatus?: number;
}
