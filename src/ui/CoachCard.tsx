import { useState } from 'react';
import { useSessionHandle, useSessionSelector } from '../engine/react/SessionContext.tsx';
import { useI18n } from '../common/i18n.tsx';
import { mistakeText } from './mistakeText.ts';

/** Guided mode: the latest mistake explained at once: what happened, why it matters, what to do instead. */
export function CoachCard() {
  const { module } = useSessionHandle();
  const i18n = useI18n();
  const last = useSessionSelector((s) => {
    const all = s.mistakes();
    const m = all[all.length - 1];
    return m ? { id: m.id, severity: m.severity, n: all.length } : null;
  });
  const [dismissed, setDismissed] = useState(0);
  if (!last || last.n === dismissed) return null;
  return (
    <section key={last.n} className={`coach severity-${last.severity}`} role="alert" data-testid="coach" data-mistake={last.id}>
      <p className="coach-title">
        <span className="severity-chip">{i18n.t(`severity.${last.severity}`)}</span> {mistakeText(i18n, module.id, last.id)}
      </p>
      <p>
        <strong>{i18n.t('coach.why')}</strong> {mistakeText(i18n, module.id, last.id, '.why')}
      </p>
      <p>
        <strong>{i18n.t('coach.instead')}</strong> {mistakeText(i18n, module.id, last.id, '.instead')}
      </p>
      <button type="button" onClick={() => setDismissed(last.n)}>
        {i18n.t('coach.ok')}
      </button>
    </section>
  );
}
