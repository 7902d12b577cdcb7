import type { SentEvent } from '../engine/react/useLiveSession.ts';
import { useSessionSelector } from '../engine/react/SessionContext.tsx';
import { useI18n } from '../common/i18n.tsx';

/**
 * Shown at the top of the status bar while the session is paused: why, what a pause means, the
 * one way on, and (when a control was just used) that it was refused for the pause.
 */
export function PauseBanner({ onResume, lastSent }: { onResume: () => void; lastSent: SentEvent | null }) {
  const { t } = useI18n();
  const reason = useSessionSelector((s) => s.paused());
  if (!reason) return null;
  return (
    <div className="pause-banner notice warn" data-testid="paused" data-pause-reason={reason}>
      <p className="outcome-banner">‖ {t(`pause.title.${reason}`)}</p>
      <p>{t('pause.body')}</p>
      {lastSent?.paused && (
        <p key={lastSent.seq} className="refusal tone-warn" role="alert" data-testid="refusal" data-refusal-key="pause.refused">
          {t('pause.refused')}
        </p>
      )}
      <button type="button" className="primary" onClick={onResume} data-testid="resume">
        ▶ {t('pause.resume')}
      </button>
    </div>
  );
}
