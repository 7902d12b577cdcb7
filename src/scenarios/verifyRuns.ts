import type { MachineModule } from '../engine/machineModule.ts';
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

/**
 * The author's proof that a drill works: the golden run passes with every event accepted, and
 * each bad run fails for the reason it states (and records the mistake it names). Runs the drill,
 * so the CLI and the tests call it; the app does not need to at load time.
 */
export function verifyRuns(module: MachineModule, drill: Drill): string[] {
  const problems: string[] = [];
  const golden = playRun(module, drill, drill.golden);
  const gr = golden.run.result();
  if (gr.status !== 'passed') problems.push(problem(drill.file, 'golden', `must pass, but ${describe(gr)}`));
  for (const n of golden.notes) problems.push(problem(drill.file, `golden.${n.index}`, `${noteText[n.kind]} at ${seconds(n.t)} in state ${clip(n.state, 160)}`));

  drill.badRuns.forEach((bad, i) => {
    const { run } = playRun(module, drill, bad.events);
    const r = run.result();
    const want = bad.expect;
    if (r.status !== 'failed' || r.reason !== want.failed) problems.push(problem(drill.file, `badRuns.${i}.expect.failed`, `should fail (${want.failed}), but ${describe(r)}`));
    if (want.mistake !== undefined && !run.session.mistakes().some((m) => m.id === want.mistake)) {
      const made = run.session.mistakes().map((m) => m.id);
      problems.push(problem(drill.file, `badRuns.${i}.expect.mistake`, `"${want.mistake}" was not made (made: ${made.join(', ') || 'none'})`));
    }
  });
  return problems;
}
