import type { Lang } from '../i18n/catalogue.ts';
import { loadMachine } from '../machines/registry.ts';
import type { Attempt } from '../records/attempt.ts';
import { attemptStatements } from '../records/export/xapi.ts';
import type { FlushReport } from '../records/outbox/types.ts';
import { bundledDrills } from '../scenarios/bundled.ts';
import { openOutboxStore } from '../storage/outboxDbStore.ts';
import { startLrsSync, type LrsSync } from './lrsSync.ts';

/**
 * The LRS side of the app, loaded only on a device that has LRS settings (or when the trainer opens
 * the settings form): the outbox in IndexedDB, the client, and the machine the statements name.
 */
export interface LrsRuntime {
  readonly sync: LrsSync;
  queueAttempt(attempt: Attempt, lang: Lang): Promise<number>;
  /** Each flush's report, for a status line. Returns an unsubscribe. */
  onReport(listener: (report: FlushReport) => void): () => void;
}

export function createLrsRuntime(): LrsRuntime {
  const listeners = new Set<(report: FlushReport) => void>();
  const sync = startLrsSync({ store: openOutboxStore(), onReport: (r) => listeners.forEach((l) => l(r)) });
  return {
    sync,
    // Only the attempt's own machine is loaded (the app's registry), not every machine.
    queueAttempt: async (attempt, lang) => sync.enqueue(attemptStatements(attempt, { machines: [await loadMachine(attempt.machineId)], drills: bundledDrills, lang })),
    onReport: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
