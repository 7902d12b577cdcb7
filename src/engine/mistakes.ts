import type { AnyMachineSnapshot } from 'xstate';
import type { ChartEvent } from './gladiEvent.ts';

/**
 * critical: would injure someone (fails an exam); major: would damage the machine or the work;
 * minor: wrong order, wasted material, slow, help asked.
 */
export type Severity = 'critical' | 'major' | 'minor';
export const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor'];

export interface MistakeSpec {
  readonly id: string;
  readonly severity: Severity;
}

/** One operator action (or a process signal the hand's work caused) and what it did: the input of mistake detection. */
export interface Change {
  readonly before: AnyMachineSnapshot;
  readonly after: AnyMachineSnapshot;
  readonly event: ChartEvent;
  readonly accepted: boolean;
}

export interface MistakeRules {
  readonly specs: readonly MistakeSpec[];
  /** Ids of the mistakes this change makes (pure; read the snapshots, never re-decide guards). */
  readonly detect: (change: Change) => readonly string[];
}

export interface MistakeRecord {
  readonly id: string;
  readonly severity: Severity;
  /** Session clock time, ms. */
  readonly t: number;
  /** Index of the log entry that made it. */
  readonly entry: number;
  readonly params?: Readonly<Record<string, string>>;
}

/** Mistakes every machine shares; their texts live in the app catalogue (`mistake.<id>`). */
export const ENGINE_MISTAKES = {
  wrongOrder: { id: 'wrongOrder', severity: 'minor' },
  hintRequested: { id: 'hintRequested', severity: 'minor' },
  timeout: { id: 'timeout', severity: 'critical' },
} as const satisfies Record<string, MistakeSpec>;
