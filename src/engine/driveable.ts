import type { Deadline } from './countdown.ts';
import type { GladiEvent } from './machineModule.ts';
import type { PauseReason, Sender, Session } from './session.ts';

/**
 * What the trainee's actions and real time drive: a plain practice session, or a drill run
 * wrapped around one (which adds fault schedules and objectives to the same operations).
 */
export interface Driveable {
  readonly session: Session;
  send(event: GladiEvent, by?: Sender): boolean;
  advance(ms: number): void;
  skipWait(): number;
  /** ms until the next procedure timer (or scheduled fault), or null. */
  pendingWait(): number | null;
  /** A long wait the trainee may fast-forward is running. */
  canSkip(): boolean;
  /** ms until a deadline that ends things without any event (a time limit), or null. */
  deadlineIn(): number | null;
  /** Every deadline running now, each saying what it ends (for the one countdown shown). */
  deadlines(): Deadline[];
  hints(): GladiEvent[];
  requestHint(): GladiEvent[];
  /** Stops procedure time and refuses every control until `resume` (only while running). */
  pause(reason: PauseReason): void;
  /** `pausedMs`: how long the pause lasted in real time. */
  resume(pausedMs: number): void;
  /** The trainee ends the run now ("Finish"); nothing happens after. */
  end(): void;
}

