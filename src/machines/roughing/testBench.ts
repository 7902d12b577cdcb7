import { createActor, type Actor } from 'xstate';
import { inspect, press, setTo as set } from '../../engine/events.ts';
import { ManualClock } from '../../engine/clock.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { ProcedureTracker } from '../../engine/procedure.ts';
import { WORK_TICKET } from './constants.ts';
import { adjustTo, roughingControls } from './controls.ts';
import { roughingMachine, type RoughingMachine } from './machine.ts';
import { roughingProcedure } from './procedure.ts';
import { roughingProcess, type RoughingProcessState } from './process.ts';

/**
 * Test support (not loaded by the app): the chart on a manual clock with the process model stepped
 * by hand at its fixed step, the way the session steps it, so the roughing machine's own tests do not
 * depend on the engine's stepping.
 */
export class RoughingBench {
  readonly clock = new ManualClock();
  readonly actor: Actor<RoughingMachine>;
  readonly inputs: Record<string, number> = {};
  process: RoughingProcessState = roughingProcess.initial;
  readonly signals: string[] = [];
  readonly tracker = new ProcedureTracker(roughingProcedure);

  constructor() {
    this.actor = createActor(roughingMachine, { clock: this.clock });
    this.actor.start();
    for (const c of roughingControls) if (c.range) this.inputs[c.id] = c.range.initial ?? c.range.rest ?? c.range.min;
    this.tracker.update(this.snap());
  }

  snap() {
    return this.actor.getSnapshot();
  }

  /** Sends an operator event (an adjust also moves the input, whether the chart takes it or not); returns whether it was accepted. */
  send(e: GladiEvent): boolean {
    if (e.type === 'user.adjust') this.inputs[e.control] = e.value;
    const ok = this.snap().can(e);
    this.actor.send(e);
    this.tracker.update(this.snap());
    return ok;
  }

  sendAll(events: readonly GladiEvent[]): void {
    for (const e of events) if (!this.send(e)) throw new Error(`refused: ${JSON.stringify(e)} in ${JSON.stringify(this.snap().value)}`);
  }

  /** Runs the clock for `ms` in process steps, stepping the process while it is active. */
  run(ms: number): void {
    const dt = roughingProcess.stepMs;
    for (let t = 0; t < ms; t += dt) {
      if (roughingProcess.active(this.snap(), this.inputs)) {
        const r = roughingProcess.step(this.process, this.inputs, dt, this.snap());
        this.process = r.state;
        for (const sig of r.signals ?? []) {
          this.signals.push(sig.signal);
          this.actor.send(sig);
        }
      }
      this.clock.advance(dt);
      this.tracker.update(this.snap());
    }
  }

  /** Follows the procedure's hints like a careful trainee; while the hints only hold the pedal, lets the work feed. */
  followHints(maxActions = 400): void {
    for (let i = 0; i < maxActions && !this.snap().hasTag('complete'); i++) {
      const hints = this.tracker.hints(this.snap());
      const next = hints.find((h) => h.type !== 'user.adjust' || this.inputs[h.control] !== h.value);
      if (next) this.send(next);
      else this.run(hints.length ? 500 : (this.clock.nextDueIn() ?? 500));
    }
  }

  stop(): void {
    this.actor.stop();
  }
}

/** Protection worn, checks done, set to the ticket, extraction then spindle on: ready for a shoe. */
export const READY_TO_ROUGH: readonly GladiEvent[] = [
  press('earMuffs'),
  press('safetyGlasses'),
  press('dustMask'),
  inspect('wheel'),
  inspect('dustBag'),
  set('reversingSwitch', WORK_TICKET.direction),
  adjustTo('speed', WORK_TICKET.speedRpm),
  set('extractionSwitch', 'on'),
  press('spindleStart'),
];
