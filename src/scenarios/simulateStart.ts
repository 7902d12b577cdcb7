import type { MachineModule } from '../engine/machineModule.ts';
import { createSession } from '../engine/session.ts';
import { matchesRef } from './chartIndex.ts';
import { clip, problem } from './problems.ts';
import type { ScenarioFile } from './schema.ts';
import { parseStateRef } from './types.ts';

/**
 * Runs a drill's start in a scratch session, exactly as `startDrill` will: each event must be
 * accepted in turn and each skip must have a timer to skip to. Then checks where it ends: the
 * stated `startState`, no mistakes made, and nothing the trainee should do already done.
 * Call only with names already cross-checked. Returns the clock at the end of the start.
 */
export function simulateStart(file: string, doc: ScenarioFile, module: MachineModule): { problems: string[]; startMs: number } {
  const problems: string[] = [];
  const add = (path: string, message: string) => problems.push(problem(file, path, message));
  const session = createSession(module, { mode: doc.mode });
  const where = () => clip(JSON.stringify(session.actor.getSnapshot().value), 160);
  try {
    for (const [i, item] of doc.start.entries()) {
      if ('skip' in item) {
        if (session.skipWait() === 0) {
          add(`start.${i}`, `nothing to fast-forward: no timer is pending in state ${where()}`);
          return { problems, startMs: session.clock.now() };
        }
      } else {
        const before = session.actor.getSnapshot();
        if (!session.send(item, 'scenario')) {
          add(`start.${i}`, `the machine refused this event in state ${where()} (why: ${module.refusal(before, item).key})`);
          return { problems, startMs: session.clock.now() };
        }
      }
    }
    const end = session.actor.getSnapshot();
    for (const m of session.mistakes()) {
      const params = m.params ? ` (${Object.entries(m.params).map(([k, v]) => `${k}: ${v}`).join(', ')})` : '';
      add('start', `the start itself makes the mistake "${m.id}"${params}: do the steps in procedure order`);
    }
    if (session.outcome().status !== 'running') add('start', 'the start already finishes the procedure: nothing is left for the trainee');
    if (doc.startState !== undefined && !matchesRef(end, parseStateRef(doc.startState))) {
      add('startState', `the start ends in state ${where()}, not in "${doc.startState}"`);
    }
    doc.objectives.forEach((o, i) => {
      if (o.type === 'reachState' && matchesRef(end, parseStateRef(o.state))) add(`objectives.${i}.state`, 'already reached when the start ends');
    });
    const done = new Set(session.steps().filter((st) => st.done).map((st) => st.id));
    (doc.faults ?? []).forEach((f, i) => {
      if ('step' in f.at && done.has(f.at.step)) add(`faults.${i}.at.step`, `step "${f.at.step}" is already done when the start ends: the fault would never be injected`);
    });
    return { problems, startMs: session.clock.now() };
  } finally {
    session.stop();
  }
}
