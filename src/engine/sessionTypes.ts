import type { Actor, AnyStateMachine } from 'xstate';
import type { ManualClock } from './clock.ts';
import type { ContinuousInputs } from './continuous.ts';
import type { Driveable } from './driveable.ts';
import type { GladiEvent } from './gladiEvent.ts';
import type { MachineModule } from './machineModule.ts';
import type { MistakeRecord } from './mistakes.ts';
import type { StepState } from './procedure.ts';
import type { Score, ScoreWeights } from './scoring.ts';
import type { Verdict } from './verdict.ts';

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
  /**
   * The procedure step a guided practice started at (`?step=`, a SOP card): the actions before it
   * are the app's (sender `scenario`), not the trainee's, and the run is not a whole procedure.
   */
  readonly startStep?: string;
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
  /** The step a guided practice starts at, recorded in the log (see SessionLog.startStep). */
  readonly startStep?: string;
}

/** Default pass mark out of 100 [I]; a drill may set its own. */
export const DEFAULT_PASS_MARK = 70;

/** Default exam time limit (a drill may set its own) [I]. */
export const EXAM_TIME_LIMIT_MS = 15 * 60 * 1000;

/** Waits at least this long count as "long waits" a trainee may fast-forward (warm-up, dwell, cooling). */
export const LONG_WAIT_MS = 1000;

/**
 * A practice session; itself the `Driveable` real time drives (`session.session` is itself).
 * A drill run wraps one (drillRun.ts).
 */
export interface Session extends Driveable {
  readonly module: MachineModule;
  readonly mode: Mode;
  readonly clock: ManualClock;
  readonly actor: Actor<AnyStateMachine>;
  /**
   * Sends an event at the current clock time, records it, tracks steps and mistakes. Returns
   * whether the chart accepted it. While paused or over nothing is sent and nothing is logged.
   * A `user.adjust` is rounded to its control's step and clamped to its range before it is logged
   * (the log holds what replays); it is always accepted for a continuous control (the hand moved,
   * whether or not the chart cares) and refused for any other control.
   */
  send(event: GladiEvent, by?: Sender): boolean;
  /**
   * Moves procedure time forward (not while paused: procedure timers never run in a pause),
   * firing chart timers and stepping the machine's process on the way (processRunner.ts).
   */
  advance(ms: number): void;
  /** Moves procedure time forward to `t` (never backwards). */
  advanceTo(t: number): void;
  /**
   * Fast-forwards to the next pending chart timer. Returns ms skipped (0 when nothing waits).
   * A running process is stepped over the skipped time too, as if the trainee had waited.
   */
  skipWait(): number;
  /** ms until the next procedure (chart) timer, or null. Process steps are not a wait. */
  pendingWait(): number | null;
  /**
   * True when the trainee may fast-forward now: a long wait of the real procedure is all that runs
   * (never while the process is active: live handwork is not fast-forwarded).
   */
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
  /** Latest value of every continuous control (from its range's initial value, then every logged adjust). */
  inputs(): ContinuousInputs;
  /** The process model's state now (undefined for a machine without one). */
  process(): unknown;
  /** Process steps taken so far (a measure of work, for bounding checks of untrusted files). */
  processSteps(): number;
  steps(): StepState[];
  mistakes(): readonly MistakeRecord[];
  outcome(): Outcome;
  score(): Score;
  /** What the outcome means (passed, failed, practice done, not finished…) and why. */
  verdict(): Verdict;
  readonly passMark: number;
  log(): SessionLog;
  /**
   * Called after anything the UI shows changed (an event, a timer, a process step, a mistake, the
   * outcome), at most once per call of send, advance or skip. For every chart change at its exact
   * time (drill objectives), subscribe to `actor` instead.
   */
  subscribe(listener: () => void): () => void;
  stop(): void;
}
