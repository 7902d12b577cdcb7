/**
 * The magnified cross-section of the skived edge, as 2D outlines (pure: no three). Section frame:
 * u across the piece in mm from the edge (0) inward, v up in mm from the flesh side (0) to the full
 * substance. The view scales and extrudes these; they change only when the profile does.
 */
import type { SkiveSample } from './lookTypes.ts';

export type Point = readonly [number, number];

export interface SectionOutlines {
  /** The leather that is left: full substance inward of the skive, the bevel down to the edge. */
  readonly leather: readonly Point[];
  /** What the knife took off (drawn faint, so the bevel reads against the full thickness). */
  readonly removed: readonly Point[];
  /** The bevel face drawn red when the cut is ragged or went through; null for a clean cut. */
  readonly fault: readonly Point[] | null;
}

/** Ragged cut: the bevel face as a zig-zag of this many teeth, this deep (mm). */
const RAGGED_TEETH = 7;
const RAGGED_DEPTH_FRACTION = 0.12;
/** Red band thickness along the bevel face, as a fraction of the substance. */
const FAULT_BAND_FRACTION = 0.14;

/**
 * Outlines for one sample. `spanMm` is how much of the piece the section shows (≥ the skive width).
 * A sample cut through (remainingPct ≤ 0) leaves a gap at the edge: the leather starts where the
 * bevel rises off the plate, and the whole bevel is marked red.
 */
export function sectionOutlines(sample: SkiveSample, substanceMm: number, spanMm: number): SectionOutlines {
  const S = substanceMm;
  const w = Math.min(Math.max(sample.widthMm, 0.1), spanMm - 0.1);
  const edge = (Math.max(0, Math.min(100, sample.remainingPct)) / 100) * S;
  const cut = edge <= 0;
  // Along the bevel from the edge (u 0, v edge) up to (w, S); ragged cuts get teeth.
  const bevel: Point[] = [];
  const teeth = sample.ragged ? RAGGED_TEETH : 1;
  for (let i = 0; i <= teeth * 2; i++) {
    const t = i / (teeth * 2);
    const tooth = sample.ragged && i % 2 === 1 ? -RAGGED_DEPTH_FRACTION * S : 0;
    bevel.push([t * w, Math.max(0, edge + t * (S - edge) + tooth)]);
  }
  // A cut-through edge has no leather at u 0: start where a thin sliver is left.
  const start: Point = cut ? [Math.min(w * 0.08, 0.5), 0] : [0, 0];
  const leather: Point[] = [start, [spanMm, 0], [spanMm, S], ...[...bevel].reverse().filter((p) => !cut || p[0] > start[0])];
  const removed: Point[] = [...bevel, [0, S]];
  const faulty = sample.ragged || cut;
  const band = FAULT_BAND_FRACTION * S;
  const fault = faulty ? [...bevel, ...[...bevel].reverse().map(([u, v]) => [u, Math.max(0, v - band)] as const)] : null;
  return { leather: dedupe(leather), removed: dedupe(removed), fault };
}

/** Drop consecutive repeated points (a zero-length edge breaks triangulation). */
function dedupe(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const q = out[out.length - 1];
    if (!q || Math.abs(q[0] - p[0]) > 1e-6 || Math.abs(q[1] - p[1]) > 1e-6) out.push(p);
  }
  const first = out[0], last = out[out.length - 1];
  if (out.length > 1 && first && last && Math.abs(first[0] - last[0]) < 1e-6 && Math.abs(first[1] - last[1]) < 1e-6) out.pop();
  return out;
}
