import { useEffect, useRef } from 'react';
import { useOffline } from './useOffline.ts';

/**
 * Inside the stage's failure message: once the learner's "Unduh" has stored this machine, the stage
 * loads again by itself (no second press on "Coba lagi"). Renders nothing.
 */
export function RetryWhenStored({ machineId, retry }: { machineId: string; retry: () => void }) {
  const stored = useOffline().storage.get(machineId)?.stored ?? false;
  const wasStored = useRef(stored);
  useEffect(() => {
    if (stored && !wasStored.current) retry();
    wasStored.current = stored;
  }, [stored, retry]);
  return null;
}
