import { useCallback, useEffect, useState } from 'react';
import { ENGINE_MISTAKES, type Severity } from '../../engine/mistakes.ts';
import { machineCatalogue } from '../../machines/catalogue.ts';
import type { Attempt } from '../../records/attempt.ts';
import { learnerProgress, type MachineProgress } from '../../records/progress.ts';
import type { RecordsStore } from '../../storage/recordsStore.ts';
import { machineBundle } from '../machineBundle.ts';

export type ProgressState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | {
      readonly status: 'ready';
      readonly progress: readonly MachineProgress[];
      /** Machines whose texts (and so mistake names) could not be loaded; retry reloads them. */
      readonly textsMissing: readonly string[];
    };

const ENGINE_SEVERITY = new Map<string, Severity>(Object.values(ENGINE_MISTAKES).map((m) => [m.id, m.severity]));
const ORDER = machineCatalogue.map((m) => m.id);

/**
 * The learner's attempts and, for each machine they practised, that machine's texts and mistake
 * severities (through machineBundle: only those machines are downloaded, never the whole set).
 */
export function useLearnerProgress(store: RecordsStore | null, learnerId: string | null): { readonly state: ProgressState; readonly retry: () => void } {
  const [state, setState] = useState<ProgressState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const retry = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    if (!store || !learnerId) return;
    let live = true;
    setState({ status: 'loading' });
    void (async () => {
      let attempts: Attempt[];
      try {
        attempts = await store.listAttempts({ learnerId });
      } catch {
        if (live) setState({ status: 'failed' });
        return;
      }
      const known = attempts.filter((a) => ORDER.includes(a.machineId));
      const ids = [...new Set(known.map((a) => a.machineId))];
      const loaded = await Promise.allSettled(ids.map((id) => machineBundle(id)));
      const severities = new Map<string, Map<string, Severity>>();
      loaded.forEach((r, i) => {
        if (r.status === 'fulfilled') severities.set(ids[i]!, new Map(r.value.module.mistakes.specs.map((m) => [m.id, m.severity])));
      });
      const severityOf = (machineId: string, id: string) => ENGINE_SEVERITY.get(id) ?? severities.get(machineId)?.get(id);
      if (!live) return;
      setState({ status: 'ready', progress: learnerProgress(known, ORDER, { severityOf }), textsMissing: ids.filter((id) => !severities.has(id)) });
    })();
    return () => void (live = false);
  }, [store, learnerId, round]);
  return { state, retry };
}
