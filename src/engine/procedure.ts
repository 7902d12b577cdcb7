import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from './gladiEvent.ts';

/**
 * A machine's operating procedure as data over its chart: each step says when it is done (a
 * predicate over the snapshot) and which actions lead toward it. Guided hints, the step list and
 * wrong-order checks all come from here and from `snapshot.can(...)`; nothing is scripted.
 */
export interface StepSpec {
  readonly id: string;
  /** Steps sharing a group may be done in any order (pre-operation checks, for example). */
  readonly group?: string;
  readonly done: (s: AnyMachineSnapshot) => boolean;
  /**
   * The next correct actions toward this step from `s`, including any precondition the step
   * needs (restart the pump, swing the arm aside…). The engine keeps only what the chart accepts.
   */
  readonly hints: (s: AnyMachineSnapshot) => readonly GladiEvent[];
  /**
   * For a setting (the ticket's force, a timer value): until step `liveUntil` is done, the tick
   * follows the setting, so turning it off the ticket again unticks it. After that it stays.
   */
  readonly liveUntil?: string;
}

export interface ProcedureSpec {
  readonly steps: readonly StepSpec[];
  /** [earlier, later]: finishing `later` while `earlier` is not done is a wrong-order mistake. */
  readonly order: readonly (readonly [string, string])[];
}

export interface StepState {
  readonly id: string;
  readonly done: boolean;
  readonly current: boolean;
}

/** Steps done so far (sticky: a finished step stays ticked, but for a live setting), updated after every change. */
export class ProcedureTracker {
  private readonly doneIds = new Set<string>();

  constructor(private readonly procedure: ProcedureSpec) {}

  /** Marks newly finished steps; returns them with the earlier steps they skipped (for wrong-order checks). */
  update(s: AnyMachineSnapshot): { step: string; skipped: string[] }[] {
    for (const step of this.procedure.steps) {
      if (step.liveUntil && this.doneIds.has(step.id) && !this.doneIds.has(step.liveUntil) && !step.done(s)) this.doneIds.delete(step.id);
    }
    const finished: { step: string; skipped: string[] }[] = [];
    for (const step of this.procedure.steps) {
      if (this.doneIds.has(step.id) || !step.done(s)) continue;
      const skipped = this.procedure.order.filter(([earlier, later]) => later === step.id && !this.doneIds.has(earlier)).map(([e]) => e);
      finished.push({ step: step.id, skipped });
    }
    // Steps finished by the same action count as done together, so none is "before" the other.
    for (const f of finished) this.doneIds.add(f.step);
    for (const f of finished) f.skipped = f.skipped.filter((e) => !this.doneIds.has(e));
    return finished;
  }

  /** The first unfinished step, or every unfinished step of its any-order group. */
  currentIds(): string[] {
    const first = this.procedure.steps.find((st) => !this.doneIds.has(st.id));
    if (!first) return [];
    if (!first.group) return [first.id];
    return this.procedure.steps.filter((st) => st.group === first.group && !this.doneIds.has(st.id)).map((st) => st.id);
  }

  states(): StepState[] {
    const current = new Set(this.currentIds());
    return this.procedure.steps.map((st) => ({ id: st.id, done: this.doneIds.has(st.id), current: current.has(st.id) }));
  }

  /** Hints toward the current step(s): the events the chart would accept right now (and any continuous adjust). */
  hints(s: AnyMachineSnapshot): GladiEvent[] {
    const current = new Set(this.currentIds());
    const seen = new Set<string>();
    const out: GladiEvent[] = [];
    for (const step of this.procedure.steps) {
      if (!current.has(step.id)) continue;
      for (const e of step.hints(s)) {
        const k = JSON.stringify(e);
        // A continuous control always moves (the chart may ignore it): its hint is never filtered out.
        if (!seen.has(k) && (e.type === 'user.adjust' || s.can(e))) {
          seen.add(k);
          out.push(e);
        }
      }
    }
    return out;
  }
}
