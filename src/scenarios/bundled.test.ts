import { describe, expect, it } from 'vitest';
import { replayLog } from '../engine/replay.ts';
import { findMachine, machineModules } from '../machines/index.ts';
import { bundledDrills, bundledProblems, drillsFor, findDrill } from './bundled.ts';
import { replayDrill } from './drillReplay.ts';
import { playRun } from './playRun.ts';
import { verifyRuns } from './verifyRuns.ts';

const machineOf = (id: string) => {
  const m = findMachine(id);
  if (!m) throw new Error(`no machine ${id}`);
  return m;
};

describe('bundled drills', () => {
  it('all load without a problem', () => {
    expect(bundledProblems).toEqual([]);
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
