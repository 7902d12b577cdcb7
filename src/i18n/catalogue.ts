/** Message catalogues: Bahasa Indonesia first, English second. Keys are stable ids. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

export type Messages = Readonly<Record<string, string>>;
export interface MachineMessages {
  readonly id: Messages;
  readonly en: Messages;
}

export const isLang = (v: unknown): v is Lang => v === 'id' || v === 'en';

/**
 * Looks a key up and fills `{name}` placeholders. A missing key returns the key itself in
 * brackets, so a gap is visible on screen rather than silently blank (a test keeps gaps out).
 */
export function format(messages: Messages, key: string, params?: Readonly<Record<string, string | number>>): string {
  const text = messages[key];
  if (text === undefined) return `[${key}]`;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Prefixes every key of a machine's catalogue with its machine id, so catalogues can merge. */
export function prefixed(machineId: string, messages: Messages): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [`${machineId}.${k}`, v]));
}
