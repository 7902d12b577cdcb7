import { useEffect, useState } from 'react';
import type { DrillRun } from '../scenarios/drillRun.ts';
import { useI18n } from '../common/i18n.tsx';
import { objectiveLabel } from './objectiveLabel.ts';

/** The drill's briefing and objectives, ticked as they are met (the time left is the one Countdown). */
export function DrillPanel({ run }: { run: DrillRun }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [, setTick] = useState(0);
  useEffect(() => run.session.subscribe(() => setTick((n) => n + 1)), [run]);
  // Response-window progress ("12/30 s") moves with time, not only with events.
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(id);
  }, []);
  return (
    <section className="drill-panel" data-testid="drill-panel" data-drill={run.drill.id} aria-label={t('drill.title')}>
      <h2>{run.drill.title[lang]}</h2>
      <p className="briefing">{run.drill.briefing[lang]}</p>
      <h3>{t('drill.objectives')}</h3>
      <ul className="objectives">
        {run.objectives().map((o) => (
          <li key={o.index} data-objective={o.index} data-met={o.met ? 'true' : 'false'} className={o.met ? 'done' : o.missed ? 'missed' : ''}>
            <span aria-hidden="true">{o.met ? '✔' : o.missed ? '✖' : '○'}</span> {objectiveLabel(i18n, run.module.id, o)}
            {o.detail && <span className="detail"> ({o.detail})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
