import type { Attempt } from '../attempt.ts';

const FINAL = new Set(['finished', 'abandoned']);

/**
 * Whether `incoming` is a later copy of the attempt `held` (the same attempt exported again after
 * the learner went on): made on the same device and machine, its log starting with every entry the
 * held copy has and going further, or the same log now closed. A copy that would take a closed
 * attempt back to running, or whose log disagrees with the held one, is not later: it is skipped.
 */
export function isLaterCopy(held: Attempt, incoming: Attempt): boolean {
  if (held.id !== incoming.id || held.deviceId !== incoming.deviceId || held.machineId !== incoming.machineId) return false;
  if (FINAL.has(held.status) && !FINAL.has(incoming.status)) return false;
  const before = held.record.log.entries;
  const after = incoming.record.log.entries;
  if (after.length < before.length) return false;
  const grew = after.length > before.length || (FINAL.has(incoming.status) && !FINAL.has(held.status));
  return grew && JSON.stringify(after.slice(0, before.length)) === JSON.stringify(before);
}
