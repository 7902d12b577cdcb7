import type { DexieOptions } from 'dexie';
import { EMPTY_OUTBOX, type OutboxState, type OutboxStore } from '../records/outbox/types.ts';
import { RecordsDb, RECORDS_DB_NAME } from './recordsDb.ts';

/** The one row the outbox state lives in. */
export const OUTBOX_ROW_KEY = 'state';

/** The LRS outbox in the device's records database (IndexedDB), so queued statements survive a reload or a crash. */
export function openOutboxStore(options: { readonly name?: string; readonly dexie?: DexieOptions } = {}): OutboxStore & { close(): void } {
  const db = new RecordsDb(options.name ?? RECORDS_DB_NAME, options.dexie);
  return {
    load: async (): Promise<OutboxState> => (await db.outbox.get(OUTBOX_ROW_KEY))?.state ?? EMPTY_OUTBOX,
    save: async (state) => {
      await db.outbox.put({ key: OUTBOX_ROW_KEY, state });
    },
    close: () => db.close(),
  };
}
