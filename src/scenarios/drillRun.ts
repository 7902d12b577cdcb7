import type { Driveable } from '../engine/driveable.ts';
import type { MachineModule } from '../engine/machineModule.ts';
import { createSession, type Sender, type Session } from '../engine/session.ts';
import { FaultSchedule } from './faultSchedule.ts';
import { judgeDrill, type DrillResult } from './judge.ts';
import { ObjectiveTracker, type ObjectiveState } from './objectives.ts';
import type { Drill } from './types.ts';

/**
 * A drill in progress: a session with the drill's rules, its start applied, its fault schedule
 * armed and its objectives watched. Everything that changes the machine goes through this object
 * (not `session.send`/`session.advance`), so faults fire on time and nothing happens after the end.
 *
 * Faults are injected as ordinary log entries (`by: 'scenario'` from the schedule, `'trainer'`
 * live), at exact clock times: `advance` stops at every due fault, timer and deadline. So
 * `replayLog(module, run.session.log())` rebuilds the same session without the schedule, and
 * `replayDrill` the same result. A finished drill is frozen: send, advance, skip and inject do nothing.
 */
/**
 * Beyond the Driveable operations (each also fires due faults and does nothing once the drill is
 * over; `session` is for reading only): the drill's own parts.
 */
export interface DrillRun extends Driveable {
  readonly module: MachineModule;
  readonly drill: Drill;
  /** Moves the session clock to `t` (session time, never backwards), stopping at each due fault. */
  advanceTo(t: number): void;
  /** A trainer's live fault injection. Returns whether the machine accepted it. */
  inject(faultId: string): boolean;
  objectives(): ObjectiveState[];
  result(): DrillResult;
  stop(): void;
}

export interface RunOptions {
  /** Inject the drill's scheduled faults (off when replaying a log that already holds them). */
  readonly schedule: boolean;
  /** Brings the fresh session to the drill's starting point. */
  readonly applyStart: (session: Session) => void;
}

export function startDrill(module: MachineModule, drill: Drill): DrillRun {
  return openDrillRun(module, drill, {
    schedule: true,
    applyStart(session) {
      for (const item of drill.start) {
        if ('skip' in item) session.skipWait();
        else session.send(item, 'scenario');
      }
    },
  });
}

