import { createOutbox, type Outbox, type OutboxStatus } from '../records/outbox/outbox.ts';
import type { FlushReport, OutboxStore, SendOutcome } from '../records/outbox/types.ts';
import type { XapiStatement } from '../records/export/xapiTypes.ts';
import { startAutoFlush, type AutoFlush } from './autoFlush.ts';
import { lrsSender } from './lrsClient.ts';
import { clearLrsSettings, loadLrsSettings, saveLrsSettings, type KeyValueStorage, type LrsSettings, type LrsSettingsProblem } from './lrsSettings.ts';

/** What the app (and a trainer settings screen) uses: one object wiring outbox, LRS client, settings and auto-flush. */
export interface LrsSync {
  /** Queue statements (an attempt's, when it is saved); they go out when there is an LRS and a network. */
  enqueue(statements: readonly XapiStatement[]): Promise<number>;
  status(): Promise<OutboxStatus>;
  settings(): LrsSettings | null;
  /** Saves new settings (or returns what is wrong with them) and flushes at once with them. */
  saveSettings(settings: LrsSettings): Promise<LrsSettingsProblem[]>;
  clearSettings(): void;
  flushNow(): Promise<FlushReport>;
  /** Dismiss rejected statements the trainer has seen. */
  remove(ids: readonly string[]): Promise<void>;
  stop(): void;
}

export interface LrsSyncOptions {
  /** The persistent queue (IndexedDB in the app). */
  readonly store: OutboxStore;
  readonly storage?: KeyValueStorage;
  readonly onReport?: (report: FlushReport) => void;
}

/** Without settings nothing can be sent: a stop the trainer fixes by entering them (status 0: no HTTP answer). */
const NO_SETTINGS: SendOutcome = { kind: 'misconfigured', status: 0, reason: 'no LRS settings on this device' };

export function startLrsSync(options: LrsSyncOptions): LrsSync {
  const storage = options.storage ?? localStorage;
  let current = loadLrsSettings(storage);
  let send = current ? lrsSender(current) : null;
  const outbox: Outbox = createOutbox({
    store: options.store,
    // UI-side wall clock and randomness (jitter): this is not procedure time.
    clock: { now: () => Date.now() },
    random: Math.random,
    send: (batch) => (send ? send(batch) : Promise.resolve(NO_SETTINGS)),
  });
  const auto: AutoFlush = startAutoFlush(outbox, options.onReport ? { onReport: options.onReport } : {});

  return {
    enqueue: async (statements) => {
      const added = await outbox.enqueue(statements);
      if (added > 0) auto.nudge();
      return added;
    },
    status: () => outbox.status(),
    settings: () => current,
    saveSettings: async (settings) => {
      const problems = saveLrsSettings(settings, storage);
      if (problems.length > 0) return problems;
      current = loadLrsSettings(storage);
      send = current ? lrsSender(current) : null;
      await auto.flushNow();
      return [];
    },
    clearSettings: () => {
      clearLrsSettings(storage);
      current = null;
      send = null;
    },
    flushNow: () => auto.flushNow(),
    remove: (ids) => outbox.remove(ids),
    stop: () => auto.stop(),
  };
}
