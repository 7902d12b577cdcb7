/** The learner chosen on this device, kept across reloads (localStorage is per browser profile, so per device). */
const KEY = 'gladi.currentLearner';

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: the choice lasts for this page only
  }
}

export function readCurrentLearner(): string | null {
  return store()?.getItem(KEY) ?? null;
}

export function writeCurrentLearner(id: string | null): void {
  const s = store();
  if (!s) return;
  try {
    if (id) s.setItem(KEY, id);
    else s.removeItem(KEY);
  } catch {
    // quota or privacy mode: not fatal, the choice lasts for this page only
  }
}
