import { useSessionHandle, useSessionSelector } from '../engine/react/SessionContext.tsx';
import { useHints } from '../common/HintContext.tsx';
import { useI18n } from '../common/i18n.tsx';

/** Skips a long wait of the real procedure (warm-up, dwell, cooling); hinted like any control in guided mode. */
export function FastForward({ onSkip }: { onSkip: () => void }) {
  const { t } = useI18n();
  const { live } = useSessionHandle();
  const waiting = useSessionSelector((s) => {
    const w = s.pendingWait();
    return s.canSkip() && w !== null ? Math.ceil(w / 1000) : 0;
  });
  const hinted = useHints().fastForward;
  if (!waiting || !live) return null;
  return (
    <div className={`control fast-forward${hinted ? ' hinted' : ''}`} data-control="fastForward" {...(hinted ? { 'data-hint': 'true' } : {})}>
      <button type="button" className={hinted ? 'hinted' : ''} onClick={onSkip}>
        » {t('machine.fastForward', { s: waiting })}
      </button>
    </div>
  );
}
