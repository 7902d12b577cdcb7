import { createActor, type Actor, type AnyActorRef, type AnyMachineSnapshot, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import { ManualClock } from './clock.ts';
import type { ProcessModel } from './continuous.ts';
import type { ControlSpec, GladiEvent } from './machineModule.ts';
import { ProcedureTracker, type ProcedureSpec } from './procedure.ts';

/** The parts of a machine with continuous work that its bench drives. */
export interface BenchParts<TMachine extends AnyStateMachine, TState> {
  readonly machine: TMachine;
  readonly controls: readonly ControlSpec[];
  readonly procedure: ProcedureSpec;
  readonly process: ProcessModel<TState>;
}

/**
 * Test support (not loaded by the app): a machine's chart on a manual clock with its process model
 * stepped by hand at its fixed step, the way the session steps it, so a handwork machine's own
 * tests do not depend on the engine's stepping. A machine folder's `testBench.ts` names its parts.
 */
export class ProcessBench<TMachine extends AnyStateMachine, TState> {
  readonly clock = new ManualClock();
  readonly actor: Actor<TMachine>;
  readonly inputs: Record<string, number> = {};
  process: TState;
  readonly signals: string[] = [];
  readonly tracker: ProcedureTracker;
  private readonly model: ProcessModel<TState>;
  /** The same actor, untyped: the bench only sends the kit's own events and reads the snapshot's common parts. */
  private readonly raw: AnyActorRef;

  constructor(parts: BenchParts<TMachine, TState>) {
    this.model = parts.process;
    this.process = parts.process.initial;
    this.tracker = new ProcedureTracker(parts.procedure);
    this.raw = createActor(parts.machine as AnyStateMachine, { clock: this.clock });
    this.actor = this.raw as unknown as Actor<TMachine>;
    this.raw.start();
    for (const c of parts.controls) if (c.range) this.inputs[c.id] = c.range.initial ?? c.range.rest ?? c.range.min;
    this.tracker.update(this.now());
  }

  snap(): SnapshotFrom<TMachine> {
    return this.raw.getSnapshot() as SnapshotFrom<TMachine>;
  }

  private now(): AnyMachineSnapshot {
    return this.raw.getSnapshot() as AnyMachineSnapshot;
  }

  /** Sends an operator event (an adjust also moves the input, whether the chart takes it or not); returns whether it was accepted. */
  send(e: GladiEvent): boolean {
    if (e.type === 'user.adjust') this.inputs[e.control] = e.value;
    const ok = this.now().can(e);
    this.raw.send(e);
    this.tracker.update(this.now());
    return ok;
  }

  sendAll(events: readonly GladiEvent[]): void {
    for (const e of events) if (!this.send(e)) throw new Error(`refused: ${JSON.stringify(e)} in ${JSON.stringify(this.now().value)}`);
  }

  /** Runs the clock for `ms` in process steps, stepping the process while it is active. */
  run(ms: number): void {
    const dt = this.model.stepMs;
    for (let t = 0; t < ms; t += dt) {
      if (this.model.active(this.now(), this.inputs)) {
        const r = this.model.step(this.process, this.inputs, dt, this.now());
        this.process = r.state;
        for (const sig of r.signals ?? []) {
          this.signals.push(sig.signal);
          this.raw.send(sig);
        }
      }
      this.clock.advance(dt);
      this.tracker.update(this.now());
    }
  }

  /** Follows the procedure's hints like a careful trainee; while the hints only hold an input, lets the work feed. */
  followHints(maxActions = 400): void {
    for (let i = 0; i < maxActions && !this.now().hasTag('complete'); i++) {
      const hints = this.tracker.hints(this.now());
      const next = hints.find((h) => h.type !== 'user.adjust' || this.inputs[h.control] !== h.value);
      if (next) this.send(next);
      else this.run(hints.length ? 500 : (this.clock.nextDueIn() ?? 500));
    }
  }

  stop(): void {
    this.raw.stop();
  }
}
