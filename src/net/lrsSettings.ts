/**
 * The LRS connection the trainer enters on the device. Never bundled with the app: it lives only in
 * this device's localStorage, under one key.
 */
export interface LrsSettings {
  /** The xAPI endpoint, e.g. `https://lrs.example.org/xapi/` (statements go to `<endpoint>statements`). */
  readonly endpoint: string;
  readonly key: string;
  readonly secret: string;
}

export const LRS_SETTINGS_KEY = 'gladi.lrs.settings';

/** What a settings form needs to tell the trainer (codes; the UI shows catalogue texts for them). */
export type LrsSettingsProblem = 'endpointMissing' | 'endpointNotHttp' | 'keyMissing' | 'secretMissing';

/** The subset of `Storage` used here (so tests can pass a map). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function lrsSettingsProblems(s: LrsSettings): LrsSettingsProblem[] {
  const problems: LrsSettingsProblem[] = [];
  const endpoint = s.endpoint.trim();
  if (endpoint === '') problems.push('endpointMissing');
  else if (!isHttpUrl(endpoint)) problems.push('endpointNotHttp');
  if (s.key.trim() === '') problems.push('keyMissing');
  if (s.secret === '') problems.push('secretMissing');
  return problems;
}

/** The saved settings, or null when none are saved or what is saved is unusable. */
export function loadLrsSettings(storage: KeyValueStorage = localStorage): LrsSettings | null {
  const raw = storage.getItem(LRS_SETTINGS_KEY);
  if (raw === null) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { endpoint, key, secret } = v as Record<string, unknown>;
    if (typeof endpoint !== 'string' || typeof key !== 'string' || typeof secret !== 'string') return null;
    const settings = { endpoint, key, secret };
    return lrsSettingsProblems(settings).length === 0 ? settings : null;
  } catch {
    return null;
  }
}

/** Saves valid settings (endpoint trimmed, with a trailing slash); returns the problems instead when there are any. */
export function saveLrsSettings(s: LrsSettings, storage: KeyValueStorage = localStorage): LrsSettingsProblem[] {
  const problems = lrsSettingsProblems(s);
  if (problems.length > 0) return problems;
  const settings: LrsSettings = { endpoint: withTrailingSlash(s.endpoint.trim()), key: s.key.trim(), secret: s.secret };
  storage.setItem(LRS_SETTINGS_KEY, JSON.stringify(settings));
  return [];
}

export function clearLrsSettings(storage: KeyValueStorage = localStorage): void {
  storage.removeItem(LRS_SETTINGS_KEY);
}

export function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
