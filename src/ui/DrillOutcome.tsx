import type { DrillResult } from '../scenarios/judge.ts';
import type { DrillRun } from '../scenarios/drillRun.ts';
import { formatClock } from './formatClock.ts';
import { useI18n } from '../common/i18n.tsx';
import { objectiveLabel } from './objectiveLabel.ts';
import { verdictClass } from './ScoreSummary.tsx';
import { VerdictBanner } from './VerdictBanner.tsx';

/** The drill's verdict with its reasons, the objectives, and the drill time (pauses not counted). */
export function DrillOutcome({ run, result }: { run: DrillRun; result: DrillResult }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const paused = run.session.pausedMs();
  return (
    <section className={`score ${verdictClass(result.verdict)}`} data-testid="drill-result" data-drill-result={result.status} data-drill-reason={result.reason ?? ''}>
      <VerdictBanner machineId={run.module.id} verdict={result.verdict} objectives={result.objectives} title={run.drill.title[lang]} />
      <p data-testid="drill-time" data-time-ms={result.timeMs}>
        {paused > 0 ? t('drill.timePaused', { time: formatClock(result.timeMs), paused: formatClock(paused) }) : t('drill.time', { time: formatClock(result.timeMs) })}
      </p>
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
