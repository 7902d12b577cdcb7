import type { Random } from './types.ts';

/** How long to wait after failed sends. Named so they are easy to change. */
export interface BackoffPolicy {
  /** The wait after the first failure, before jitter (ms). */
  readonly baseMs: number;
  /** The longest wait, before jitter (ms). */
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 10 * 60_000 };

/**
 * Exponential backoff with "equal jitter": half the doubled delay is fixed, half random, so devices
 * that lost the network together (a classroom's tablets) do not all retry in the same second.
 */
export function backoffDelay(failures: number, random: Random, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, failures - 1);
  const capped = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(capped / 2 + (capped / 2) * r);
}
