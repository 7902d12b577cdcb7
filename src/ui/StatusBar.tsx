import type { SentEvent } from '../engine/react/useLiveSession.ts';
import { useMachineSelector, useSessionHandle } from '../engine/react/SessionContext.tsx';
import { useI18n } from '../common/i18n.tsx';
import { PauseBanner } from './PauseBanner.tsx';

/**
 * What the machine is doing now, and why the last action was refused (if it was). Live sessions
 * pass `onResume`: a pause then heads the bar, with the refusals it causes (in every mode).
 */
export function StatusBar({ lastSent, showRefusals, onResume }: { lastSent: SentEvent | null; showRefusals: boolean; onResume?: () => void }) {
  const { module, session } = useSessionHandle();
  const { t, tm } = useI18n();
  const status = useMachineSelector((s) => module.status(s), (a, b) => a.key === b.key && a.tone === b.tone && JSON.stringify(a.params) === JSON.stringify(b.params));
  // The refusal is explained against the state the event met, i.e. the state now (nothing changed).
  const refusal = showRefusals && lastSent && !lastSent.accepted && !lastSent.paused ? module.refusal(session.actor.getSnapshot(), lastSent.event) : null;
  return (
    <section className="status" aria-label={t('machine.status')}>
      {onResume && <PauseBanner onResume={onResume} lastSent={lastSent} />}
      <p className={`status-line tone-${status.tone}`} role="status" aria-live="polite" data-testid="status" data-status-key={status.key}>
        {tm(module.id, status.key, status.params)}
      </p>
      {refusal && (
        <p key={lastSent?.seq} className={`refusal tone-${refusal.tone}`} role="alert" data-testid="refusal" data-refusal-key={refusal.key}>
          {tm(module.id, refusal.key, refusal.params)}
        </p>
      )}
    </section>
  );
}
