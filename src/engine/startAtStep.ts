import { hintMove } from './hintMove.ts';
import type { MachineModule } from './machineModule.ts';
import { applyEntry, practiceOptions } from './applyEntry.ts';
import { createSession, type LogEntry, type Session } from './session.ts';

/** Most actions the start may take (the golden run of a whole procedure stays well within). */
export const START_MAX_ACTIONS = 600;

/**
 * Where a step begins: the log entries of the golden run (the procedure's own hints followed)
 * up to the moment the step becomes the current one, and the clock there. Applied to a fresh
 * guided session they put it exactly there (`sessionAtStep`).
 */
export type StepStart =
  | {
      readonly ok: true;
      readonly step: string;
      readonly entries: readonly LogEntry[];
      readonly t: number;
      /**
       * Set when the step is never the current one on its own: the golden run does it together
       * with these current steps (one action ticks both, or a wait finishes it along the way).
       * The start is then where those steps begin, the moment before the action that does it.
       */
      readonly with?: readonly string[];
      /**
       * The untouched machine already satisfies the step (a setting at its default): the start is
       * where it stands in the procedure, once every step before it is done.
       */
      readonly alreadyDone?: boolean;
    }
  | {
      readonly ok: false;
      readonly step: string;
      /** `unknownStep`: the procedure has no such step; `unreachable`: the golden run never makes it current (stuck, or done together with an earlier step). */
      readonly reason: 'unknownStep' | 'unreachable';
      /** For support and tests (English, not for the learner). */
      readonly detail: string;
    };

const isCurrent = (s: Session, id: string) => s.steps().some((st) => st.id === id && st.current && !st.done);
const isDone = (s: Session, id: string) => s.steps().some((st) => st.id === id && st.done);
const doneKey = (s: Session) => s.steps().filter((st) => st.done).map((st) => st.id).join(',');
const currentIds = (s: Session) => s.steps().filter((st) => st.current).map((st) => st.id);

/**
 * Simulates, like a drill's start, the trainee who does exactly what the guided hints say (the
 * first hinted action, a steady feed while continuous work runs, the fast-forward while the
 * procedure waits), from the untouched machine until `stepId` is the current step. Nothing is
 * scripted per machine: any machine's start comes from its chart and procedure. The same trainee
 * as the presenter's golden run (presenter/tour.ts) and the contract tests' hint follower.
 */
export function startAtStep(module: MachineModule, stepId: string): StepStart {
  if (!module.procedure.steps.some((st) => st.id === stepId)) {
    return { ok: false, step: stepId, reason: 'unknownStep', detail: `${module.id} has no step "${stepId}" (steps: ${module.procedure.steps.map((st) => st.id).join(', ')})` };
  }
  const s = createSession(module, 'guided');
  const unreachable = (why: string): StepStart => ({
    ok: false,
    step: stepId,
    reason: 'unreachable',
    detail: `${module.id}: step "${stepId}" ${why} (in ${JSON.stringify(s.actor.getSnapshot().value)})`,
  });
  try {
    const holding = { steps: 0 };
    // Where the steps being done now began: the last time a step got ticked.
    let stop = { done: doneKey(s), entries: s.log().entries, t: s.clock.now(), current: currentIds(s) };
    const doneAtStart = isDone(s, stepId);
    const index = module.procedure.steps.findIndex((st) => st.id === stepId);
    const earlierDone = () => s.steps().slice(0, index).every((st) => st.done);
    for (let i = 0; i < START_MAX_ACTIONS; i++) {
      if (isCurrent(s, stepId)) return { ok: true, step: stepId, entries: s.log().entries, t: s.clock.now() };
      if (doneAtStart) {
        if (earlierDone()) return { ok: true, step: stepId, entries: s.log().entries, t: s.clock.now(), with: currentIds(s), alreadyDone: true };
      } else if (isDone(s, stepId)) {
        return { ok: true, step: stepId, entries: stop.entries, t: stop.t, with: stop.current.filter((id) => id !== stepId) };
      }
      if (doneKey(s) !== stop.done) stop = { done: doneKey(s), entries: s.log().entries, t: s.clock.now(), current: currentIds(s) };
      if (s.outcome().status !== 'running') return unreachable(`is never current: the session ended (${s.outcome().status})`);
      const move = hintMove(s, holding);
      if (move.kind === 'stuck') return unreachable(`is never current: ${move.why}`);
      if (move.kind === 'held') i--;
    }
    return unreachable(`is not current after ${START_MAX_ACTIONS} actions`);
  } finally {
    s.stop();
  }
}

/** A fresh guided practice session put where `start` says (its entries replayed, the clock run to its end). */
export function sessionAtStep(module: MachineModule, start: Extract<StepStart, { ok: true }>): Session {
  const s = createSession(module, { ...practiceOptions('guided'), startStep: start.step });
  // The lead-up is the app's (like a drill's start), not the trainee's: no credit, no mistakes.
  for (const e of start.entries) applyEntry(s, e.kind === 'event' ? { ...e, by: 'scenario' } : e);
  s.advanceTo(start.t);
  return s;
}
