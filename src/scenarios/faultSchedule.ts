import type { GladiEvent } from '../engine/machineModule.ts';
import type { Drill, EventMatch } from './types.ts';

const matches = (m: EventMatch, e: GladiEvent): boolean =>
  e.type === m.type && 'control' in e && e.control === m.control && (m.value === undefined || (e.type === 'user.set' && e.value === m.value));

/**
 * Which of a drill's scheduled faults are due. Each fires once. Pure bookkeeping: the drill run
 * asks and injects; this never touches the session, so the schedule cannot reorder anything.
 */
export class FaultSchedule {
  private readonly fired: boolean[];

  constructor(private readonly drill: Drill) {
    this.fired = drill.faults.map(() => false);
  }

  /** Session-clock time of the next time-triggered fault still to come, or null. */
  nextDue(): number | null {
    let next: number | null = null;
    this.drill.faults.forEach((f, i) => {
      if (this.fired[i] || !('afterMs' in f.at)) return;
      const due = this.drill.startMs + f.at.afterMs;
      if (next === null || due < next) next = due;
    });
    return next;
  }

  /** Faults due by time at `now`, or whose step is done; in file order. Marks them fired. */
  due(now: number, doneSteps: ReadonlySet<string>): string[] {
    return this.take((at) => ('afterMs' in at ? this.drill.startMs + at.afterMs <= now : 'step' in at && doneSteps.has(at.step)));
  }

  /** Faults triggered by this (accepted) trainee event. Marks them fired. */
  onTraineeEvent(event: GladiEvent): string[] {
    return this.take((at) => 'event' in at && matches(at.event, event));
  }

  private take(test: (at: Drill['faults'][number]['at']) => boolean): string[] {
    const out: string[] = [];
    this.drill.faults.forEach((f, i) => {
      if (!this.fired[i] && test(f.at)) {
        this.fired[i] = true;
        out.push(f.fault);
      }
    });
    return out;
  }
}
