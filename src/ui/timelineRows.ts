import type { LogEntry } from '../engine/session.ts';

/**
 * The timeline's rows: a drill's set-up folded into one line, and a hand on a continuous control
 * (a pedal, a guide, a slider: up to 20 logged moves a second) folded into one line per unbroken run
 * of the same control, so a seam reads as "Pedal: 0 → 0.4 (31 moves)" instead of 31 lines. A move
 * with a mistake on it always stands alone, so every mistake keeps its own line.
 */
export type TimelineRowSpec =
  | { readonly kind: 'setup'; readonly count: number }
  | { readonly kind: 'entry'; readonly index: number }
  | { readonly kind: 'moves'; readonly first: number; readonly last: number };

const adjustedControl = (e: LogEntry | undefined): string | null =>
  e?.kind === 'event' && e.accepted && e.by === 'trainee' && e.event.type === 'user.adjust' ? e.event.control : null;

export function timelineRows(entries: readonly LogEntry[], folded: number, setupOpen: boolean, hasMistake: (index: number) => boolean): TimelineRowSpec[] {
  const rows: TimelineRowSpec[] = folded > 0 ? [{ kind: 'setup', count: folded }] : [];
  let i = setupOpen ? 0 : folded;
  while (i < entries.length) {
    const control = hasMistake(i) ? null : adjustedControl(entries[i]);
    let last = i;
    if (control !== null) while (last + 1 < entries.length && !hasMistake(last + 1) && adjustedControl(entries[last + 1]) === control) last++;
    rows.push(last > i ? { kind: 'moves', first: i, last } : { kind: 'entry', index: i });
    i = last + 1;
  }
  return rows;
}

/** Whether a row shows the entry `index` (the replay's "now" marker). */
export const rowHolds = (row: TimelineRowSpec, index: number): boolean =>
  row.kind === 'entry' ? row.index === index : row.kind === 'moves' ? index >= row.first && index <= row.last : false;
