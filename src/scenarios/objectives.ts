import type { AnyMachineSnapshot } from 'xstate';
import type { MachineModule } from '../engine/machineModule.ts';
import type { Session } from '../engine/session.ts';
import { matchesRef } from './chartIndex.ts';
import type { Drill, Objective, ObjectiveType } from './types.ts';

export interface ObjectiveState {
  readonly index: number;
  readonly type: ObjectiveType;
  readonly objective: Objective;
  readonly met: boolean;
  /** A response window closed before the response. */
  readonly missed: boolean;
  /** Drill time (ms after the start) when it was met. */
  readonly metAtMs?: number;
  /** Drill time when a response window closes (once its fault is injected). */
  readonly deadlineMs?: number;
  /** Progress as numbers only, so any language can show it: "1/3" pieces, "12/60 s" of a window. */
  readonly detail?: string;
}

/**
 * Watches a drill's session and records the first moment each objective is met, in session-clock
 * time. It listens to every change of the chart (events, timers and process signals alike), so a
 * state reached by a timer counts at the timer's time. Met objectives stay met: a drill asks "did the
 * trainee get there", not "are they still there".
 */
export class ObjectiveTracker {
  private readonly metAt: (number | undefined)[];
  private readonly injectedAt = new Map<string, number>();
  private baseCycles = 0;
  private live = false;

  constructor(
    private readonly module: MachineModule,
    private readonly drill: Drill,
    private readonly session: Session,
  ) {
    this.metAt = drill.objectives.map(() => undefined);
    // Every chart change at its own time (an event, a timer, a process signal): the session's own
    // listeners hear once per advance, which could miss a state passed through in between.
    session.actor.subscribe(() => this.check());
  }

  /** The start is applied: from now on objectives count, and pieces are counted from here. */
  begin(): void {
    this.baseCycles = this.cycles();
    this.live = true;
    this.check();
  }

  /** A fault was injected (and accepted): its response windows open now, once. */
  noteInjection(fault: string): void {
    if (!this.injectedAt.has(fault)) this.injectedAt.set(fault, this.session.clock.now());
    this.check();
  }

  check(): void {
    if (!this.live) return;
    const s = this.session.actor.getSnapshot();
    const now = this.session.clock.now();
    this.drill.objectives.forEach((o, i) => {
      if (this.metAt[i] !== undefined) return;
      if (this.isMet(o, s, now)) this.metAt[i] = now;
    });
  }

  private isMet(o: Objective, s: AnyMachineSnapshot, now: number): boolean {
    if (o.type === 'reachState') return matchesRef(s, o.target);
    if (o.type === 'goodCycles') return this.made() >= o.count;
    const at = this.injectedAt.get(o.fault);
    return at !== undefined && now <= at + o.withinMs && matchesRef(s, o.response);
  }

  /** Session-clock times when open response windows close. */
  deadlines(): number[] {
    return this.drill.objectives.flatMap((o, i) => {
      const at = o.type === 'respondToFault' ? this.injectedAt.get(o.fault) : undefined;
      return o.type === 'respondToFault' && at !== undefined && this.metAt[i] === undefined ? [at + o.withinMs] : [];
    });
  }

  states(): ObjectiveState[] {
    const now = this.session.clock.now();
    const t0 = this.drill.startMs;
    return this.drill.objectives.map((objective, index) => {
      const metAt = this.metAt[index];
      const base = { index, type: objective.type, objective, met: metAt !== undefined, ...(metAt !== undefined ? { metAtMs: metAt - t0 } : {}) };
      if (objective.type === 'goodCycles') return { ...base, missed: false, detail: `${Math.min(this.made(), objective.count)}/${objective.count}` };
      if (objective.type === 'reachState') return { ...base, missed: false };
      const at = this.injectedAt.get(objective.fault);
      if (at === undefined) return { ...base, missed: false };
      const deadline = at + objective.withinMs;
      const used = Math.min(metAt ?? now, deadline) - at;
      return {
        ...base,
        missed: metAt === undefined && now >= deadline,
        deadlineMs: deadline - t0,
        detail: `${Math.floor(used / 1000)}/${Math.round(objective.withinMs / 1000)} s`,
      };
    });
  }

  private cycles(): number {
    return this.module.cycles?.(this.session.actor.getSnapshot()) ?? 0;
  }

  private made(): number {
    return this.cycles() - this.baseCycles;
  }
}
