import type { Lang } from '../i18n/catalogue.ts';
import type { Attempt } from '../records/attempt.ts';
import { loadLrsSettings } from './lrsSettings.ts';
import type { LrsRuntime } from './lrsRuntime.ts';

/**
 * The app's one LRS runtime, imported lazily so the home screen stays small and a device without
 * LRS settings loads none of it.
 */
let runtime: Promise<LrsRuntime> | null = null;

export function lrsRuntime(): Promise<LrsRuntime> {
  runtime ??= import('./lrsRuntime.ts').then((m) => m.createLrsRuntime());
  return runtime;
}

const hasSettings = () => {
  try {
    return loadLrsSettings() !== null;
  } catch {
    return false; // no localStorage (private mode on some tablets)
  }
};

/** At app start: begin flushing a queue left from before, if this device sends to an LRS. */
export function startLrsIfConfigured(): void {
  if (hasSettings()) void lrsRuntime();
}

/** A finished attempt: its statements go to the outbox, only when this device has LRS settings. */
export async function queueFinishedAttempt(attempt: Attempt, lang: Lang): Promise<void> {
  if (attempt.status !== 'finished' || !hasSettings()) return;
  await (await lrsRuntime()).queueAttempt(attempt, lang);
}
