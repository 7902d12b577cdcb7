/**
 * The browser's storage manager, feature-detected: old Android WebViews and some private modes
 * have no `navigator.storage`, and the app must work the same without it.
 */
export interface StorageUse {
  readonly usage: number;
  readonly quota: number | null;
}

const manager = (): StorageManager | null => (typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null);

/** Asks the browser not to evict the records under storage pressure. Resolves to whether it agreed (false when unsupported). */
export async function askPersistence(): Promise<boolean> {
  const m = manager();
  if (!m || typeof m.persist !== 'function') return false;
  try {
    return await m.persist();
  } catch {
    return false;
  }
}

/** Bytes used by this origin (and the quota), or null when the browser cannot say. */
export async function storageUse(): Promise<StorageUse | null> {
  const m = manager();
  if (!m || typeof m.estimate !== 'function') return null;
  try {
    const e = await m.estimate();
    return e.usage === undefined ? null : { usage: e.usage, quota: e.quota ?? null };
  } catch {
    return null;
  }
}
