import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../common/i18n.tsx';
import type { MachineModule } from '../engine/machineModule.ts';
import type { Attempt } from '../records/attempt.ts';
import type { Drill } from '../scenarios/types.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useLearners } from './LearnerContext.tsx';
import { abandonAttempt } from './abandonAttempt.ts';
import { carriedDrill } from './carriedDrill.ts';
import { takeCarriedResume } from './reloadToRetry.ts';

type Gate = { kind: 'checking' } | { kind: 'ask'; attempt: Attempt } | { kind: 'go'; attempt: Attempt | null };

/**
 * Before a machine opens: if the current learner left a session running on it (reload, crash,
 * Back), offer to continue it or to close it as abandoned. `autoResume` (the home screen's
 * "continue" on this very attempt) skips the question. A trainer's own drill is rebuilt from the
 * file its record carries; one that cannot be rebuilt has its attempt closed as abandoned, kept for the records.
 */
export function ResumeGate({ module, drills, autoResume, enabled, children }: { module: MachineModule; drills: readonly Drill[]; autoResume: string | null; enabled: boolean; children: (resume: { attempt: Attempt; drill: Drill | null } | null) => ReactNode }) {
  const machineId = module.id;
  const { t, tm, lang } = useI18n();
  const { store, current, ready } = useLearners();
  const [gate, setGate] = useState<Gate>(() => (!enabled || !store ? { kind: 'go', attempt: null } : { kind: 'checking' }));
  /** A trainer's own drill, rebuilt from the attempt's record. */
  const [carried, setCarried] = useState<Drill | null>(null);
  const drillOf = (a: Attempt) => (a.record.scenario ? (drills.find((d) => d.id === a.record.scenario) ?? (carried?.id === a.record.scenario ? carried : null)) : null);
  useEffect(() => {
    if (!enabled || !store || !ready || gate.kind !== 'checking') return;
    if (!current) return setGate({ kind: 'go', attempt: null });
    let live = true;
    void store
      .runningAttempt(current.id, machineId)
      .catch(() => null)
      .then(async (a) => {
        if (!live) return;
        // The page reloaded itself to fetch the 3D view again: the session goes on as if nothing
        // happened. Taken here, by the check that decides (an earlier mount, before the learner was
        // known, must not use it up).
        const carriedResume = takeCarriedResume();
        const own = a && a.record.scenario && !drillOf(a) ? await carriedDrill(a.record, module) : null;
        if (!live) return;
        if (own) setCarried(own);
        else if (a && a.record.scenario && !drillOf(a)) {
          await abandonAttempt(store, a);
          a = null;
        }
        setGate(a ? (a.id === autoResume || carriedResume ? { kind: 'go', attempt: a } : { kind: 'ask', attempt: a }) : { kind: 'go', attempt: null });
      });
    return () => void (live = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- checked once per mount (the app remounts on a learner switch)
  }, [enabled, store, ready, current, machineId]);
  if (gate.kind === 'checking') return <p className="notice">{t('machine.loading')}</p>;
  if (gate.kind === 'go') return <>{children(gate.attempt ? { attempt: gate.attempt, drill: drillOf(gate.attempt) } : null)}</>;
  const a = gate.attempt;
  const when = new Date(a.updatedAt).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ConfirmDialog
      title={t('resume.title')}
      body={t('resume.body', { name: current?.name ?? '', machine: tm(machineId, 'name'), mode: t(`mode.${a.record.log.mode}`), time: when })}
      confirmLabel={t('resume.abandon')}
      cancelLabel={t('resume.yes')}
      onConfirm={() => void abandonAttempt(store!, a).finally(() => setGate({ kind: 'go', attempt: null }))}
      onCancel={() => setGate({ kind: 'go', attempt: a })}
      testId="resume-dialog"
    />
  );
}
