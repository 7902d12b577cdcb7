import { useState } from 'react';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { MAX_PROBLEMS, problem } from '../scenarios/problems.ts';
import type { Drill } from '../scenarios/types.ts';
import { useI18n } from '../common/i18n.tsx';
import { openDrillFile } from './openDrillFile.ts';

interface Refusal {
  readonly problems: readonly string[];
  readonly total: number;
}

/**
 * Drills for this machine: the bundled ones, and a trainer's own file. The file must pass the same
 * check as `npm run scenarios:check` (golden run plays and passes, bad runs fail as stated) before
 * it can start; a refusal shows the checker's own problem lines under a headline in the app's language.
 */
export function DrillList({ drills, onStart, shareLink }: { drills: readonly Drill[]; onStart: (drill: Drill, bundled: boolean) => void; shareLink: (drillId: string) => string }) {
  const { module } = useSessionHandle();
  const { t, lang } = useI18n();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [checking, setChecking] = useState(false);
  const open = async (file: File) => {
    setRefusal(null);
    setChecking(true);
    const result = await openDrillFile(file).finally(() => setChecking(false));
    if (!result.ok) return setRefusal(result);
    if (result.drill.machine !== module.id) return setRefusal({ problems: [problem(file.name, 'machine', t('drill.otherMachine', { machine: result.drill.machine }))], total: 1 });
    onStart(result.drill, false);
  };
  const hidden = refusal ? refusal.total - Math.min(refusal.total, MAX_PROBLEMS) : 0;
  return (
    <details className="drill-list" data-testid="drill-list">
      <summary>{t('drill.listTitle')}</summary>
      <ul>
        {drills.map((d) => (
          <li key={d.id} data-drill-item={d.id}>
            <strong>{d.title[lang]}</strong> <span className="mode-badge light">{t(`mode.${d.mode}`)}</span>
            <div className="drill-actions">
              <button type="button" onClick={() => onStart(d, true)} data-start-drill={d.id}>
                {t('drill.start')}
              </button>
              <a href={shareLink(d.id)} className="share-link" data-share-drill={d.id}>
                ↗ {t('drill.link')}
              </a>
            </div>
          </li>
        ))}
      </ul>
      <label className="file-button">
        {t('drill.openFile')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="open-drill"
          disabled={checking}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(file);
            e.target.value = '';
          }}
        />
      </label>
      {checking && (
        <p role="status" data-testid="drill-checking">
          {t('drill.checking')}
        </p>
      )}
      {refusal && (
        <div className="notice warn drill-problems" role="alert" data-testid="drill-problems" data-problem-count={refusal.total}>
          <p>{t('drill.refused', { count: refusal.total })}</p>
          <ul>
            {refusal.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          {hidden > 0 && <p>{t('drill.problemsHidden', { count: hidden })}</p>}
        </div>
      )}
    </details>
  );
}
