/**
 * Which view of the machine this device shows: the 3D model or the 2D schematic ("Tampilan 2D /
 * 3D"). Kept per device (localStorage is per browser profile); anything else stored there (an
 * old or hand-edited value) is ignored, and a browser without storage simply does not remember.
 */
export type ViewKind = '3d' | '2d';

export const VIEW_CHOICE_KEY = 'gladi.view';

interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function deviceStorage(): KeyValue | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (private mode, a sandboxed frame)
  }
}

/** The stored choice, or null when none (or a value this app does not know) is stored. */
export function readViewChoice(storage: KeyValue | null = deviceStorage()): ViewKind | null {
  try {
    const v = storage?.getItem(VIEW_CHOICE_KEY);
    return v === '2d' || v === '3d' ? v : null;
  } catch {
    return null;
  }
}

/** Keeps the choice on this device; false when it could not be kept (the choice still applies now). */
export function saveViewChoice(kind: ViewKind, storage: KeyValue | null = deviceStorage()): boolean {
  if (kind !== '2d' && kind !== '3d') throw new RangeError(`view choice must be "2d" or "3d", not ${JSON.stringify(kind)}`);
  try {
    if (!storage) return false;
    storage.setItem(VIEW_CHOICE_KEY, kind);
    return true;
  } catch {
    return false;
  }
}
