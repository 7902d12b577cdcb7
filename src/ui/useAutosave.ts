import { useEffect, useRef, useState } from 'react';
import type { Driveable } from '../engine/driveable.ts';
import { toRecord } from '../engine/recordFormat.ts';
import { recordResults } from '../engine/recordResults.ts';
import type { Attempt } from '../records/attempt.ts';
import { drillStamp } from '../scenarios/drillStamp.ts';
import type { DrillRun } from '../scenarios/drillRun.ts';
import { createAttemptSaver } from '../storage/attemptSaver.ts';
import { newId } from '../storage/newId.ts';
import { useLearners } from './LearnerContext.tsx';
import { useI18n } from '../common/i18n.tsx';
import { queueFinishedAttempt } from '../net/lrsApp.ts';
import { saveBeforeReload } from './reloadToRetry.ts';

/** `off`: nothing is kept (no learner chosen, or no IndexedDB); `failed`: the last write did not work. */
export type SaveStatus = 'off' | 'idle' | 'pending' | 'saved' | 'failed';

/** Where a resumed attempt came from: its id and start are kept, so it stays one attempt. */
export interface AttemptOrigin {
  readonly id: string;
  readonly startedAt: string;
}

const isOver = (run: Driveable) => ('drill' in run ? (run as DrillRun).result().status !== 'running' : run.session.outcome().status !== 'running');
const acted = (run: Driveable) => run.session.log().entries.some((e) => e.kind !== 'event' || e.by === 'trainee');

/**
 * Saves the running attempt on the device as it happens: after the first trainee action, on
 * every change (coalesced), at once when the page is hidden or left, and as finished when the
 * session is over. Wall-clock times are for people only; procedure time stays in the log.
 */
export function useAutosave(run: Driveable, origin: AttemptOrigin | null): SaveStatus {
  const { store, current } = useLearners();
  const { lang } = useI18n();
  const [status, setStatus] = useState<SaveStatus>(store && current ? 'idle' : 'off');
  const attempt = useRef<AttemptOrigin | null>(origin);
  useEffect(() => {
    if (!store || !current) return setStatus('off');
    const deviceId = store.deviceId();
    const { session } = run;
    const machineId = session.log().machineId;
    const drill = 'drill' in run ? (run as DrillRun).drill : null;
    const fingerprint = drill ? drillStamp(drill) : undefined;
    const build = (): Attempt => {
      const now = new Date().toISOString();
      attempt.current ??= { id: newId(), startedAt: now };
      return {
        ...attempt.current,
        learnerId: current.id,
        machineId,
        status: isOver(run) ? 'finished' : 'running',
        updatedAt: now,
        deviceId: '',
        record: toRecord(session.log(), recordResults(session, drill ? (run as DrillRun) : undefined), current.name, now, fingerprint),
      };
    };
    const saver = createAttemptSaver({
      build,
      write: async (a) => {
        const saved = { ...a, deviceId: await deviceId };
        await store.putAttempt(saved);
        // Finished and on the device: its statements go to the LRS outbox (a no-op without LRS settings).
        if (saved.status === 'finished') void queueFinishedAttempt(saved, lang).catch((error: unknown) => console.warn('gladi lrs: could not queue the attempt', error));
      },
      onResult: (ok, error) => {
        if (!ok) console.warn('gladi records: the attempt could not be saved', error);
        setStatus(ok ? (saver.dirty() ? 'pending' : 'saved') : 'failed');
      },
    });
    let finished = false;
    const change = () => {
      if (finished || !acted(run)) return;
      setStatus((s) => (s === 'failed' ? s : 'pending'));
      if (isOver(run)) {
        finished = true; // the last write: status finished, at once
        void saver.flush();
      } else saver.changed();
    };
    const flush = () => {
      if (!finished && acted(run)) void saver.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const unsubscribe = session.subscribe(change);
    const unregister = saveBeforeReload(async () => {
      if (!finished && acted(run)) await saver.flush();
    });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    change();
    return () => {
      unsubscribe();
      unregister();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      saver.dispose();
    };
  }, [store, current, run, lang]);
  return status;
}
