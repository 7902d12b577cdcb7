/** Beyond this a clock is not a session's (records are bounded to a day): shown as a dash, never `8.3e+302:20`. */
const MAX_SHOWN_MS = 100 * 3600 * 1000;

/** 75_300 ms → "1:15"; an hour or more → "1:02:05"; a negative, non-finite or absurd time → "–:––". */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0 || ms >= MAX_SHOWN_MS) return '–:––';
  const total = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(total / 3600);
  const m = Math.floor(total / 60) % 60;
  return h > 0 ? `${h}:${two(m)}:${two(total % 60)}` : `${m}:${two(total % 60)}`;
}
