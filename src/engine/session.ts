import { createActor, type Actor, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { ManualClock } from './clock.ts';
import { MAX_ENTRIES } from './recordLimits.ts';
import { activeDelayNames } from './exploration.ts';
import type { GladiEvent, MachineModule } from './machineModule.ts';
import { ENGINE_MISTAKES, type MistakeRecord, type MistakeSpec } from './mistakes.ts';
import { ProcedureTracker, type StepState } from './procedure.ts';
import { scoreMistakes, type Score, type ScoreWeights } from './scoring.ts';
import { decideVerdict, type Stop, type Verdict } from './verdict.ts';

export type Mode = 'guided' | 'free' | 'exam';
export const MODES: readonly Mode[] = ['guided', 'free', 'exam'];

/** Who sent an event: the trainee, a trainer (live fault injection) or the drill's schedule. */
export type Sender = 'trainee' | 'trainer' | 'scenario';

/** Why procedure time stopped: the trainer paused it, or the app was hidden (tab switched, screen off). */
export type PauseReason = 'trainer' | 'hidden';
export const PAUSE_REASONS: readonly PauseReason[] = ['trainer', 'hidden'];

/**
 * `t` is session time: real time the session ran, without pauses. A pause and its resume share
 * one `t` (nothing runs in between); the resume carries how long the pause lasted in real time.
 */
export type LogEntry =
  | { readonly t: number; readonly kind: 'event'; readonly event: GladiEvent; readonly accepted: boolean; readonly by: Sender }
  | { readonly t: number; readonly kind: 'hint' }
  | { readonly t: number; readonly kind: 'skip'; readonly ms: number }
  | { readonly t: number; readonly kind: 'pause'; readonly reason: PauseReason }
  | { readonly t: number; readonly kind: 'resume'; readonly pausedMs: number }
  /** The trainee ended the session before it was over ("Finish"). */
  | { readonly t: number; readonly kind: 'end' };

export interface SessionLog {
  readonly machineId: string;
  readonly machineVersion: string;
  readonly mode: Mode;
  readonly entries: readonly LogEntry[];
  /** Clock time when the log was taken; a replay runs the clock to here. */
  readonly endT: number;
  /** Exam time limit in force, if any (part of the rules a replay must re-apply). */
  readonly timeLimitMs?: number;
  readonly passMark?: number;
  readonly weights?: ScoreWeights;
  /** Id of the drill this session ran, if any. */
  readonly scenario?: string;
}

export type Outcome =
  | { readonly status: 'running' }
  | { readonly status: 'complete'; readonly t: number }
  /** Ended by the trainee before it was complete. */
  | { readonly status: 'ended'; readonly t: number }
  | { readonly status: 'failed'; readonly t: number; readonly reason: 'critical' | 'timeout'; readonly mistake: string };

export interface SessionOptions {
  readonly mode?: Mode;
  /** Exam time limit, ms of session clock. */
  readonly timeLimitMs?: number;
  readonly weights?: ScoreWeights;
  /** Score needed to pass (with the procedure complete and no critical violation). */
  readonly passMark?: number;
  /** Id of the drill this session runs, recorded in the log. */
  readonly scenario?: string;
}

/** Default pass mark out of 100 [I]; a drill may set its own. */
export const DEFAULT_PASS_MARK = 70;

/** Default exam time limit (a drill may set its own) [I]. */
export const EXAM_TIME_LIMIT_MS = 15 * 60 * 1000;

/** Waits at least this long count as "long waits" a trainee may fast-forward (warm-up, dwell, cooling). */
/** Room kept in a full log for the entries that close it (resume, end). */
const RESERVED_ENTRIES = 2;

export const LONG_WAIT_MS = 1000;

export interface Session {
  readonly module: MachineModule;
  readonly mode: Mode;
  readonly clock: ManualClock;
  readonly actor: Actor<AnyStateMachine>;
  /**
   * Sends an event at the current clock time, records it, tracks steps and mistakes. Returns
   * whether the chart accepted it. While paused or over nothing is sent and nothing is logged.
   */
  send(event: GladiEvent, by?: Sender): boolean;
  /** Moves procedure time forward (not while paused: procedure timers never run in a pause). */
  advance(ms: number): void;
  /** Moves procedure time forward to `t` (never backwards). */
  advanceTo(t: number): void;
  /** Fast-forwards to the next pending timer. Returns ms skipped (0 when nothing waits). */
  skipWait(): number;
  /** ms until the next procedure timer, or null. */
  pendingWait(): number | null;
  /** True when the trainee may fast-forward now: a long wait of the real procedure is all that runs. */
  canSkip(): boolean;
  /** ms until the exam time limit while it can still end the session, or null. */
  deadlineIn(): number | null;
  /** Stops procedure time (logged with its reason) until `resume`. Only while running; a second pause is ignored. */
  pause(reason: PauseReason): void;
  /** Ends a pause; `pausedMs` is how long it lasted in real time (the session has no wall clock). */
  resume(pausedMs: number): void;
  /** Why the session is paused now, or null. */
  paused(): PauseReason | null;
  /** The trainee ends the session now (logged); a session that is already over stays as it is. */
  end(): void;
  /** Real time spent paused, from the resumes logged so far. */
  pausedMs(): number;
  /** Hints toward the current step (records a help request in free mode). */
  requestHint(): GladiEvent[];
  /** Hints toward the current step without recording anything (guided mode display). */
  hints(): GladiEvent[];
  steps(): StepState[];
  mistakes(): readonly MistakeRecord[];
  outcome(): Outcome;
  score(): Score;
  /** What the outcome means (passed, failed, practice done, not finished…) and why. */
  verdict(): Verdict;
  readonly passMark: number;
  log(): SessionLog;
  /** Called after anything the UI shows changed (an event, a timer, a mistake, the outcome). */
  subscribe(listener: () => void): () => void;
  stop(): void;
}

export function createSession(module: MachineModule, options: SessionOptions | Mode = {}): Session {
  const opts: SessionOptions = typeof options === 'string' ? { mode: options } : options;
  const mode = opts.mode ?? 'free';
  const clock = new ManualClock();
  const actor: Actor<AnyStateMachine> = createActor(module.machine as AnyStateMachine, { clock });
  const tracker = new ProcedureTracker(module.procedure);
  const specs = new Map<string, MistakeSpec>([...Object.values(ENGINE_MISTAKES), ...module.mistakes.specs].map((m) => [m.id, m]));
  const entries: LogEntry[] = [];
  const mistakes: MistakeRecord[] = [];
  const listeners = new Set<() => void>();
  let outcome: Outcome = { status: 'running' };
  let pausedFor: PauseReason | null = null;

  const notify = () => listeners.forEach((l) => l());
  const record = (id: string, params?: Record<string, string>) => {
    const spec = specs.get(id);
    if (!spec) throw new Error(`${module.id}: mistake "${id}" has no spec`);
    mistakes.push({ id, severity: spec.severity, t: clock.now(), entry: entries.length - 1, ...(params ? { params } : {}) });
    if (mode === 'exam' && spec.severity === 'critical' && outcome.status === 'running') {
      outcome = { status: 'failed', t: clock.now(), reason: id === ENGINE_MISTAKES.timeout.id ? 'timeout' : 'critical', mistake: id };
    }
  };
  const track = (s: AnyMachineSnapshot) => {
    for (const { step, skipped } of tracker.update(s)) {
      if (skipped.length) record(ENGINE_MISTAKES.wrongOrder.id, { step, skipped: skipped.join(',') });
    }
    if (outcome.status === 'running' && s.hasTag('complete')) outcome = { status: 'complete', t: clock.now() };
  };

  actor.subscribe((s) => {
    // Timers change state without an event: keep steps and the outcome current.
    track(s);
    notify();
  });
  actor.start();
  track(actor.getSnapshot());
  const limit = mode === 'exam' ? opts.timeLimitMs : undefined;
  /** Moves the clock, stopping at the exam time limit to record the timeout there (not a chart timer). */
  const advanceClock = (ms: number) => {
    if (pausedFor) return;
    const now = clock.now();
    if (limit !== undefined && outcome.status === 'running' && now + ms >= limit) {
      clock.advance(Math.max(0, limit - now));
      record(ENGINE_MISTAKES.timeout.id);
      notify();
      clock.advance(now + ms - clock.now());
    } else clock.advance(ms);
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
  const session: Session = {
    module,
    mode,
    clock,
    actor,
    send(event, by = 'trainee') {
      if (outcome.status !== 'running' || pausedFor || logFull()) return false;
      const before = actor.getSnapshot();
      const accepted = before.can(event);
      entries.push({ t: clock.now(), kind: 'event', event, accepted, by });
      actor.send(event);
      if (by === 'trainee') {
        for (const id of module.mistakes.detect({ before, after: actor.getSnapshot(), event, accepted })) record(id);
      }
      track(actor.getSnapshot());
      notify();
      return accepted;
    },
    advance: advanceClock,
    advanceTo(t) {
      advanceClock(Math.max(0, t - clock.now()));
    },
    skipWait() {
      const due = clock.nextDueIn();
      if (due === null || outcome.status !== 'running' || pausedFor || logFull()) return 0;
      entries.push({ t: clock.now(), kind: 'skip', ms: due });
      advanceClock(due);
      notify();
      return due;
    },
    pendingWait: () => clock.nextDueIn(),
    canSkip() {
      const wait = clock.nextDueIn();
      if (wait === null || wait < LONG_WAIT_MS || outcome.status !== 'running' || pausedFor) return false;
      const allowed = module.longWaits;
      return !allowed || activeDelayNames(actor.getSnapshot()).every((d) => allowed.includes(d));
    },
    deadlineIn: () => (limit !== undefined && outcome.status === 'running' ? Math.max(0, limit - clock.now()) : null),
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
        entries.push({ t: clock.now(), kind: 'hint' });
        if (mode === 'free') record(ENGINE_MISTAKES.hintRequested.id);
        notify();
      }
      return mode === 'exam' ? [] : hintsNow();
    },
    hints: () => (mode === 'exam' ? [] : hintsNow()),
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
