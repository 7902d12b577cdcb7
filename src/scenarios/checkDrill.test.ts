import { describe, expect, it } from 'vitest';
import type { MachineModule } from '../engine/machineModule.ts';
import { fixtureMachines } from '../../tests/support/fixtures/registry.ts';
import { hostileFiles } from '../../tests/support/hostileDrills.ts';
import { loadProbe } from '../../tests/support/probeDrill.ts';
import { checkDrillFile } from './checkDrill.ts';
import { MAX_MACHINE_STEPS, MAX_PLAYED_ITEMS, StepBudget } from './checkLimits.ts';
import { decodeText } from './decodeText.ts';
import { MAX_PROBLEMS } from './problems.ts';
import { playRun } from './playRun.ts';
import { verifyRuns } from './verifyRuns.ts';

const files = new Map(hostileFiles(0).map((f) => [f.name, f]));
const check = (name: string) => {
  const f = files.get(name);
  if (!f) throw new Error(`no test file ${name}`);
  return checkDrillFile(f.name, f.bytes, fixtureMachines);
};
const problemsOf = (name: string) => {
  const r = check(name);
  return r.ok ? [] : r.problems;
};
const [testPress] = fixtureMachines as [MachineModule];

describe('checkDrillFile: what a drill must prove before it can start', () => {
  it('accepts a good file', () => {
    expect(check('baik.json')).toMatchObject({ ok: true, drill: { id: 'probe', file: 'baik.json' } });
  });

  it('refuses an objective no trainee can meet: the golden run cannot pass', () => {
    expect(problemsOf('tidak-mungkin.json')).toEqual([
      expect.stringMatching(/^tidak-mungkin\.json: golden: must pass, but failed \(objective\) at 5\.0 s, score 100, objectives not met: 0 \(respondToFault\)$/),
      expect.stringMatching(/^tidak-mungkin\.json: golden\.0: comes after the drill already ended at 5\.0 s/),
    ]);
  });

  it('refuses a golden run that fails, and a bad run that passes', () => {
    expect(problemsOf('golden-gagal.json')).toEqual([
      expect.stringMatching(/^golden-gagal\.json: golden: must pass, but failed \(objective\)/),
      expect.stringMatching(/^golden-gagal\.json: golden\.0: the machine refused this event at 6\.0 s/),
    ]);
    expect(problemsOf('bad-run-lulus.json')).toEqual([expect.stringMatching(/^bad-run-lulus\.json: badRuns\.0\.expect\.failed: should fail \(objective\), but passed/)]);
  });

  it(`refuses runs that would play more than ${MAX_PLAYED_ITEMS} items, before playing any`, () => {
    expect(problemsOf('berat-item.json')).toEqual([expect.stringMatching(/^berat-item\.json: badRuns: too much to check: the runs play 3148 items in all \(the start once per run, plus every run's items\); at most 2000$/)]);
  });

  it(`stops runs that make the machine take more than ${MAX_MACHINE_STEPS} steps`, () => {
    expect(problemsOf('berat-timer.json')).toEqual([expect.stringMatching(/^berat-timer\.json: golden: too much to check: all runs together make the machine take more than 10000 steps/)]);
  }, 60_000);

  it('the step budget is shared by all runs and names the run where it ran out', () => {
    const drill = loadProbe((d) => (d.badRuns = [{ events: [], expect: { failed: 'objective' } }, { events: [], expect: { failed: 'objective' } }]));
    const golden = new StepBudget(Infinity);
    playRun(testPress, drill, drill.golden, golden);
    expect(golden.used).toBeGreaterThan(0);
    expect(verifyRuns(testPress, drill, new StepBudget(Infinity))).toEqual([]);
    expect(verifyRuns(testPress, drill, new StepBudget(golden.used - 1))).toEqual([expect.stringMatching(/: golden: too much to check: .* more than \d+ steps/)]);
    // Enough for the golden run and part of the first bad run only.
    expect(verifyRuns(testPress, drill, new StepBudget(golden.used))).toEqual([expect.stringMatching(/: badRuns\.0: too much to check/)]);
  });

  it('caps the lines and counts every problem', () => {
    const r = check('dua-ribu.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.total).toBe(2000);
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems.at(-1)).toBe(`dua-ribu.json: (file): ${2000 - MAX_PROBLEMS} more problems not shown`);
  });

  it('refuses a file too large to be a drill without parsing it', () => {
    expect(problemsOf('terlalu-besar.json')).toEqual(['terlalu-besar.json: (file): too large to be a drill file (2.1 MB; at most 2 MB)']);
  });
});

describe('decodeText: the bytes of a drill file', () => {
  const good = files.get('baik.json')!;
  const text = new TextDecoder().decode(good.bytes);
  it.each(['bom.json', 'utf16le-bom.json', 'utf16be-bom.json', 'utf16le.json'])('%s decodes to the same text as plain UTF-8', (name) => {
    expect(decodeText(files.get(name)!.bytes)).toEqual({ ok: true, text });
    expect(check(name).ok).toBe(true);
  });

  it('refuses bytes that are not UTF-8, naming the fix', () => {
    expect(decodeText(files.get('latin1.json')!.bytes)).toEqual({ ok: false, message: 'not UTF-8 text: save the file as UTF-8' });
    expect(problemsOf('latin1.json')).toEqual(['latin1.json: (file): not UTF-8 text: save the file as UTF-8']);
  });

  it('refuses broken UTF-16', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x00, 0xd8]))).toEqual({ ok: false, message: 'not valid UTF-16LE text: save the file as UTF-8' });
  });
});
