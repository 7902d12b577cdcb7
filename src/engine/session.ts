import { createActor, type Actor, type AnyStateMachine } from 'xstate';
import { ManualClock } from './clock.ts';
import type { GladiEvent, MachineModule } from './machineModule.ts';

export type Mode = 'guided' | 'free' | 'exam';
export const MODES: readonly Mode[] = ['guided', 'free', 'exam'];

export interface LogEntry {
  /** Session clock time in ms when the event was sent. */
  readonly t: number;
  readonly event: GladiEvent;
  /** Whether the chart had an enabled transition for it (false = refused, nothing happened). */
  readonly accepted: boolean;
}

export interface SessionLog {
  readonly machineId: string;
  readonly machineVersion: string;
  readonly mode: Mode;
  readonly entries: readonly LogEntry[];
  /** Clock time when the log was taken; a replay runs the clock to here. */
  readonly endT: number;
}

export interface Session {
  readonly module: MachineModule;
  readonly mode: Mode;
  readonly clock: ManualClock;
  readonly actor: Actor<AnyStateMachine>;
  /** Sends an operator event at the current clock time and records it. Returns whether it was accepted. */
  send(event: GladiEvent): boolean;
  /** Moves procedure time forward. */
  advance(ms: number): void;
  /** Fast-forwards to the next pending timer (a long wait of the real procedure). Returns ms skipped. */
  skipWait(): number;
  log(): SessionLog;
  stop(): void;
}

export function createSession(module: MachineModule, mode: Mode = 'free'): Session {
  const clock = new ManualClock();
  const actor: Actor<AnyStateMachine> = createActor(module.machine as AnyStateMachine, { clock });
  actor.start();
  const entries: LogEntry[] = [];
  return {
    module,
    mode,
    clock,
    actor,
    send(event) {
      const accepted = actor.getSnapshot().can(event);
      entries.push({ t: clock.now(), event, accepted });
      actor.send(event);
      return accepted;
    },
    advance(ms) {
      clock.advance(ms);
    },
    skipWait() {
      const due = clock.nextDueIn();
      if (due === null) return 0;
      clock.advance(due);
      return due;
    },
    log: () => ({ machineId: module.id, machineVersion: module.version, mode, entries: [...entries], endT: clock.now() }),
    stop: () => actor.stop(),
  };
}
