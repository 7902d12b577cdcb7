// First: the bundled drills and the record reader validate under the app's CSP (no eval).
import '../../engine/zodWithoutEval.ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../common/i18n.tsx';
import { machineCatalogue } from '../../machines/catalogue.ts';
import { machineModules } from '../../machines/index.ts';
import type { Attempt } from '../../records/attempt.ts';
import type { StorageProblem } from '../../storage/recordsStore.ts';
import { bundledDrills } from '../../scenarios/bundled.ts';
import { downloadText } from '../download.ts';
import { useLearners } from '../LearnerContext.tsx';
import { AttemptList } from './AttemptList.tsx';
import { bundleFile, csvFile, xapiFile } from './classFiles.ts';
import { ClassTable } from './ClassTable.tsx';
import { classRows, drillsInAttempts, type ClassFilter } from './classTable.ts';
import { importBundles } from './importBundles.ts';
import { LearnerActions } from './LearnerActions.tsx';
import { RecordsTransfer } from './RecordsTransfer.tsx';
import './classView.css';

interface Props {
  /** Opens an attempt's debrief and replay (its record goes the way of an opened record file). */
  readonly onOpenAttempt: (attempt: Attempt) => void;
  /** Problems of the last attempt that could not be opened, if any. */
  readonly openProblems: readonly string[] | null;
}

/** The trainer's class view (`?view=class`): every learner of this device × every machine, and the records' ways in and out. */
export default function ClassView({ onOpenAttempt, openProblems }: Props) {
  const { t, tm, lang } = useI18n();
  const learners = useLearners();
  const { store, refresh } = learners;
  const [attempts, setAttempts] = useState<readonly Attempt[] | null>(null);
  const [filter, setFilter] = useState<ClassFilter>({ machine: null, drill: null });
  const [selected, setSelected] = useState<string | null>(null);
  const [damaged, setDamaged] = useState<readonly StorageProblem[]>([]);
  const reload = useCallback(async () => {
    if (!store) return;
    await refresh();
    setAttempts(await store.listAttempts());
    setDamaged([...store.problems()]); // rows skipped while reading: the trainer is the one to see them
  }, [store, refresh]);
  useEffect(() => void reload(), [reload]);

  const machineIds = useMemo(() => machineCatalogue.map((m) => m.id), []);
  const rows = useMemo(() => classRows(learners.list, attempts ?? [], machineIds, filter), [learners.list, attempts, machineIds, filter]);
  const drills = useMemo(() => drillsInAttempts(attempts ?? [], filter.machine), [attempts, filter.machine]);
  if (!store) return <p className="notice">{t('class.noStore')}</p>;
  if (!attempts) return <p className="notice">{t('class.loading')}</p>;

  const row = rows.find((r) => r.learner.id === selected) ?? null;
  const act = (change: () => Promise<void>, keepSelection = true) => async () => {
    await change();
    if (!keepSelection) setSelected(null);
    await reload();
  };
  const files = async (which: 'bundle' | 'csv' | 'xapi') => {
    const now = new Date();
    const all = await store.listAttempts();
    if (which === 'bundle') return bundleFile(await store.deviceId(), now, await store.listLearners(), all);
    if (which === 'csv') return csvFile(now, await store.listLearners(), all, machineModules);
    return xapiFile(now, all, machineModules, bundledDrills, lang);
  };
  const importFiles = async (list: readonly File[]) => {
    const texts = await Promise.all(list.map(async (f) => ({ name: f.name, text: await f.text() })));
    const outcomes = await importBundles(texts, store, machineModules, bundledDrills);
    await reload();
    return outcomes;
  };

  return (
    <main className="class-view" data-testid="class-view">
      <h1>{t('class.title')}</h1>
      <div className="class-filters">
        <label>
          {t('class.filterMachine')}
          <select value={filter.machine ?? ''} onChange={(e) => setFilter({ machine: e.target.value || null, drill: null })} data-testid="filter-machine">
            <option value="">{t('class.all')}</option>
            {machineIds.map((m) => (
              <option key={m} value={m}>
                {tm(m, 'name')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('class.filterDrill')}
          <select value={filter.drill ?? ''} onChange={(e) => setFilter({ ...filter, drill: e.target.value || null })} data-testid="filter-drill">
            <option value="">{t('class.all')}</option>
            {drills.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows.length === 0 ? <p>{t('class.empty')}</p> : <ClassTable rows={rows} machineIds={filter.machine ? [filter.machine] : machineIds} selected={selected} onSelect={setSelected} />}
      {damaged.length > 0 && (
        <div className="notice warn" role="alert" data-testid="damaged-rows">
          <p>{t('class.damagedRows')}</p>
          <ul>
            {damaged.slice(0, 20).map((p) => (
              <li key={`${p.table}/${p.id}`} data-damaged-row={p.id}>
                {t('class.damagedRow', { table: p.table, id: p.id, field: p.field })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {openProblems && (
        <div className="notice warn" role="alert" data-testid="attempt-problems">
          <p>{t('class.attemptRefused')}</p>
          <ul>
            {openProblems.slice(0, 20).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {row && (
        <div className="class-learner">
          <AttemptList name={row.learner.name} attempts={row.attempts} onOpen={onOpenAttempt} />
          <LearnerActions
            key={row.learner.id}
            learner={row.learner}
            others={learners.list.filter((l) => l.id !== row.learner.id)}
            attemptCount={attempts.filter((a) => a.learnerId === row.learner.id).length}
            onRename={(name) => act(() => store.renameLearner(row.learner.id, name))()}
            onMerge={(into) => act(() => store.mergeLearners(row.learner.id, into), false)()}
            onDelete={act(() => store.deleteLearner(row.learner.id), false)}
          />
        </div>
      )}
      <RecordsTransfer onDownload={files} onImport={importFiles} download={(f) => downloadText(f.name, f.text, f.type)} />
    </main>
  );
}
