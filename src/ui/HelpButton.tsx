import type { GladiEvent } from '../engine/machineModule.ts';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { actionLabel } from './actionLabel.ts';
import { useI18n } from '../common/i18n.tsx';

/** Free practice: the next hint on request (each request is recorded and counted). */
export function HelpButton({ hints, onAsk }: { hints: GladiEvent[] | null; onAsk: () => void }) {
  const i18n = useI18n();
  const { module } = useSessionHandle();
  return (
    <div className="help">
      <button type="button" onClick={onAsk} data-testid="ask-hint">
        ? {i18n.t('free.askHint')}
      </button>
      {hints && (
        <p className="hint-text" role="status" data-testid="hint-text">
          {hints.length
            ? `${i18n.t('free.hint')} ${hints.map((e) => actionLabel(i18n, module.id, { t: 0, kind: 'event', event: e, accepted: true, by: 'trainee' })).join(' · ')}`
            : i18n.t('free.noHint')}
        </p>
      )}
    </div>
  );
}
