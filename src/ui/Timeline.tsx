import type { MistakeRecord } from '../engine/mistakes.ts';
import type { LogEntry } from '../engine/session.ts';
import { actionLabel } from './actionLabel.ts';
import { formatClock } from './formatClock.ts';
import { useI18n } from './i18n.tsx';
import { mistakeText } from './mistakeText.ts';

/** Every action with its time; mistakes marked with severity and explained. */
export function Timeline({ machineId, entries, mistakes, position }: { machineId: string; entries: readonly LogEntry[]; mistakes: readonly MistakeRecord[]; position?: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <ol className="timeline" data-testid="timeline">
      {entries.map((e, i) => {
        const made = mistakes.filter((m) => m.entry === i);
        const refused = e.kind === 'event' && !e.accepted;
        return (
          <li key={i} data-entry={i} className={`${made.length ? 'has-mistake' : ''} ${position !== undefined && i === position - 1 ? 'now' : ''}`}>
            <span className="time">{formatClock(e.t)}</span>
            <span className="what">
              {e.kind === 'event' && e.by !== 'trainee' && <span className="by">{t(`timeline.by.${e.by}`)} </span>}
              {actionLabel(i18n, machineId, e)}
              {refused && <span className="refused"> · {t('timeline.refused')}</span>}
            </span>
            {made.map((m, k) => (
              <span key={k} className={`mistake severity-${m.severity}`} data-mistake={m.id} data-severity={m.severity}>
                <span className="severity-chip">{t(`severity.${m.severity}`)}</span> {mistakeText(i18n, machineId, m.id)} — {mistakeText(i18n, machineId, m.id, '.why')}
              </span>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
