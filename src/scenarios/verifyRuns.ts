import type { MachineModule } from '../engine/machineModule.ts';
import { MAX_MACHINE_STEPS, MAX_PLAYED_ITEMS, playedItems, StepBudget } from './checkLimits.ts';
import type { DrillResult } from './judge.ts';
import { playRun, type RunNote } from './playRun.ts';
import { clip, problem } from './problems.ts';
import type { Drill } from './types.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describe(r: DrillResult): string {
  const open = r.objectives.filter((o) => !o.met).map((o) => `${o.index} (${o.type})`);
  const how = r.status === 'failed' ? `failed (${r.reason}${r.mistake ? `: ${r.mistake}` : ''})` : r.status;
  return `${how} at ${seconds(r.timeMs)}, score ${r.score.score}${open.length ? `, objectives not met: ${open.join(', ')}` : ''}`;
}

const noteText: Record<RunNote['kind'], string> = {
  refused: 'the machine refused this event',
  nothingToSkip: 'nothing to fast-forward here',
  afterEnd: 'comes after the drill already ended',
};

const tooHeavy = `too much to check: all runs together make the machine take more than ${MAX_MACHINE_STEPS} steps (events and timers); use fewer or shorter runs, or a shorter time limit`;

/**
 * The author's proof that a drill works: the golden run passes with every event accepted, and
 * each bad run fails for the reason it states (and records the mistake it names). An objective no
 * run can meet is caught here: the golden run does not pass. The work is bounded (`checkLimits.ts`):
 * a file that would play too many items is refused before anything is played, and the runs stop
 * once the shared step budget is spent.
 */
export function verifyRuns(module: MachineModule, drill: Drill, budget = new StepBudget()): string[] {
  const items = playedItems(drill.start.length, drill.golden.length, drill.badRuns.map((b) => b.events.length));
  if (items > MAX_PLAYED_ITEMS) {
    return [problem(drill.file, 'badRuns', `too much to check: the runs play ${items} items in all (the start once per run, plus every run's items); at most ${MAX_PLAYED_ITEMS}`)];
  }
  const problems: string[] = [];
  const golden = playRun(module, drill, drill.golden, budget);
  if (golden.outOfSteps) return [problem(drill.file, 'golden', tooHeavy)];
  const gr = golden.run.result();
  if (gr.status !== 'passed') problems.push(problem(drill.file, 'golden', `must pass, but ${describe(gr)}`));
  for (const n of golden.notes) problems.push(problem(drill.file, `golden.${n.index}`, `${noteText[n.kind]} at ${seconds(n.t)} in state ${clip(n.state, 160)}`));

  for (const [i, bad] of drill.badRuns.entries()) {
    const { run, outOfSteps } = playRun(module, drill, bad.events, budget);
    if (outOfSteps) return [...problems, problem(drill.file, `badRuns.${i}`, tooHeavy)];
    const r = run.result();
    const want = bad.expect;
    if (r.status !== 'failed' || r.reason !== want.failed) problems.push(problem(drill.file, `badRuns.${i}.expect.failed`, `should fail (${want.failed}), but ${describe(r)}`));
    if (want.mistake !== undefined && !run.session.mistakes().some((m) => m.id === want.mistake)) {
      const made = run.session.mistakes().map((m) => m.id);
      problems.push(problem(drill.file, `badRuns.${i}.expect.mistake`, `"${want.mistake}" was not made (made: ${made.join(', ') || 'none'})`));
    }
  }
  return problems;
}
