import { useI18n, type I18n } from '../../common/i18n.tsx';
import type { MachineProgress } from '../../records/progress.ts';
import { mistakeText } from '../mistakeText.ts';
import { ProgressMark } from './ProgressMark.tsx';

interface Props {
  readonly machineId: string;
  /** Null: the learner has not practised this machine. */
  readonly progress: MachineProgress | null;
  /** The machine's texts did not load (offline): the mistakes cannot be named yet. */
  readonly textsMissing: boolean;
  readonly onPractise: () => void;
  readonly onRetry: () => void;
}

const shortDate = (i18n: I18n, iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(i18n.lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium' }).format(d);
};

/** One machine: the three marks in words and shapes, the mistakes to work on, and a way to practise. */
export function MachineProgressCard({ machineId, progress: p, textsMissing, onPractise, onRetry }: Props) {
  const i18n = useI18n();
  const { t, tm } = i18n;
  return (
    <li className="progress-card" data-progress-machine={machineId} data-practised={p !== null}>
      <h2>{tm(machineId, 'name')}</h2>
      <ul className="progress-marks">
        <ProgressMark mark="practised" done={p !== null} text={t(p ? 'progress.practised.yes' : 'progress.practised.no')} />
        <ProgressMark mark="guided" done={p?.guidedCompleted ?? false} text={t(p?.guidedCompleted ? 'progress.guided.yes' : 'progress.guided.no')} />
        <ProgressMark mark="exam" done={Boolean(p?.examPassedAt)} text={p?.examPassedAt ? t('progress.exam.yes', { date: shortDate(i18n, p.examPassedAt) }) : t('progress.exam.no')} />
      </ul>
      {p && (
        <>
          <p className="progress-facts">
            {t('progress.attempts', { count: p.attempts })}
            {p.bestScore !== null && <> · {t('progress.best', { score: p.bestScore })}</>} · {t('progress.last', { date: shortDate(i18n, p.lastAt) })}
          </p>
          <section className="progress-work" data-testid="work-on">
            <h3>{t('progress.workOn')}</h3>
            {textsMissing ? (
              <p className="notice warn" role="alert">
                {t('progress.mistakesFailed')}{' '}
                <button type="button" onClick={onRetry}>
                  {t('progress.retry')}
                </button>
              </p>
            ) : p.mistakes.length === 0 ? (
              <p>{t('progress.noMistakes')}</p>
            ) : (
              <ol className="progress-mistakes">
                {p.mistakes.map((m) => (
                  <li key={m.id} data-mistake={m.id} data-severity={m.severity ?? ''} className={`severity-${m.severity ?? 'unknown'}`}>
                    <strong>{mistakeText(i18n, machineId, m.id)}</strong>{' '}
                    <span className="progress-times">
                      ({m.severity ? `${t(`severity.${m.severity}`)}, ` : ''}
                      {t('progress.times', { count: m.times })})
                    </span>
                    <span className="progress-instead">{mistakeText(i18n, machineId, m.id, '.instead')}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
      <button type="button" className="primary progress-practise" onClick={onPractise} data-practise={machineId}>
        {t('progress.practise')}
      </button>
    </li>
  );
}
