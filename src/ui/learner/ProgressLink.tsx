import { useI18n } from '../../common/i18n.tsx';
import { useLearners } from '../LearnerContext.tsx';

/** The home screen's way to the learner's own page: shown once a name is chosen (nothing to show before). */
export function ProgressLink({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  const { store, current } = useLearners();
  if (!store || !current) return null;
  return (
    <button type="button" className="progress-link" onClick={onOpen} data-testid="open-progress">
      {t('progress.open')}
    </button>
  );
}
