import type { Drill } from './types.ts';

/** Plain JSON with object keys in sorted order, so the same drill always writes the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A short fingerprint of what decides a drill's replay (start, faults, objectives, limits, weights),
 * leaving out texts and the author's test runs. A record keeps it, so a record made before the
 * drill was changed is recognised as such instead of looking tampered with.
 */
export function drillFingerprint(drill: Drill): string {
  const { machine, id, mode, start, startMs, faults, timeLimitMs, passMark, weights } = drill;
  const objectives = drill.objectives.map((o) => ({ ...o, label: undefined }));
  const text = canonical({ machine, id, mode, start, startMs, faults, objectives, timeLimitMs, passMark, weights });
  // FNV-1a, 32 bits: enough to tell versions of one drill apart (not a security measure; the replay is).
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