export function openDrillRun(module: MachineModule, drill: Drill, options: RunOptions): DrillRun {
  if (module.id !== drill.machine) throw new Error(`drill "${drill.id}" is for ${drill.machine}, not ${module.id}`);
  const limitAt = drill.startMs + drill.timeLimitMs;
  const session = createSession(module, {
    mode: drill.mode,
    timeLimitMs: limitAt,
    passMark: drill.passMark,
    ...(drill.weights ? { weights: drill.weights } : {}),
    scenario: drill.id,
  });
  const tracker = new ObjectiveTracker(module, drill, session);
  const schedule = new FaultSchedule(drill);
  options.applyStart(session);
  if (session.clock.now() !== drill.startMs) {
    throw new Error(`${drill.file}: the start ended at ${session.clock.now()} ms, not ${drill.startMs} ms: the machine changed since the drill was loaded`);
  }
  tracker.begin();

  const result = () => judgeDrill(drill, session, tracker.states());
  const running = () => result().status === 'running';
  const now = () => session.clock.now();
  const inject = (faultId: string, by: Sender): boolean => {
    const spec = module.faults.find((f) => f.id === faultId);
    if (!spec || !running()) return false;
    const accepted = session.send(spec.event, by);
    if (accepted) tracker.noteInjection(faultId);
    return accepted;
  };
  const doneSteps = () => new Set(session.steps().filter((s) => s.done).map((s) => s.id));
  /** Injects every fault due now; an injection can finish a step, so look again (each fires once). */
  const settle = () => {
    if (!options.schedule) return;
    for (let round = 0; round <= drill.faults.length && running(); round++) {
      const due = schedule.due(now(), doneSteps());
      if (due.length === 0) return;
      for (const id of due) inject(id, 'scenario');
    }
  };
  const stepMs = module.process?.stepMs;
  const stepFaults = options.schedule && stepMs !== undefined && drill.faults.some((f) => 'step' in f.at);
  /**
   * A process signal can finish a step that triggers a fault: while the process runs, stop at
   * every process step, so the fault comes at that step however the time was split (live frames
   * or a replay's jumps from entry to entry).
   */
  const processStop = (from: number) => (stepFaults && stepMs !== undefined && session.processActive() ? (Math.floor(from / stepMs) + 1) * stepMs : null);
  /** Times the clock must stop at, after `from`: faults, timers, the limit, response windows, process steps (see above). */
  const stops = (from: number): number[] => {
    const wait = session.pendingWait();
    const fault = options.schedule ? schedule.nextDue() : null;
    return [fault, wait === null ? null : from + wait, limitAt, processStop(from), ...tracker.deadlines()].filter((t): t is number => t !== null && t > from);
  };

  const run: DrillRun = {
    module,
    drill,
    session,
    send(event, by = 'trainee') {
      if (!running()) return false;
      const accepted = session.send(event, by);
      if (accepted && event.type === 'fault.inject') tracker.noteInjection(event.fault);
      if (accepted && by === 'trainee' && options.schedule) for (const id of schedule.onTraineeEvent(event)) inject(id, 'scenario');
      settle();
      return accepted;
    },
    advance: (ms) => run.advanceTo(now() + Math.max(0, ms)),
    advanceTo(t) {
      for (;;) {
        settle();
        const from = now();
        // Paused, the session's clock stands still: nothing more to do until it resumes.
        if (!running() || from >= t || session.paused()) return;
        session.advanceTo(Math.min(t, ...stops(from)));
      }
    },
    skipWait() {
      if (!running() || session.paused()) return 0;
      const from = now();
      const wait = session.pendingWait();
      const timer = wait === null ? Infinity : from + wait;
      const fault = (options.schedule ? schedule.nextDue() : null) ?? Infinity;
      const end = Math.min(limitAt, ...tracker.deadlines());
      // A due fault comes first, and a skip never jumps over the end of the drill.
      if (fault <= timer || end < timer) {
        if (Math.min(fault, timer) === Infinity) return 0;
        run.advanceTo(Math.min(fault, end));
        return now() - from;
      }
      const skipped = session.skipWait();
      settle();
      return skipped;
    },
    pendingWait() {
      if (!running()) return null;
      const wait = session.pendingWait();
      const fault = options.schedule ? schedule.nextDue() : null;
      if (fault === null) return wait;
      return wait === null ? fault - now() : Math.min(wait, fault - now());
    },
    canSkip: () => running() && session.canSkip(),
    processActive: () => running() && session.processActive(),
    deadlineIn: () => (running() ? Math.min(limitAt, ...tracker.deadlines()) - now() : null),
    deadlines: () =>
      running()
        ? [
            { kind: drill.mode === 'exam' ? 'exam' : 'drill', at: limitAt },
            ...tracker.states().flatMap((o) => (o.deadlineMs !== undefined && !o.met && !o.missed ? [{ kind: 'window' as const, at: drill.startMs + o.deadlineMs, objective: o.index }] : [])),
          ]
        : [],
    inject: (faultId) => {
      const accepted = inject(faultId, 'trainer');
      settle();
      return accepted;
    },
    requestHint: () => (running() ? session.requestHint() : []),
    pause: (reason) => {
      if (running()) session.pause(reason);
    },
    resume: (ms) => session.resume(ms),
    end: () => {
      if (running()) session.end();
    },
    hints: () => (running() ? session.hints() : []),
    objectives: () => tracker.states(),
    result,
    stop: () => session.stop(),
  };
  run.advanceTo(now());
  return run;
}
