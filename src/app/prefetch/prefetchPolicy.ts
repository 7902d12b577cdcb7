/**
 * Whether the home may download machines nobody has asked for yet. The centre's tablets are often
 * on paid mobile data: only on a fast link that is not metered and not in data-saver mode. A
 * browser that does not say (no Network Information API) gets nothing ahead of time.
 */

/** The parts of `navigator.connection` (Network Information API, Chromium) the policy reads. */
export interface ConnectionInfo {
  readonly saveData?: boolean;
  /** 'slow-2g' | '2g' | '3g' | '4g' (the browser's estimate of the link). */
  readonly effectiveType?: string;
  /** 'cellular', 'wifi', 'ethernet', … where the browser tells (Android Chrome). */
  readonly type?: string;
}

/** The slowest link on which the home prefetches [I]. */
export const PREFETCH_EFFECTIVE_TYPES: readonly string[] = ['4g'];

export function mayPrefetch(connection: ConnectionInfo | undefined): boolean {
  if (!connection) return false;
  if (connection.saveData) return false;
  if (connection.type === 'cellular') return false; // paid mobile data
  return connection.effectiveType !== undefined && PREFETCH_EFFECTIVE_TYPES.includes(connection.effectiveType);
}
