import type { RecordsStore, StorageProblem, StoreOptions } from './recordsStore.ts';

/**
 * The records store, with its database library (dexie) loaded on first use instead of with the
 * home screen: every method is asynchronous anyway, and the home's first paint needs no record.
 */
export function openLazyRecordsStore(options: StoreOptions = {}): RecordsStore {
  let real: RecordsStore | null = null;
  let loading: Promise<RecordsStore> | null = null;
  const load = () =>
    (loading ??= import('./recordsStore.ts').then(
      (m) => (real = m.openRecordsStore(options)),
      (error: unknown) => {
        // A failed download is tried again on the next call (the network may be back).
        loading = null;
        throw error;
      },
    ));
  return {
    deviceId: () => load().then((s) => s.deviceId()),
    listLearners: () => load().then((s) => s.listLearners()),
    addLearner: (name) => load().then((s) => s.addLearner(name)),
    renameLearner: (id, name) => load().then((s) => s.renameLearner(id, name)),
    mergeLearners: (fromId, intoId) => load().then((s) => s.mergeLearners(fromId, intoId)),
    deleteLearner: (id) => load().then((s) => s.deleteLearner(id)),
    putAttempt: (attempt) => load().then((s) => s.putAttempt(attempt)),
    addRecords: (records) => load().then((s) => s.addRecords(records)),
    getAttempt: (id) => load().then((s) => s.getAttempt(id)),
    listAttempts: (filter) => load().then((s) => s.listAttempts(filter)),
    runningAttempt: (learnerId, machineId) => load().then((s) => s.runningAttempt(learnerId, machineId)),
    problems: (): readonly StorageProblem[] => real?.problems() ?? [],
    close: () => real?.close(),
  };
}
