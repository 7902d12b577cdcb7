import { useState } from 'react';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { recordFileName, toRecord } from '../engine/recordFormat.ts';
import { realDurationMs, recordResults } from '../engine/recordResults.ts';
import { drillStamp } from '../scenarios/drillStamp.ts';
import type { DrillRun } from '../scenarios/drillRun.ts';
import type { Verdict } from '../engine/verdict.ts';
import { downloadText } from './download.ts';
import { handworkLines } from './handworkLines.ts';
import './debriefHandwork.css';
import { useI18n } from '../common/i18n.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { Timeline } from './Timeline.tsx';

/**
 * After a session: the verdict, score explained, the timeline, and the record to keep or replay.
 * A drill passes its own verdict (shown above by the drill's outcome), so the score follows it.
 */
export function Debrief({ onReplay, onRestart, drillRun, verdict }: { onReplay: () => void; onRestart: () => void; drillRun?: DrillRun | null; verdict?: Verdict | undefined }) {
  const { session, module } = useSessionHandle();
  const { t, tm } = useI18n();
  const handwork = handworkLines(module, session, session.actor.getSnapshot());
  const [trainee, setTrainee] = useState('');
  const log = session.log();
  const save = () => {
    const now = new Date();
    // The results go with the log, so a replay can tell when the file was changed afterwards. Both
    // are taken now: the clock may have run on since this panel rendered (an exam can still time out).
    const drill = drillRun ? drillStamp(drillRun.drill) : undefined;
    const record = toRecord(session.log(), recordResults(session, drillRun ?? undefined), trainee.trim(), now.toISOString(), drill);
    downloadText(recordFileName(module.id, trainee, now), JSON.stringify(record));
  };
  return (
    <section className="debrief" data-testid="debrief" aria-label={t('debrief.title')}>
      <h2>{t('debrief.title')}</h2>
      {verdict ? (
        <ScoreSummary machineId={module.id} verdict={verdict} score={session.score()} banner={false} />
      ) : (
        <ScoreSummary machineId={module.id} verdict={session.verdict()} score={session.score()} timeMs={realDurationMs(log.entries, log.endT)} pausedMs={session.pausedMs()} />
      )}
      {log.startStep !== undefined && (
        // Said beside the result: the steps before were the app's, so this was not the whole procedure.
        <p className="notice" data-testid="debrief-start-step">
          {t('debrief.startedAtStep', { n: String(module.procedure.steps.findIndex((st) => st.id === log.startStep) + 1), step: tm(module.id, `step.${log.startStep}`) })}
        </p>
      )}
      {handwork.length > 0 && (
        <section className="debrief-handwork" data-testid="debrief-handwork">
          <h3>{t('debrief.handwork')}</h3>
          <ul>
            {handwork.map((l, i) => (
              <li key={`${i}-${l.key}`} className={`tone-${l.tone}`} data-line-key={l.key}>
                {tm(module.id, l.key, l.params)}
              </li>
            ))}
          </ul>
        </section>
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
      <Timeline machineId={module.id} entries={log.entries} mistakes={session.mistakes()} setupCount={drillRun?.drill.start.length ?? 0} />
    </section>
  );
}
