import type { Attempt } from '../records/attempt.ts';
import type { RecordsStore } from '../storage/recordsStore.ts';

/** Closes a running attempt as abandoned (kept, with its log, for the trainer's records). */
export async function abandonAttempt(store: RecordsStore, attempt: Attempt): Promise<void> {
  try {
    await store.putAttempt({ ...attempt, status: 'abandoned', updatedAt: new Date().toISOString() });
  } catch (error) {
    console.warn('gladi records: the attempt could not be closed', error);
  }
}
