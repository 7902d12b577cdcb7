import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Learner } from '../records/attempt.ts';
import { readCurrentLearner, writeCurrentLearner } from '../storage/currentLearner.ts';
import { openLazyRecordsStore } from '../storage/lazyRecordsStore.ts';
import type { RecordsStore } from '../storage/recordsStore.ts';
import type { Learners } from '../ui/LearnerContext.tsx';

function openStore(): RecordsStore | null {
  if (typeof indexedDB === 'undefined') return null;
  // A damaged row is skipped and named for support; the learner is never shown an error for it.
  return openLazyRecordsStore({ onProblem: (p) => console.warn(`gladi records: skipped damaged ${p.table} row ${p.id} (field ${p.field})`) });
}

/**
 * The link's name is applied once: taken out of the address, so a reload keeps whoever picked
 * their name since (the device remembers the choice), not the learner the link first named.
 */
function dropLinkLearner(): void {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('learner')) return;
  params.delete('learner');
  const search = params.toString();
  window.history.replaceState(window.history.state, '', search ? `?${search}` : window.location.pathname);
}

/**
 * The device's learners and the current one (kept in localStorage). A link's `learner` name is
 * selected, and added first if it is new, so a trainer's shared link opens for the right person.
 */
export function useDeviceLearners(linkName: string | null): Learners {
  const store = useMemo(openStore, []);
  const [list, setList] = useState<readonly Learner[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(readCurrentLearner);
  const [ready, setReady] = useState(store === null);

  const select = useCallback((id: string) => {
    writeCurrentLearner(id);
    setCurrentId(id);
  }, []);
  const add = useCallback(
    async (name: string) => {
      if (!store || !name.trim()) return;
      const learner = await store.addLearner(name);
      setList(await store.listLearners());
      select(learner.id);
    },
    [store, select],
  );
  const refresh = useCallback(async () => {
    if (store) setList(await store.listLearners());
  }, [store]);

  useEffect(() => {
    if (!store) return;
    let live = true;
    void (async () => {
      try {
        const fromLink = linkName ? await store.addLearner(linkName) : null;
        const learners = await store.listLearners();
        if (!live) return;
        setList(learners);
        if (fromLink) {
          select(fromLink.id);
          dropLinkLearner();
        }
      } catch (error) {
        console.warn('gladi records: the learner list could not be read', error);
      } finally {
        if (live) setReady(true);
      }
    })();
    return () => void (live = false);
  }, [store, linkName, select]);

  const current = list.find((l) => l.id === currentId) ?? null;
  return useMemo(() => ({ store, list, current, ready, select, add, refresh }), [store, list, current, ready, select, add, refresh]);
}
