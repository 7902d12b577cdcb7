import { useSyncExternalStore } from 'react';
import { parseQuality, serializeQuality, type QualityChoice, type QualityLevel, type QualitySetting } from './qualityPolicy.ts';

/** The device's picture-quality setting, in localStorage so it stays with the device (no three here: the header uses it). */
export const QUALITY_STORAGE_KEY = 'gladi.quality';

function read(): QualitySetting {
  try {
    return parseQuality(window.localStorage.getItem(QUALITY_STORAGE_KEY));
  } catch {
    return parseQuality(null); // storage blocked (private mode, policy): the default, kept for this page only
  }
}

let current: QualitySetting | null = null;
const listeners = new Set<() => void>();

function set(next: QualitySetting): void {
  const now = getQuality();
  if (next.choice === now.choice && next.auto === now.auto) return;
  current = next;
  try {
    window.localStorage.setItem(QUALITY_STORAGE_KEY, serializeQuality(next));
  } catch {
    // Not kept across visits, but this page still follows it.
  }
  for (const l of listeners) l();
}

export const getQuality = (): QualitySetting => (current ??= read());
export const chooseQuality = (choice: QualityChoice): void => set({ ...getQuality(), choice });
/** What the automatic choice has learnt about this device's speed. */
export const learnAutoLevel = (auto: QualityLevel): void => set({ ...getQuality(), auto });

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useQuality(): QualitySetting {
  return useSyncExternalStore(subscribe, getQuality);
}
