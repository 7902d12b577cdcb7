/**
 * The seam drawn on the work: one thin quad per stitch between needle holes, dark thread where it
 * is good, red where the hole is off the line or the stitch was skipped; a red bar at an end that
 * lacks its back-tack once trimmed. Piece frame → node local: piece x is local +z, piece y local +x
 * (model/parts/work.ts), in metres. (A .tsx file: three belongs in a machine folder's view files only.)
 */
import { BufferGeometry, Float32BufferAttribute, Mesh, MeshStandardMaterial } from 'three';
import { DRIFT_TOL_MM } from './constants.ts';
import { LEATHER_MM } from './model/layout.ts';
import type { Stitch } from './process.ts';

const MM = 0.001;
const HALF_WIDTH_MM = 0.45;
const LIFT_MM = LEATHER_MM + 0.35;
const THREAD = [0.08, 0.07, 0.06] as const;
const FAULT = [0.85, 0.1, 0.08] as const;
const TACK_BAR_MM = 5;

export const stitchMaterial = (): MeshStandardMaterial => new MeshStandardMaterial({ vertexColors: true, roughness: 0.8 });

/** Quads between consecutive holes (the first from the start point), plus red bars at untacked ends. */
export function stitchGeometry(stitches: readonly Stitch[], missingStart: boolean, missingEnd: boolean): BufferGeometry | null {
  if (!stitches.length) return null;
  const pos: number[] = [];
  const col: number[] = [];
  const quad = (ax: number, ay: number, bx: number, by: number, c: readonly number[], halfMm = HALF_WIDTH_MM) => {
    const len = Math.hypot(bx - ax, by - ay) || 1;
    const nx = (-(by - ay) / len) * halfMm, ny = ((bx - ax) / len) * halfMm;
    const v = (px: number, py: number) => [py * MM, LIFT_MM * MM, px * MM];
    const a1 = v(ax + nx, ay + ny), a2 = v(ax - nx, ay - ny), b1 = v(bx + nx, by + ny), b2 = v(bx - nx, by - ny);
    for (const p of [a1, a2, b1, b1, a2, b2]) {
      pos.push(...p);
      col.push(...c);
    }
  };
  let prev = { x: 0, y: 0 };
  for (const s of stitches) {
    const bad = s.skipped || s.driftMm > DRIFT_TOL_MM;
    if (!s.skipped) quad(prev.x, prev.y, s.x, s.y, bad ? FAULT : THREAD);
    prev = s;
  }
  const first = stitches[0]!, last = stitches[stitches.length - 1]!;
  if (missingStart) quad(first.x - TACK_BAR_MM / 2, first.y, first.x + TACK_BAR_MM / 2, first.y, FAULT, 1.2);
  if (missingEnd) quad(last.x, last.y - TACK_BAR_MM / 2, last.x, last.y + TACK_BAR_MM / 2, FAULT, 1.2);
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new Float32BufferAttribute(col, 3));
  g.computeVertexNormals();
  return g;
}

/** A mesh for the seam that never takes a pick (the work node under it does). */
export function seamMesh(): Mesh {
  const m = new Mesh(undefined, stitchMaterial());
  m.raycast = () => undefined;
  return m;
}
