import type { Attempt, Learner } from '../attempt.ts';

/**
 * A class bundle: one device's learners and attempts in one JSON file, carried by hand (USB stick,
 * WhatsApp) from each tablet to the trainer's laptop and merged there (readBundle, mergeBundle).
 * Each attempt keeps its whole session record, so the laptop checks every one by replaying it.
 */
export const BUNDLE_FORMAT = 'gladi-class-bundle';
export const BUNDLE_VERSION = 1;

export interface ClassBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly version: typeof BUNDLE_VERSION;
  /** The device (browser profile) that exported it. */
  readonly deviceId: string;
  /** ISO 8601 wall-clock time of the export. */
  readonly exportedAt: string;
  readonly learners: readonly Learner[];
  readonly attempts: readonly Attempt[];
}

/**
 * Bounds a genuine bundle stays within [I]: a centre's class (tens of learners, a few hundred
 * attempts each) fits many times over; beyond them the file is refused before anything is
 * replayed, so a hostile or runaway file cannot freeze the trainer's laptop.
 */
export const MAX_BUNDLE_LEARNERS = 2_000;
export const MAX_BUNDLE_ATTEMPTS = 20_000;
/** Largest bundle file read, in UTF-8 bytes (each record within it keeps its own bound too). */
export const MAX_BUNDLE_BYTES = 100 * 1_000_000;

/**
 * The bundle of what this device holds: every learner given, plus (so a bundle is always whole)
 * none missing that an attempt refers to. The caller passes the learners it wants listed.
 */
export function makeBundle(deviceId: string, exportedAt: string, learners: readonly Learner[], attempts: readonly Attempt[]): ClassBundle {
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, deviceId, exportedAt, learners: [...learners], attempts: [...attempts] };
}

/** `gladi-kelas-<device>-2026-12-02-1405.json`: local time of the export, the device's id cut short. */
export function bundleFileName(deviceId: string, exported: Date): string {
  const device = deviceId.replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 8) || 'perangkat';
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${exported.getFullYear()}-${two(exported.getMonth() + 1)}-${two(exported.getDate())}`;
  return `gladi-kelas-${device}-${date}-${two(exported.getHours())}${two(exported.getMinutes())}.json`;
}
