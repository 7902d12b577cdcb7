/** What a deadline ends: the exam's time, the drill's time, or a window to respond to a fault. */
export type DeadlineKind = 'exam' | 'drill' | 'window';

export interface Deadline {
  readonly kind: DeadlineKind;
  /** Session time when it passes. */
  readonly at: number;
  /** For a window: the drill objective it belongs to. */
  readonly objective?: number;
}

export interface Countdown {
  readonly kind: DeadlineKind;
  readonly leftMs: number;
  readonly objective?: number;
}

const TIE: Readonly<Record<DeadlineKind, number>> = { window: 0, drill: 1, exam: 2 };

/**
 * The one countdown to show: the deadline that comes first (it is the one that can end things),
 * a response window before a time limit at the same moment. Null when nothing is counting down.
 * Its kind always travels with it, so the label says what it counts down to.
 */
export function pickCountdown(deadlines: readonly Deadline[], now: number): Countdown | null {
  const first = [...deadlines].sort((a, b) => a.at - b.at || TIE[a.kind] - TIE[b.kind])[0];
  if (!first) return null;
  return { kind: first.kind, leftMs: Math.max(0, first.at - now), ...(first.objective !== undefined ? { objective: first.objective } : {}) };
}
