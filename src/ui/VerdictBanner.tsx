import type { Verdict } from '../engine/verdict.ts';
import type { ObjectiveState } from '../scenarios/objectives.ts';
import { useI18n } from '../common/i18n.tsx';
import { reasonText } from './verdictText.ts';

/** The verdict and every reason for it, first the one that decided. `title` names a drill. */
export function VerdictBanner({ machineId, verdict, objectives, title }: { machineId: string; verdict: Verdict; objectives?: readonly ObjectiveState[]; title?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="verdict" data-testid="verdict" data-verdict={verdict.kind} data-reasons={verdict.reasons.map((r) => r.kind).join(' ')}>
      <p className="outcome-banner">
        {title ? `${title}: ` : ''}
        {t(`verdict.${verdict.kind}`)}
      </p>
      {verdict.reasons.length > 0 && (
        <ul className="verdict-reasons">
          {verdict.reasons.map((r) => (
            <li key={r.kind} data-reason={r.kind}>
              {reasonText(i18n, machineId, r, objectives)}
            </li>
          ))}
        </ul>
      )}
      {verdict.kind === 'practiceDone' && verdict.reasons.length > 0 && <p className="hint-text">{t('verdict.practiceNote')}</p>}
    </div>
  );
}
