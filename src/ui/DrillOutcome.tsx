import type { DrillResult } from '../scenarios/judge.ts';
import type { DrillRun } from '../scenarios/drillRun.ts';
import { formatClock } from './formatClock.ts';
import { useI18n } from './i18n.tsx';
import { mistakeText } from './mistakeText.ts';
import { objectiveLabel } from './objectiveLabel.ts';

/** The drill's verdict: passed or failed and why, objectives, time. */
export function DrillOutcome({ run, result }: { run: DrillRun; result: DrillResult }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <section className={`score outcome-${result.status === 'passed' ? 'complete' : result.status}`} data-testid="drill-result" data-drill-result={result.status} data-drill-reason={result.reason ?? ''}>
      <p className="outcome-banner">
        {run.drill.title[lang]}: {t(`drill.result.${result.status}`)}
      </p>
      {result.reason && (
        <p>
          {t(`drill.reason.${result.reason}`)}
          {result.mistake ? ` — ${mistakeText(i18n, run.module.id, result.mistake)}` : ''}
        </p>
      )}
      <p>{t('drill.time', { time: formatClock(result.timeMs) })}</p>
      <ul className="objectives">
        {result.objectives.map((o) => (
          <li key={o.index} data-met={o.met ? 'true' : 'false'}>
            {o.met ? '✔' : '✖'} {objectiveLabel(i18n, run.module.id, o)}
          </li>
        ))}
      </ul>
    </section>
  );
}
