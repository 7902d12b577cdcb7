import { useEffect, useState } from 'react';
import { useI18n } from '../common/i18n.tsx';
import { isKnownMachine } from '../machines/catalogue.ts';
import type { Attempt } from '../records/attempt.ts';
import { abandonAttempt } from './abandonAttempt.ts';
import { useLearners } from './LearnerContext.tsx';

/** On the home screen: the current learner's unfinished session, to continue in one tap or close. */
export function UnfinishedAttempt({ onResume }: { onResume: (attempt: Attempt) => void }) {
  const { t, tm } = useI18n();
  const { store, current, ready } = useLearners();
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  useEffect(() => {
    setAttempt(null);
    if (!store || !current || !ready) return;
    let live = true;
    void store
      .runningAttempt(current.id)
      .then((a) => live && setAttempt(a && isKnownMachine(a.machineId) ? a : null))
      .catch(() => undefined);
    return () => void (live = false);
  }, [store, current, ready]);
  if (!attempt || !store) return null;
  return (
    <section className="notice unfinished" data-testid="unfinished">
      <h2>{t('resume.homeTitle')}</h2>
      <p>
        {tm(attempt.machineId, 'name')} · {t(`mode.${attempt.record.log.mode}`)}
      </p>
      <button type="button" className="primary" onClick={() => onResume(attempt)} data-testid="unfinished-resume">
        {t('resume.yes')}
      </button>{' '}
      <button type="button" onClick={() => void abandonAttempt(store, attempt).then(() => setAttempt(null))} data-testid="unfinished-abandon">
        {t('resume.abandon')}
      </button>
    </section>
  );
}
