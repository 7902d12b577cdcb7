import type { OpenedRecord } from '../records/sessionRecord.ts';
import { untrusted } from '../engine/untrustedText.ts';
import { formatClock } from './formatClock.ts';
import { useI18n } from '../common/i18n.tsx';
import { mistakeText } from './mistakeText.ts';
import { objectiveLabel } from './objectiveLabel.ts';
import { VerdictBanner } from './VerdictBanner.tsx';

/** The saved date in the reader's language and local time; the raw text if it will not parse. */
function shownDate(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return untrusted(iso, 40);
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

/**
 * What an opened record is about, before any replay: who, which machine and mode, which drill,
 * when, how long, and how it went. Every result shown is the replay's recomputation.
 */
export function RecordSummary({ opened, onReplay }: { opened: OpenedRecord; onReplay: () => void }) {
  const i18n = useI18n();
  const { t, tm, lang } = i18n;
  const { record, results, drill, drillResult, log } = opened;
  const machineId = log.machineId;
  const { verdict } = opened;
  const field = (key: string, label: string, value: string) => (
    <div className="record-field" data-field={key}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section className="record-summary" data-testid="record-summary" aria-label={t('record.title')} data-verdict={verdict.kind} data-score={results.score}>
      <h2>{t('record.title')}</h2>
      <dl className="record-fields">
        {field('trainee', t('record.trainee'), record.trainee.trim() ? untrusted(record.trainee, 80) : t('record.noName'))}
        {field('machine', t('record.machine'), tm(machineId, 'name'))}
        {field('mode', t('record.mode'), t(`mode.${log.mode}`))}
        {drill && field('drill', t('record.drill'), drill.title[lang])}
        {field('date', t('record.date'), shownDate(record.savedAt, lang))}
        {field('duration', t('record.duration'), formatClock(opened.realMs))}
        {field('score', t('record.score'), verdict.scored ? t('record.scoreValue', { score: results.score }) : t('verdict.unscored'))}
      </dl>
      <VerdictBanner machineId={machineId} verdict={verdict} {...(drillResult ? { objectives: drillResult.objectives } : {})} {...(drill ? { title: drill.title[lang] } : {})} />
      {drillResult && (
        <>
          <h3>{t('record.objectives')}</h3>
          <ul className="objectives" data-testid="record-objectives">
            {drillResult.objectives.map((o) => (
              <li key={o.index} data-met={o.met ? 'true' : 'false'}>
                {o.met ? '✔' : '✖'} {objectiveLabel(i18n, machineId, o)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('record.mistakes')}</h3>
      {opened.mistakes.length === 0 ? (
        <p>{t('result.noMistakes')}</p>
      ) : (
        <ul className="score-items" data-testid="record-mistakes">
          {opened.mistakes.slice(0, 50).map((m, i) => (
            <li key={i} className={`severity-${m.severity}`} data-mistake={m.id} data-severity={m.severity}>
              <span className="time">{formatClock(m.t)}</span> <span className="severity-chip">{t(`severity.${m.severity}`)}</span> {mistakeText(i18n, machineId, m.id)}
            </li>
          ))}
          {opened.mistakes.length > 50 && <li>… {opened.mistakes.length - 50}</li>}
        </ul>
      )}
      {opened.olderVersion && <p className="notice">{t('record.olderVersion', opened.olderVersion)}</p>}
      <p className="muted">{t('record.checked')}</p>
      <button type="button" className="primary" onClick={onReplay} data-testid="record-replay">
        ▶ {t('record.replay')}
      </button>
    </section>
  );
}
