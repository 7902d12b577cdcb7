import type { AnyMachineSnapshot } from 'xstate';
import type { ManualClock } from './clock.ts';
import type { ContinuousInputs, ProcessModel } from './continuous.ts';
import type { ProcessSignal } from './gladiEvent.ts';

/** What the runner needs from its session. */
export interface ProcessHost {
  snapshot(): AnyMachineSnapshot;
  inputs(): ContinuousInputs;
  /** The session is still running (a finished session's process stands still). */
  live(): boolean;
  /** A signal from the step just taken, in order. */
  deliver(signal: ProcessSignal): void;
  /** The process state changed (for the one notification per advance). */
  stepped(): void;
}

/**
 * Steps a machine's process model on the session clock, interleaved with the chart's timers.
 *
 * Steps fall on absolute multiples of `stepMs` (boundaries), so however an advance is split the
 * same steps happen at the same times. At a boundary `b`: chart timers due at or before `b` fire
 * first, then, if `active` says so, one step of `stepMs` is taken with the inputs as they are;
 * events sent at `b` come after it (a session is moved to an event's time before it is sent).
 * While the process is not active nothing can make it active but a chart timer or an event, so
 * the runner jumps from timer to timer: an idle machine costs nothing, however long the wait.
 * The runner schedules nothing on the clock: a wait the trainee sees is only ever a chart timer.
 */
export class ProcessRunner {
  private current: unknown;
  private evaluated = 0;
  private count = 0;

  constructor(
    private readonly model: ProcessModel | undefined,
    private readonly clock: ManualClock,
    private readonly host: ProcessHost,
  ) {
    if (model && (!Number.isInteger(model.stepMs) || model.stepMs <= 0)) throw new Error(`process stepMs must be a positive whole number of ms (is ${model.stepMs})`);
    this.current = model?.initial;
  }

  /** The process state now (undefined for a machine without a process). */
  get state(): unknown {
    return this.current;
  }

  /** Steps taken so far (a measure of work, for bounding checks of untrusted files). */
  get steps(): number {
    return this.count;
  }

  active(): boolean {
    return !!this.model && this.host.live() && this.model.active(this.host.snapshot(), this.host.inputs());
  }

  /** After an event the chart accepted: the model may start again from fresh work (`ProcessModel.reset`). */
  accepted(): void {
    if (this.model?.reset) this.current = this.model.reset(this.current, this.host.snapshot());
  }

  /** Moves the clock to `end`, firing chart timers and taking every process step due on the way. */
  runTo(end: number): void {
    const model = this.model;
    if (!model) {
      this.clock.advance(end - this.clock.now());
      return;
    }
    const step = model.stepMs;
    for (;;) {
      const now = this.clock.now();
      if (!this.active()) {
        // Idle at `now`: every boundary up to here is passed without a step.
        this.evaluated = Math.max(this.evaluated, Math.floor(now / step) * step);
        if (now >= end) return;
        // Nothing changes before the next chart timer: jump there (its boundary is looked at after it fires).
        const due = this.clock.nextDueIn();
        const to = due === null ? end : Math.min(end, now + due);
        this.clock.advance(to - now);
        this.evaluated = Math.max(this.evaluated, Math.ceil(to / step) * step - step);
        continue;
      }
      const next = this.evaluated + step;
      if (next > end) {
        this.clock.advance(end - now);
        return;
      }
      this.clock.advance(next - now);
      this.evaluated = next;
      if (this.active()) this.stepOnce(model, step);
    }
  }

  private stepOnce(model: ProcessModel, dtMs: number): void {
    const result = model.step(this.current, this.host.inputs(), dtMs, this.host.snapshot());
    this.current = result.state;
    this.count++;
    this.host.stepped();
    for (const signal of result.signals ?? []) {
      if (!this.host.live()) return;
      this.host.deliver(signal);
    }
  }
}
