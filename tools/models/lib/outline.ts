/**
 * Closed 2D outlines (die, hide, shoe footprint): smoothing, offsetting and deterministic noise.
 * Points are [x, y] in millimetres; loops are not repeated at the end.
 */
import { CatmullRomCurve3, Vector3 } from 'three';

export type Point2 = readonly [number, number];
export type Loop = readonly Point2[];

/** Smooth closed curve through control points (centripetal Catmull-Rom), `count` samples. */
export function smoothLoop(control: Loop, count: number): Point2[] {
  const curve = new CatmullRomCurve3(control.map(([x, y]) => new Vector3(x, y, 0)), true, 'centripetal');
  return curve.getSpacedPoints(count).slice(0, count).map((p) => [p.x, p.y] as const);
}

export function signedArea(loop: Loop): number {
  let a = 0;
  for (let i = 0; i < loop.length; i++) {
    const p = loop[i]!;
    const q = loop[(i + 1) % loop.length]!;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/**
 * Move every vertex `distance` mm outward (negative: inward) along the bisector of its two edge
 * normals. Good for the gentle curves used here (radius of curvature ≫ distance).
 */
export function offsetLoop(loop: Loop, distance: number): Point2[] {
  const sign = signedArea(loop) > 0 ? 1 : -1; // outward normal side depends on winding
  const n = loop.length;
  return loop.map((p, i) => {
    const prev = loop[(i - 1 + n) % n]!;
    const next = loop[(i + 1) % n]!;
    const e1 = normalise([p[0] - prev[0], p[1] - prev[1]]);
    const e2 = normalise([next[0] - p[0], next[1] - p[1]]);
    // Right-hand normals of the edges point outward for a counter-clockwise loop.
    const n1: Point2 = [e1[1] * sign, -e1[0] * sign];
    const n2: Point2 = [e2[1] * sign, -e2[0] * sign];
    const bis = normalise([n1[0] + n2[0], n1[1] + n2[1]]);
    const cos = Math.max(0.5, bis[0] * n1[0] + bis[1] * n1[1]);
    return [p[0] + (bis[0] * distance) / cos, p[1] + (bis[1] * distance) / cos] as const;
  });
}

function normalise(v: Point2): Point2 {
  const l = Math.hypot(v[0], v[1]) || 1;
  return [v[0] / l, v[1] / l];
}

/** Small deterministic pseudo-random generator (no Math.random: output must be reproducible). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
