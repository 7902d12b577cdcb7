/**
 * A lasted shoe for the sole press and the reactivator: brown upper still on its last (the last
 * top shows at the collar), tan sole with a heel, and the dark toe/heel gap wedges used to show a
 * failed bond. Shoe-local frame, millimetres: origin at the sole's underside centre, toe at -z.
 */
import { loft } from '../../../../../tools/models/lib/loft.ts';
import type { Ring } from '../../../../../tools/models/lib/loft.ts';
import { offsetLoop } from '../../../../../tools/models/lib/outline.ts';
import type { Point2 } from '../../../../../tools/models/lib/outline.ts';
import { creased, extrude, polygonShape } from '../../../../../tools/models/lib/shapes.ts';
import type { BufferGeometry } from '../../../../../tools/models/lib/shapes.ts';
import { placement } from '../../../../../tools/models/lib/transform.ts';

export const SHOE_LENGTH = 280;
const HALF = SHOE_LENGTH / 2;

const lerpTable = (table: ReadonlyArray<readonly [number, number]>, t: number): number => {
  for (let i = 1; i < table.length; i++) {
    const [t1, v1] = table[i]!;
    const [t0, v0] = table[i - 1]!;
    if (t <= t1) {
      const u = (t - t0) / (t1 - t0);
      return v0 + (v1 - v0) * (u * u * (3 - 2 * u)); // smoothstep between keys: no kinks
    }
  }
  return table[table.length - 1]![1];
};

/** t = 0 at the toe tip, 1 at the heel back. */
const zAt = (t: number) => -HALF + SHOE_LENGTH * t;

/** Half-width of the sole footprint; round toe and heel in plan. */
export function soleHalfWidth(t: number): number {
  const base = lerpTable([[0, 40], [0.12, 47], [0.3, 52], [0.45, 48], [0.6, 39], [0.75, 38], [0.9, 37], [1, 35]], t);
  const toe = t < 0.12 ? Math.sqrt(Math.max(0, 1 - ((0.12 - t) / 0.12) ** 2)) : 1;
  const heel = t > 0.9 ? Math.sqrt(Math.max(0, 1 - ((t - 0.9) / 0.1) ** 2)) : 1;
  return base * toe * heel;
}

/** Sole thickness: 12 mm forefoot, 28 mm at the heel, ramped through the waist. */
export function soleThickness(t: number): number {
  return lerpTable([[0, 12], [0.55, 12], [0.75, 28], [1, 28]], t);
}

/** Upper height above the sole top: low toe box, high instep, collar at the heel. */
function upperHeight(t: number): number {
  const top = lerpTable([[0, 44], [0.15, 52], [0.35, 68], [0.5, 88], [0.62, 95], [0.72, 84], [0.86, 80], [1, 80]], t);
  const toe = t < 0.14 ? 0.35 + 0.65 * Math.sqrt(Math.max(0, 1 - ((0.14 - t) / 0.14) ** 2)) : 1;
  return top * toe;
}

/** Even spacing in angle, denser near toe and heel where the shape turns fastest. */
const stations = (n: number) => Array.from({ length: n + 1 }, (_, i) => (1 - Math.cos((Math.PI * i) / n)) / 2);

export function soleOutline(): Point2[] {
  const ts = stations(28);
  const right = ts.map((t) => [soleHalfWidth(t), -zAt(t)] as const);
  const left = ts.slice(1, -1).reverse().map((t) => [-soleHalfWidth(t), -zAt(t)] as const);
  return [...right, ...left];
}

/** The upper on its last, lofted through rounded-box cross-sections. */
export function upperGeometry(): BufferGeometry {
  const m = 20;
  const rings: Ring[] = stations(30).map((t) => {
    const w = Math.max(0.5, soleHalfWidth(t) - 3);
    const yb = soleThickness(t);
    const h = upperHeight(t);
    const s = 0.4 * h;
    const z = zAt(t);
    return Array.from({ length: m }, (_, k) => {
      const phi = (2 * Math.PI * k) / m;
      const c = Math.cos(phi), sn = Math.sin(phi);
      if (sn >= 0) return [w * c, yb + s + (h - s) * sn, z] as const;
      return [w * Math.sign(c) * Math.abs(c) ** 0.4, yb + s * (1 - Math.abs(sn) ** 0.6), z] as const;
    });
  });
  return loft(rings);
}

/** Top of the upper at station t (shoe-local y). */
export function upperTop(t: number): number {
  return soleThickness(t) + upperHeight(t);
}

export function upperHalfWidth(t: number): number {
  return Math.max(0.5, soleHalfWidth(t) - 3);
}

export const stationZ = zAt;

/**
 * Flat outline extruded 1 mm then stretched in y to `thickness(t)`: the sole (thicker heel) and
 * the gap wedges (thick at the tip, thin inboard) come from the same trick.
 */
function stretchedSlab(outline: readonly Point2[], y0: (t: number) => number, thickness: (t: number) => number): BufferGeometry {
  const g = extrude(polygonShape(outline), 1, { curveSegments: 1 }).toNonIndexed();
  g.applyMatrix4(placement([0, 0, 0], [-90, 0, 0]));
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) {
    const t = (pos.getZ(i) + HALF) / SHOE_LENGTH;
    pos.setY(i, y0(t) + pos.getY(i) * thickness(t));
  }
  // Smooth the curved sidewall but keep the top/side edge crisp.
  return creased(g);
}

export function soleGeometry(): BufferGeometry {
  return stretchedSlab(soleOutline(), () => 0, soleThickness);
}

/** Dark wedge in the sole/upper joint over the toe (t < 0.2) or heel (t > 0.8) region. */
export function gapWedgeGeometry(end: 'toe' | 'heel'): BufferGeometry {
  const inRegion = (t: number) => (end === 'toe' ? t <= 0.2 : t >= 0.8);
  const grown = offsetLoop(soleOutline(), 2).filter(([, s]) => inRegion((-s + HALF) / SHOE_LENGTH));
  const depth = (t: number) => (end === 'toe' ? Math.max(0, (0.2 - t) / 0.2) : Math.max(0, (t - 0.8) / 0.2));
  return stretchedSlab(grown, soleThickness, (t) => 0.4 + 5 * depth(t));
}
