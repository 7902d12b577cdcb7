import { useI18n } from '../../common/i18n.tsx';
import type { Attempt } from '../../records/attempt.ts';
import { shownDate } from './shownDate.ts';

/** One learner's attempts, newest first; each opens its debrief and replay (the record-file path). */
export function AttemptList({ name, attempts, onOpen }: { name: string; attempts: readonly Attempt[]; onOpen: (a: Attempt) => void }) {
  const { t, tm, lang } = useI18n();
  return (
    <section className="class-attempts" data-testid="class-attempts">
      <h3>{t('class.attemptsOf', { name })}</h3>
      {attempts.length === 0 && <p>{t('class.noAttempts')}</p>}
      <ul>
        {attempts.map((a) => {
          const { log, results } = a.record;
          return (
            <li key={a.id} data-attempt={a.id} data-attempt-status={a.status}>
              <span>
                <strong>{tm(a.machineId, 'name')}</strong> · {t(`mode.${log.mode}`)}
                {log.scenario ? ` · ${log.scenario}` : ''} · {shownDate(a.startedAt, lang)} · {t(`class.attempt.${a.status}`)}
                {results && a.status === 'finished' ? ` · ${t('class.score', { score: results.score })}` : ''}
              </span>
              <button type="button" onClick={() => onOpen(a)} data-testid="open-attempt">
                {t('class.openAttempt')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
