import { useSyncExternalStore } from 'react';
import { useI18n } from '../../common/i18n.tsx';
import { applyUpdate, serviceWorkerState, subscribeServiceWorker } from './serviceWorkerClient.ts';
import './offline.css';

/**
 * "Versi baru Gladi sudah siap. [Perbarui]": mounted only where no session runs (the home
 * screen), so a new version never interrupts practice or an exam.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const { updateWaiting } = useSyncExternalStore(subscribeServiceWorker, serviceWorkerState);
  if (!updateWaiting) return null;
  return (
    <div className="notice offline-update" role="status" data-testid="update-prompt">
      <p>{t('offline.update.available')}</p>
      <button type="button" className="primary" onClick={applyUpdate} data-testid="update-apply">
        {t('offline.update.apply')}
      </button>
    </div>
  );
}
