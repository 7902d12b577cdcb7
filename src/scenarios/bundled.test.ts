import { describe, expect, it } from 'vitest';
import { replayLog } from '../engine/replay.ts';
import { findMachine, machineModules } from '../machines/index.ts';
import { bundledDrills, drillsFor, findDrill } from './bundled.ts';
import { bundledDrillProblems } from './bundledProblems.ts';
import { replayDrill } from './drillReplay.ts';
import { loadScenario } from './loader.ts';
import { bundledDrillFiles } from './bundledFiles.ts';
import { machineDrills } from './machineDrills.ts';
import { readBundledDrill } from './readBundledDrill.ts';
import { playRun } from './playRun.ts';
import { verifyRuns } from './verifyRuns.ts';

const machineOf = (id: string) => {
  const m = findMachine(id);
  if (!m) throw new Error(`no machine ${id}`);
  return m;
};

describe('bundled drills', () => {
  // The app reads these files unchecked (readBundledDrill): these tests are their check.
  it('all load without a problem, each with its own machine only', () => {
    expect(bundledDrillFiles.length).toBeGreaterThan(0);
    expect(bundledDrillProblems(bundledDrillFiles, machineModules)).toEqual([]);
  });

  it.each(bundledDrillFiles.map(([path, text]) => [path, text]))('%s: the app reads the very drill the check makes', (path, text) => {
    const m = machineOf(path.split('/')[1]!);
    const checked = loadScenario(path, text, [m]);
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    // toEqual reads every field, startMs too (simulated on first read when the start fast-forwards).
    expect(readBundledDrill(path, text, m)).toEqual(checked.drill);
    expect({ ...readBundledDrill(path, text, m) }).toEqual({ ...checked.drill });
  });

  it('every machine screen gets exactly its own folder\'s drills', async () => {
    for (const m of machineModules) expect((await machineDrills(m)).map((d) => d.file)).toEqual(bundledDrillFiles.filter(([p]) => p.startsWith(`scenarios/${m.id}/`)).map(([p]) => p));
    expect(bundledDrills).toHaveLength(bundledDrillFiles.length);
  });

  it('the check reports a broken bundled file, a misplaced one and a folder without a machine', () => {
    const [path, text] = bundledDrillFiles.find(([, t]) => (JSON.parse(t) as { start: { skip?: true }[] }).start.some((s) => s.skip))!;
    const folder = path.split('/')[1]!;
    const doc = JSON.parse(text) as Record<string, unknown>;
    const planted: [string, string][] = [
      [`scenarios/${folder}/not-json.json`, '{'],
      [`scenarios/${folder}/${String(doc.id)}.json`, JSON.stringify({ ...doc, timeLimitSeconds: 'soon' })],
      [`scenarios/${folder}/other-name.json`, text],
      // Fast-forwards past every timer: the start is refused when none is left.
      [`scenarios/${folder}/${String(doc.id)}.json`, JSON.stringify({ ...doc, start: Array.from({ length: 40 }, () => ({ skip: true })) })],
      [`scenarios/no-such-machine/${String(doc.id)}.json`, text],
    ];
    const problems = planted.map((file) => bundledDrillProblems([file], machineModules));
    for (const [i, p] of problems.entries()) expect(p.length, `planted file ${i} reported`).toBeGreaterThan(0);
    expect(problems[4]).toEqual([`scenarios/no-such-machine/${String(doc.id)}.json: no machine folder src/machines/no-such-machine/ for these drills`]);
  });

  it.each(machineModules.map((m) => m.id))('%s has guided, free (fault) and exam drills', (id) => {
    const drills = drillsFor(id);
    expect(drills.length).toBeGreaterThanOrEqual(3);
    expect(new Set(drills.map((d) => d.mode))).toEqual(new Set(['guided', 'free', 'exam']));
    expect(drills.some((d) => d.faults.length > 0)).toBe(true);
  });

  it('are found by machine and id', () => {
    const first = bundledDrills[0];
    expect(first && findDrill(first.machine, first.id)).toBe(first);
    expect(first && findDrill(first.machine, 'no-such-drill')).toBeUndefined();
    // A drill id belongs to its machine: the same id under another machine is not found.
    for (const d of bundledDrills) for (const m of machineModules) if (m.id !== d.machine && !drillsFor(m.id).some((x) => x.id === d.id)) expect(findDrill(m.id, d.id)).toBeUndefined();
    expect(findDrill(null, null)).toBeUndefined();
  });
});

describe.each(bundledDrills.map((d) => [`${d.machine}/${d.id}`, d] as const))('drill %s', (_name, drill) => {
  const m = machineOf(drill.machine);

  it('golden passes with every event accepted; every bad run fails as stated', () => {
    expect(verifyRuns(m, drill)).toEqual([]);
  });

  it('has a bad run', () => {
    expect(drill.badRuns.length).toBeGreaterThan(0);
  });

  it('the golden run replays from its log to the same state, log and result', () => {
    const { run } = playRun(m, drill, drill.golden);
    const replay = replayLog(m, run.session.log());
    expect(replay.actor.getSnapshot().value).toEqual(run.session.actor.getSnapshot().value);
    expect(replay.log()).toEqual(run.session.log());
    expect(replay.mistakes()).toEqual(run.session.mistakes());
    expect(replayDrill(m, drill, run.session.log()).result()).toEqual(run.result());
  });
});
