import { useI18n } from '../../common/i18n.tsx';
import { machineCatalogue } from '../../machines/catalogue.ts';
import { useLearners } from '../LearnerContext.tsx';
import { LearnerPicker } from '../LearnerPicker.tsx';
import { MachineProgressCard } from './MachineProgressCard.tsx';
import { useLearnerProgress } from './useLearnerProgress.ts';
import './progress.css';

export interface ProgressPageProps {
  readonly onBack: () => void;
  /** Opens a machine in guided practice. */
  readonly onPractise: (machineId: string) => void;
}

/**
 * A learner's own page (issue 11): every machine of the catalogue as a card with the three marks,
 * the mistakes to work on next and a button to practise. Loaded lazily, so the home stays small.
 */
export default function ProgressPage({ onBack, onPractise }: ProgressPageProps) {
  const { t } = useI18n();
  const { store, current } = useLearners();
  const { state, retry } = useLearnerProgress(store, current?.id ?? null);
  const byMachine = new Map(state.status === 'ready' ? state.progress.map((p) => [p.machineId, p]) : []);
  return (
    <main className="progress-page" data-testid="progress-page" data-progress={current ? state.status : 'noLearner'}>
      <button type="button" onClick={onBack} data-testid="progress-back">
        ← {t('progress.back')}
      </button>
      <h1>{t('progress.title')}</h1>
      {!current ? (
        <>
          <p className="notice">{t('progress.chooseName')}</p>
          <LearnerPicker inline />
        </>
      ) : state.status === 'loading' ? (
        <p className="notice">{t('progress.loading')}</p>
      ) : state.status === 'failed' ? (
        <p className="notice warn" role="alert">
          {t('progress.readFailed')}{' '}
          <button type="button" onClick={retry}>
            {t('progress.retry')}
          </button>
        </p>
      ) : (
        <>
          <p className="progress-intro" data-testid="progress-learner">
            {t('progress.intro', { name: current.name })}
          </p>
          {state.progress.length === 0 && (
            <p className="notice" data-testid="progress-empty">
              {t('progress.empty')}
            </p>
          )}
          <ul className="progress-cards">
            {machineCatalogue.map((m) => (
              <MachineProgressCard
                key={m.id}
                machineId={m.id}
                progress={byMachine.get(m.id) ?? null}
                textsMissing={state.textsMissing.includes(m.id)}
                onPractise={() => onPractise(m.id)}
                onRetry={retry}
              />
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
