import type { Outcome } from '../engine/session.ts';
import type { Score } from '../engine/scoring.ts';
import { useI18n } from './i18n.tsx';
import { mistakeText } from './mistakeText.ts';

/** The result in the learner's language: outcome, score, and each item that cost points. */
/** `verdict` off when a drill gives its own verdict above (the session's own would contradict it). */
export function ScoreSummary({ machineId, outcome, score, passed, passMark, verdict = true }: { machineId: string; outcome: Outcome; score: Score; passed: boolean; passMark: number; verdict?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const banner =
    outcome.status === 'complete' ? t('result.complete') : outcome.status === 'failed' ? t(`result.failed.${outcome.reason}`) : t('result.running');
  return (
    <section className={`score outcome-${outcome.status}`} data-testid="score" data-outcome={outcome.status} data-score={score.score} data-passed={passed ? 'true' : 'false'}>
      {verdict && <p className="outcome-banner">{banner}</p>}
      {verdict && <p className="pass-line">{passed ? t('result.passed') : t('result.notPassed', { mark: passMark })}</p>}
      <p className="score-number">{t('result.score', { score: score.score })}</p>
      {score.items.length === 0 ? (
        <p>{t('result.noMistakes')}</p>
      ) : (
        <ul className="score-items">
          {score.items.map((item) => (
            <li key={item.id} data-score-item={item.id} className={`severity-${item.severity}`}>
              <span className="severity-chip">{t(`severity.${item.severity}`)}</span>{' '}
              {t('result.item', { what: mistakeText(i18n, machineId, item.id), count: item.count, points: item.points })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
