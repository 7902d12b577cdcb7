import { useState } from 'react';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { machineModules } from '../machines/index.ts';
import { bundledDrills } from '../scenarios/bundled.ts';
import { loadScenario } from '../scenarios/loader.ts';
import type { Drill } from '../scenarios/types.ts';
import { useI18n } from './i18n.tsx';

/** Drills for this machine: the bundled ones, and a trainer's own file (validated whole before anything runs). */
export function DrillList({ onStart, shareLink }: { onStart: (drill: Drill, bundled: boolean) => void; shareLink: (drillId: string) => string }) {
  const { module } = useSessionHandle();
  const { t, lang } = useI18n();
  const [problems, setProblems] = useState<string[] | null>(null);
  const drills = bundledDrills.filter((d) => d.machine === module.id);
  const open = async (file: File) => {
    const result = loadScenario(file.name, await file.text(), machineModules);
    if (!result.ok) return setProblems(result.problems);
    if (result.drill.machine !== module.id) return setProblems([`${file.name}: machine: ${t('drill.otherMachine', { machine: result.drill.machine })}`]);
    setProblems(null);
    onStart(result.drill, false);
  };
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
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(file);
            e.target.value = '';
          }}
        />
      </label>
      {problems && (
        <div className="notice warn" role="alert" data-testid="drill-problems">
          <p>{t('drill.refused')}</p>
          <ul>
            {problems.slice(0, 30).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
