import { MAX_ADJUSTS_PER_SECOND } from './continuous.ts';

/**
 * How big and how long a genuine session record can be, derived from what one hour of practice
 * can produce. A file beyond these bounds was not made by a session: it is refused before it is
 * replayed, so a hostile file cannot freeze a shared tablet.
 *
 * Entries come only from the trainee's own input (presses, releases, settings, checks, hints,
 * fast-forwards, continuous adjusts) plus a drill's few set-up steps and faults: nothing is logged
 * per frame, per timer or per process step. The worst hour, sustained throughout:
 * - continuous handwork: the view sends at most MAX_ADJUSTS_PER_SECOND (5) adjusts a second per
 *   control, and a person works at most two continuous controls at once (a foot on the treadle,
 *   a hand guiding the work): 10 entries a second;
 * - the free hand tapping fast, 5 taps a second, each a press and a release: 10 entries a second.
 * 20 entries a second: 72,000 entries. Real sessions log a few thousand.
 */
export const MAX_RECORD_HOURS = 1;
/** Continuous controls one person can work at the same time (a foot and a hand). */
export const CONTINUOUS_CONTROLS_AT_ONCE = 2;
/** Entries a fast, sustained tapping hand makes a second: 5 taps, each a press and a release. */
export const TAP_ENTRIES_PER_SECOND = 10;
export const MAX_ENTRIES_PER_SECOND = CONTINUOUS_CONTROLS_AT_ONCE * MAX_ADJUSTS_PER_SECOND + TAP_ENTRIES_PER_SECOND;
export const MAX_ENTRIES = MAX_RECORD_HOURS * 3600 * MAX_ENTRIES_PER_SECOND;

/**
 * Session clock bound: an hour of practice plus fast-forwarded waits (warm-ups, cooling) fits
 * well inside a day; a clock beyond it (`1e308`) is not a session.
 */
export const MAX_CLOCK_MS = 24 * 3600 * 1000;

/** Longest ids and texts a record may carry (machine ids, control and fault ids, values, names). */
export const MAX_ID_CHARS = 60;
export const MAX_TRAINEE_CHARS = 80;
export const MAX_VERSION_CHARS = 40;

/** One entry can make a few mistakes at once (wrong order plus the machine's own); a bound, not a rule. */
export const MAX_MISTAKES_PER_ENTRY = 2;
export const MAX_MISTAKES = MAX_ENTRIES * MAX_MISTAKES_PER_ENTRY;

const id = 'x'.repeat(MAX_ID_CHARS);
/** The longest an entry can be written: every string at its bound, the longest time and flags. */
const WORST_ENTRY = JSON.stringify({ t: MAX_CLOCK_MS - 0.000_000_01, kind: 'event', event: { type: 'user.release', control: id, value: id }, accepted: false, by: 'scenario' });
const WORST_MISTAKE = JSON.stringify({ id, entry: MAX_ENTRIES });
/** Trainee name, dates, rules, score, verdict and objectives: generous room for the non-entry parts. */
const HEADER_BYTES = 64 * 1024;

/** Largest drill file read, bytes; a drill within the checker's work limits is far smaller. */
export const MAX_DRILL_FILE_BYTES = 2 * 1024 * 1024;
/** A trainer's own drill goes into the record as a JSON string: at worst six characters (`\\u0001`) a byte. */
const DRILL_FILE_IN_RECORD_BYTES = 6 * MAX_DRILL_FILE_BYTES;

/**
 * Largest record file accepted, in bytes (about 42 MB). Counted in UTF-8 bytes of the worst case,
 * so a file within it was at least possibly written by a session of an hour.
 */
export const MAX_RECORD_BYTES = HEADER_BYTES + DRILL_FILE_IN_RECORD_BYTES + MAX_ENTRIES * (WORST_ENTRY.length + 1) + MAX_MISTAKES * (WORST_MISTAKE.length + 1);

/** The size problem line, in the one shape of problem lines (`file: field: what`). */
export function sizeProblem(fileName: string, bytes: number): string | null {
  if (bytes <= MAX_RECORD_BYTES) return null;
  const mb = (n: number) => (n / 1_000_000).toFixed(1);
  return `${fileName}: (file): too big for a session record (${mb(bytes)} MB; an hour of practice makes at most ${mb(MAX_RECORD_BYTES)} MB)`;
}
