/**
 * The trainer's PIN on a shared device: the exam's trainer panel (pause, faults, restart) opens
 * only with it. Only a salted hash is kept. This keeps a trainee from opening the panel in their
 * own exam; it is not protection against someone who can edit the browser's storage.
 */
const KEY = 'gladi.trainerPin.v1';
const SALT = 'gladi-trainer-pin';

export const PIN_PATTERN = /^\d{4,8}$/;

/** FNV-1a, 32 bit, over salt + pin: enough to avoid keeping the PIN itself in storage. */
function hash(pin: string): string {
  let h = 0x811c9dc5;
  for (const ch of SALT + pin) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export interface PinStore {
  isSet(): boolean;
  check(pin: string): boolean;
  /** Returns false when the PIN is malformed or the device refuses to store it (private mode, full storage). */
  set(pin: string): boolean;
}

export function pinStore(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): PinStore {
  const read = () => {
    try {
      return storage?.getItem(KEY) ?? null;
    } catch {
      return null;
    }
  };
  return {
    isSet: () => read() !== null,
    check: (pin) => read() === hash(pin.trim()),
    set(pin) {
      if (!PIN_PATTERN.test(pin.trim()) || !storage) return false;
      try {
        storage.setItem(KEY, hash(pin.trim()));
        return read() === hash(pin.trim());
      } catch {
        return false;
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
