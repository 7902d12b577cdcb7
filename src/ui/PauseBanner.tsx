import type { RealTimeDriver } from '../engine/react/realTimeDriver.ts';
import { useSessionSelector } from '../engine/react/SessionContext.tsx';
import { useI18n } from './i18n.tsx';

/** Shown while the session is paused: why, what a pause means, and the one way on. */
export function PauseBanner({ driver }: { driver: RealTimeDriver }) {
  const { t } = useI18n();
  const reason = useSessionSelector((s) => s.paused());
  if (!reason) return null;
  return (
    <section className="pause-banner notice warn" role="alert" data-testid="paused" data-pause-reason={reason}>
      <p className="outcome-banner">‖ {t(`pause.title.${reason}`)}</p>
      <p>{t('pause.body')}</p>
      <button type="button" className="primary" onClick={() => driver.resume()} data-testid="resume">
        ▶ {t('pause.resume')}
      </button>
    </section>
  );
}
