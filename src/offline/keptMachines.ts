import type { MachineStorage } from './offlineFiles.ts';

/**
 * The machines a learner chose to keep on the device ("Unduh untuk offline"), so a new version of
 * the app can bring them up to date by itself instead of asking for the download again.
 */
const KEY = 'gladi.offline.kept';

/** Reads the kept ids; a missing, unreadable or foreign value is an empty list (a download remakes it). */
export function readKept(storage: Pick<Storage, 'getItem'> | null = safeLocalStorage()): Set<string> {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Adds or removes ids; storage that refuses (private mode, full) keeps the old list, which is only a convenience. */
export function writeKept(change: { add?: readonly string[]; remove?: string }, storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): Set<string> {
  const kept = readKept(storage);
  for (const id of change.add ?? []) kept.add(id);
  if (change.remove) kept.delete(change.remove);
  try {
    storage?.setItem(KEY, JSON.stringify([...kept]));
  } catch {
    // Not kept: the machine stays downloaded, it only will not update by itself.
  }
  return kept;
}

/** Kept machines the build still has that are no longer fully stored: a new version changed their files. */
export function machinesToUpdate(kept: ReadonlySet<string>, storage: ReadonlyMap<string, MachineStorage>): string[] {
  return [...storage.values()].filter((m) => kept.has(m.id) && !m.stored).map((m) => m.id);
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
