import { EMPTY_OUTBOX, type OutboxState, type OutboxStore } from './types.ts';

/** An outbox store in memory (tests; a fallback when no persistent store is available). */
export function memoryOutboxStore(initial: OutboxState = EMPTY_OUTBOX): OutboxStore & { readonly saves: number; current(): OutboxState } {
  // A deep copy on the way in and out, as a real store (structured clone, JSON) would do.
  const copy = (s: OutboxState): OutboxState => structuredClone(s);
  let state = copy(initial);
  let saves = 0;
  return {
    load: async () => copy(state),
    save: async (next) => {
      state = copy(next);
      saves++;
    },
    current: () => copy(state),
    get saves() {
      return saves;
    },
  };
}
