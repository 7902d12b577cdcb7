import { useEffect, useState } from 'react';
import { machineCatalogue } from '../../machines/catalogue.ts';
import type { MachineProgress } from '../../records/progress.ts';
import { useLearners } from '../LearnerContext.tsx';

/** Per machine id, the current learner's progress; null while loading, with no learner or no store. */
export type HomeProgress = ReadonlyMap<string, MachineProgress> | null;

const ORDER = machineCatalogue.map((m) => m.id);

/**
 * The current learner's marks for the floor cards. The progress code is imported lazily and no
 * machine bundle is fetched (the marks need no mistake severities), so the home stays light.
 */
export function useHomeProgress(): HomeProgress {
  const { store, current } = useLearners();
  const [progress, setProgress] = useState<HomeProgress>(null);
  const learnerId = current?.id ?? null;
  useEffect(() => {
    setProgress(null);
    if (!store || !learnerId) return;
    let live = true;
    void (async () => {
      try {
        const [{ learnerProgress }, attempts] = await Promise.all([import('../../records/progress.ts'), store.listAttempts({ learnerId })]);
        const known = attempts.filter((a) => ORDER.includes(a.machineId));
        if (live) setProgress(new Map(learnerProgress(known, ORDER).map((p) => [p.machineId, p])));
      } catch {
        // No marks on the home is fine: the learner's own page says what went wrong.
      }
    })();
    return () => void (live = false);
  }, [store, learnerId]);
  return progress;
}
