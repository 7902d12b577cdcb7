import { useState } from 'react';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { toRecord } from '../engine/recordFormat.ts';
import { downloadText } from './download.ts';
import { useI18n } from './i18n.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { Timeline } from './Timeline.tsx';

/** After a session: outcome, score explained, the timeline, and the record to keep or replay. */
export function Debrief({ onReplay, onRestart, scenario }: { onReplay: () => void; onRestart: () => void; scenario?: string | undefined }) {
  const { session, module } = useSessionHandle();
  const { t } = useI18n();
  const [trainee, setTrainee] = useState('');
  const log = session.log();
  const save = () => {
    const savedAt = new Date().toISOString();
    const name = trainee.trim().replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 30) || 'peserta';
    downloadText(`gladi-${module.id}-${name}-${savedAt.slice(0, 16).replace(/[:T]/g, '')}.json`, JSON.stringify(toRecord(log, trainee.trim(), savedAt, scenario)));
  };
  return (
    <section className="debrief" data-testid="debrief" aria-label={t('debrief.title')}>
      <h2>{t('debrief.title')}</h2>
      <ScoreSummary machineId={module.id} outcome={session.outcome()} score={session.score()} passed={session.passed()} passMark={session.passMark} verdict={!scenario} />
      <div className="debrief-actions">
        <button type="button" className="primary" onClick={onReplay} data-testid="replay">
          ▶ {t('debrief.replay')}
        </button>
        <button type="button" onClick={onRestart} data-testid="restart">
          ↺ {t('debrief.restart')}
        </button>
      </div>
      <div className="save-record">
        <label>
          {t('debrief.trainee')}
          <input type="text" value={trainee} maxLength={80} onChange={(e) => setTrainee(e.target.value)} data-testid="trainee-name" />
        </label>
        <button type="button" onClick={save} data-testid="download-record">
          ↓ {t('debrief.download')}
        </button>
      </div>
      <h3>{t('debrief.timeline')}</h3>
      <Timeline machineId={module.id} entries={log.entries} mistakes={session.mistakes()} />
    </section>
  );
}
