import { createActor, type Actor, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { ManualClock } from './clock.ts';
import type { ContinuousInputs } from './continuous.ts';
import { continuousRanges, initialInputs, quantize } from './continuousControls.ts';
import { MAX_ENTRIES } from './recordLimits.ts';
import { activeDelayNames } from './exploration.ts';
import type { ChartEvent, GladiEvent } from './gladiEvent.ts';
import type { MachineModule } from './machineModule.ts';
import { ENGINE_MISTAKES, type MistakeRecord, type MistakeSpec } from './mistakes.ts';
import { ProcedureTracker } from './procedure.ts';
import { ProcessRunner } from './processRunner.ts';
import { scoreMistakes } from './scoring.ts';
import { DEFAULT_PASS_MARK, LONG_WAIT_MS, type LogEntry, type Mode, type Outcome, type PauseReason, type Session, type SessionOptions } from './sessionTypes.ts';
import { decideVerdict, type Stop } from './verdict.ts';

export * from './sessionTypes.ts';

/** Room kept in a full log for the entries that close it (resume, end). */
const RESERVED_ENTRIES = 2;

/**
 * A session of one machine on its own ManualClock. Continuous handwork (continuous.ts): every
 * logged `user.adjust` moves `inputs()`; a module's process model is stepped by `ProcessRunner`
 * whenever the clock moves, and its signals go to the chart and to mistake detection like the
 * trainee's own events, but are never logged (the log replays them). See `Session` for the rules.
 */
export function createSession(module: MachineModule, options: SessionOptions | Mode = {}): Session {
  const opts: SessionOptions = typeof options === 'string' ? { mode: options } : options;
  const mode = opts.mode ?? 'free';
  const clock = new ManualClock();
  const actor: Actor<AnyStateMachine> = createActor(module.machine as AnyStateMachine, { clock });
  const tracker = new ProcedureTracker(module.procedure);
  const specs = new Map<string, MistakeSpec>([...Object.values(ENGINE_MISTAKES), ...module.mistakes.specs].map((m) => [m.id, m]));
  const ranges = continuousRanges(module.controls);
  let inputs: ContinuousInputs = initialInputs(ranges);
  const entries: LogEntry[] = [];
  const mistakes: MistakeRecord[] = [];
  const listeners = new Set<() => void>();
  let outcome: Outcome = { status: 'running' };
  let pausedFor: PauseReason | null = null;

  // Listeners hear once per operation (send, advance, skip), however many timers and process steps it took.
  let depth = 0;
  let dirty = false;
  const notify = () => listeners.forEach((l) => l());
  const changed = () => (depth > 0 ? (dirty = true) : notify());
  const batch = <T>(run: () => T): T => {
    depth++;
    try {
      return run();
    } finally {
      if (--depth === 0 && dirty) {
        dirty = false;
        notify();
      }
    }
  };
  const record = (id: string, params?: Record<string, string>) => {
    const spec = specs.get(id);
    if (!spec) throw new Error(`${module.id}: mistake "${id}" has no spec`);
    mistakes.push({ id, severity: spec.severity, t: clock.now(), entry: entries.length - 1, ...(params ? { params } : {}) });
    if (mode === 'exam' && spec.severity === 'critical' && outcome.status === 'running') {
      outcome = { status: 'failed', t: clock.now(), reason: id === ENGINE_MISTAKES.timeout.id ? 'timeout' : 'critical', mistake: id };
    }
    changed();
  };
  const track = (s: AnyMachineSnapshot) => {
    for (const { step, skipped } of tracker.update(s)) {
      if (skipped.length) record(ENGINE_MISTAKES.wrongOrder.id, { step, skipped: skipped.join(',') });
    }
    if (outcome.status === 'running' && s.hasTag('complete')) outcome = { status: 'complete', t: clock.now() };
  };
  /** Sends to the chart and looks for the mistakes the change makes (the trainee's own actions and what their hands caused). */
  const deliver = (event: ChartEvent, accepted: boolean, detect: boolean) => {
    const before = actor.getSnapshot();
    actor.send(event);
    if (detect) for (const id of module.mistakes.detect({ before, after: actor.getSnapshot(), event, accepted })) record(id);
    track(actor.getSnapshot());
  };
  const runner = new ProcessRunner(module.process, clock, {
    snapshot: () => actor.getSnapshot(),
    inputs: () => inputs,
    live: () => outcome.status === 'running',
    // Never logged: a signal follows from the log. Not "accepted" by anyone but the chart.
    deliver: (signal) => deliver(signal, actor.getSnapshot().can(signal), true),
    stepped: changed,
  });

  actor.subscribe((s) => {
    // Timers change state without an event: keep steps and the outcome current.
    track(s);
    changed();
  });
  actor.start();
  track(actor.getSnapshot());
  const limit = mode === 'exam' ? opts.timeLimitMs : undefined;
  /** Moves the clock, stopping at the exam time limit to record the timeout there (not a chart timer). */
  const advanceClock = (ms: number) =>
    batch(() => {
      if (pausedFor) return;
      const now = clock.now();
      const end = now + Math.max(0, ms);
      if (limit !== undefined && outcome.status === 'running' && end >= limit) {
        runner.runTo(Math.max(now, limit));
        record(ENGINE_MISTAKES.timeout.id);
      }
      runner.runTo(end);
    });
  /** The event as logged (an adjust rounded and clamped to its control's range) and whether it is accepted: decided here for an adjust, by the chart (null) for the rest. */
  const asLogged = (event: GladiEvent): { event: GladiEvent; accepted: boolean | null } => {
    if (event.type !== 'user.adjust') return { event, accepted: null };
    const range = ranges.get(event.control);
    if (!range) return { event, accepted: false };
    const value = quantize(range, event.value);
    return value === null ? { event, accepted: false } : { event: { ...event, value }, accepted: true };
  };

  const hintsNow = () => tracker.hints(actor.getSnapshot());
  /**
   * A record holds at most MAX_ENTRIES entries (an hour of very fast tapping): at that size the
   * session ends, so its record can still be opened, instead of growing past what a file may hold.
   */
  const logFull = (): boolean => {
    if (entries.length < MAX_ENTRIES - RESERVED_ENTRIES) return false;
    session.end();
    return true;
  };
  const deadlineIn = () => (limit !== undefined && outcome.status === 'running' ? Math.max(0, limit - clock.now()) : null);
  const session: Session = {
    get session() {
      return session;
    },
    module,
    mode,
    clock,
    actor,
    send(event, by = 'trainee') {
      if (outcome.status !== 'running' || pausedFor || logFull()) return false;
      const logged = asLogged(event);
      // A value that is not a number cannot be written to a record: refused, and not logged.
      if (logged.event.type === 'user.adjust' && !Number.isFinite(logged.event.value)) return false;
      return batch(() => {
        const accepted = logged.accepted ?? actor.getSnapshot().can(logged.event);
        entries.push({ t: clock.now(), kind: 'event', event: logged.event, accepted, by });
        if (logged.event.type === 'user.adjust' && accepted) inputs = { ...inputs, [logged.event.control]: logged.event.value };
        // An adjust of a control that is not continuous never reaches the chart: it has no value there.
        if (logged.accepted !== false) deliver(logged.event, accepted, by === 'trainee');
        else if (by === 'trainee') for (const id of module.mistakes.detect({ before: actor.getSnapshot(), after: actor.getSnapshot(), event: logged.event, accepted })) record(id);
        if (accepted) runner.accepted();
        changed();
        return accepted;
      });
    },
    advance: advanceClock,
    advanceTo(t) {
      advanceClock(Math.max(0, t - clock.now()));
    },
    skipWait() {
      const due = clock.nextDueIn();
      if (due === null || outcome.status !== 'running' || pausedFor || logFull()) return 0;
      return batch(() => {
        entries.push({ t: clock.now(), kind: 'skip', ms: due });
        advanceClock(due);
        changed();
        return due;
      });
    },
    pendingWait: () => clock.nextDueIn(),
    canSkip() {
      const wait = clock.nextDueIn();
      if (wait === null || wait < LONG_WAIT_MS || outcome.status !== 'running' || pausedFor || (runner.active() && !module.process?.unattended)) return false;
      const allowed = module.longWaits;
      return !allowed || activeDelayNames(actor.getSnapshot()).every((d) => allowed.includes(d));
    },
    processActive: () => !pausedFor && runner.active(),
    deadlineIn,
    deadlines() {
      const left = deadlineIn();
      return left === null ? [] : [{ kind: 'exam', at: clock.now() + left }];
    },
    pause(reason) {
      if (outcome.status !== 'running' || pausedFor) return;
      pausedFor = reason;
      entries.push({ t: clock.now(), kind: 'pause', reason });
      notify();
    },
    resume(pausedMs) {
      if (!pausedFor) return;
      pausedFor = null;
      entries.push({ t: clock.now(), kind: 'resume', pausedMs: Math.max(0, Math.round(pausedMs)) });
      notify();
    },
    paused: () => pausedFor,
    end() {
      if (outcome.status !== 'running') return;
      entries.push({ t: clock.now(), kind: 'end' });
      outcome = { status: 'ended', t: clock.now() };
      notify();
    },
    pausedMs: () => entries.reduce((sum, e) => sum + (e.kind === 'resume' ? e.pausedMs : 0), 0),
    requestHint() {
      if (outcome.status === 'running' && mode !== 'exam' && !logFull()) {
        batch(() => {
          entries.push({ t: clock.now(), kind: 'hint' });
          if (mode === 'free') record(ENGINE_MISTAKES.hintRequested.id);
          changed();
        });
      }
      return mode === 'exam' ? [] : hintsNow();
    },
    hints: () => (mode === 'exam' ? [] : hintsNow()),
    inputs: () => inputs,
    process: () => runner.state,
    processSteps: () => runner.steps,
    steps: () => tracker.states(),
    mistakes: () => mistakes,
    outcome: () => outcome,
    score: () => scoreMistakes(mistakes, opts.weights),
    passMark: opts.passMark ?? DEFAULT_PASS_MARK,
    verdict() {
      const steps = tracker.states();
      return decideVerdict({
        mode,
        drill: false,
        stop: stopOf(outcome),
        critical: firstCritical(mistakes),
        objectives: [],
        stepsDone: steps.filter((st) => st.done).length,
        stepsTotal: steps.length,
        score: scoreMistakes(mistakes, opts.weights).score,
        passMark: opts.passMark ?? DEFAULT_PASS_MARK,
      });
    },
    log: () => ({
      machineId: module.id,
      machineVersion: module.version,
      mode,
      entries: [...entries],
      endT: clock.now(),
      ...(opts.timeLimitMs !== undefined ? { timeLimitMs: opts.timeLimitMs } : {}),
      ...(opts.passMark !== undefined ? { passMark: opts.passMark } : {}),
      ...(opts.weights !== undefined ? { weights: opts.weights } : {}),
      ...(opts.scenario !== undefined ? { scenario: opts.scenario } : {}),
      ...(opts.startStep !== undefined ? { startStep: opts.startStep } : {}),
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => actor.stop(),
  };
  return session;
}

/** How the session's own rules say it stopped (a drill's judge has more ways). */
export function stopOf(outcome: Outcome): Stop {
  if (outcome.status === 'failed') return outcome.reason === 'timeout' ? 'timeLimit' : 'critical';
  return outcome.status === 'ended' ? 'trainee' : outcome.status;
}

/** The first critical mistake other than the time-out (which the verdict reads as a stop). */
export function firstCritical(mistakes: readonly MistakeRecord[]): string | undefined {
  return mistakes.find((m) => m.severity === 'critical' && m.id !== ENGINE_MISTAKES.timeout.id)?.id;
}
