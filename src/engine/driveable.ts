import type { Deadline } from './countdown.ts';
import type { GladiEvent } from './gladiEvent.ts';
import type { PauseReason, Sender, Session } from './sessionTypes.ts';

/**
 * What the trainee's actions and real time drive: a plain practice session (a `Session` is one),
 * or a drill run wrapped around one (which adds fault schedules and objectives to the same operations).
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
  /** The machine's continuous process is running (the knife feeds): real time must keep moving the clock. */
  processActive(): boolean;
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

