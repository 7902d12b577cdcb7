import type { Score } from '../engine/scoring.ts';
import type { Verdict } from '../engine/verdict.ts';
import { formatClock } from './formatClock.ts';
import { useI18n } from '../common/i18n.tsx';
import { mistakeText } from './mistakeText.ts';
import { VerdictBanner } from './VerdictBanner.tsx';

/** Colour of the result box by verdict: green when done or passed, red when failed, plain otherwise. */
export const verdictClass = (v: Verdict): string =>
  v.kind === 'passed' || v.kind === 'practiceDone' ? 'outcome-complete' : v.kind === 'failed' ? 'outcome-failed' : 'outcome-running';

/**
 * The result in the learner's language, as the verdict says it: the verdict and its reasons
 * (unless a drill shows them above), the score only when it counts, each item that cost points.
 * `timeMs`/`pausedMs`: session time and real time spent paused.
 */
export function ScoreSummary({ machineId, verdict, score, banner = true, timeMs, pausedMs = 0 }: { machineId: string; verdict: Verdict; score: Score; banner?: boolean; timeMs?: number; pausedMs?: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const praise = verdict.kind === 'passed' || verdict.kind === 'practiceDone';
  return (
    <section
      className={`score ${banner ? verdictClass(verdict) : ''}`}
      data-testid="score"
      data-verdict={verdict.kind}
      data-passed={verdict.kind === 'passed' ? 'true' : 'false'}
      {...(verdict.scored ? { 'data-score': score.score } : {})}
    >
      {banner && <VerdictBanner machineId={machineId} verdict={verdict} />}
      {timeMs !== undefined && (
        <p data-testid="session-time" data-time-ms={timeMs} data-paused-ms={pausedMs}>
          {pausedMs > 0 ? t('session.timePaused', { time: formatClock(timeMs), paused: formatClock(pausedMs) }) : t('session.time', { time: formatClock(timeMs) })}
        </p>
      )}
      {verdict.scored ? <p className="score-number">{t('result.score', { score: score.score })}</p> : <p>{t('verdict.unscored')}</p>}
      {score.items.length === 0 ? (
        <p>{verdict.scored && praise ? t('result.noMistakes') : t('result.noMistakesSoFar')}</p>
      ) : (
        <>
          {!verdict.scored && <p>{t('result.mistakesSoFar')}</p>}
          <ul className="score-items">
            {score.items.map((item) => (
              <li key={item.id} data-score-item={item.id} className={`severity-${item.severity}`}>
                <span className="severity-chip">{t(`severity.${item.severity}`)}</span>{' '}
                {t('result.item', { what: mistakeText(i18n, machineId, item.id), count: item.count, points: item.points })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
