import { useState } from 'react';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { toRecord } from '../engine/recordFormat.ts';
import type { Verdict } from '../engine/verdict.ts';
import { downloadText } from './download.ts';
import { useI18n } from './i18n.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { Timeline } from './Timeline.tsx';

/**
 * After a session: the verdict, score explained, the timeline, and the record to keep or replay.
 * A drill passes its own verdict (shown above by the drill's outcome), so the score follows it.
 */
export function Debrief({ onReplay, onRestart, scenario, verdict }: { onReplay: () => void; onRestart: () => void; scenario?: string | undefined; verdict?: Verdict | undefined }) {
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
      {verdict ? (
        <ScoreSummary machineId={module.id} verdict={verdict} score={session.score()} banner={false} />
      ) : (
        <ScoreSummary machineId={module.id} verdict={session.verdict()} score={session.score()} timeMs={log.endT} pausedMs={session.pausedMs()} />
      )}
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
