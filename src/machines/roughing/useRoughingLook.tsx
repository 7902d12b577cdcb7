import { useCallback, useEffect, useState } from 'react';
import { useSessionHandle } from '../../engine/react/SessionContext.tsx';
import type { Session } from '../../engine/session.ts';
import { roughingLook, sameLook } from './look.ts';
import type { RoughingLook } from './lookTypes.ts';
import type { RoughingProcessState } from './process.ts';

type SessionWithWork = Session & { process?: () => unknown; inputs?: () => Readonly<Record<string, number>> };

/**
 * The look (look.ts) for the 3D and the 2D views, from the chart, the session's process state
 * and inputs. Re-read when the actor or the session reports a change, and by `refresh` (the
 * views call it while the wheel works a shoe: process steps notify nobody). The same object is
 * kept while nothing visible changed, so React re-renders on visible changes only.
 */
export function useRoughingLook(): { look: RoughingLook; refresh: () => void } {
  const { session } = useSessionHandle();
  const read = useCallback(() => {
    const s = session as SessionWithWork;
    return roughingLook(session.actor.getSnapshot(), s.process?.() as RoughingProcessState | undefined, s.inputs?.() ?? {});
  }, [session]);
  const [look, setLook] = useState(read);
  const refresh = useCallback(
    () =>
      setLook((prev) => {
        const next = read();
        return sameLook(prev, next) ? prev : next;
      }),
    [read],
  );
  useEffect(() => {
    refresh();
    const actor = session.actor.subscribe(refresh);
    const off = session.subscribe(refresh);
    return () => {
      actor.unsubscribe();
      off();
    };
  }, [session, refresh]);
  return { look, refresh };
}
