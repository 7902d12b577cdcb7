/**
 * Loft: a closed tube through a list of cross-section rings (all with the same point count),
 * capped at both ends. Used for the lasted shoe upper, which no lathe or extrusion can make.
 * Rings run counter-clockwise seen from +z and are listed in +z order, so faces point outward.
 */
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { clean } from './shapes.ts';

export type Ring = ReadonlyArray<readonly [number, number, number]>;

export function loft(rings: readonly Ring[]): BufferGeometry {
  const first = rings[0];
  if (!first || rings.length < 2) throw new Error('loft needs at least two rings');
  const m = first.length;
  const positions: number[] = [];
  const index: number[] = [];
  for (const ring of rings) {
    if (ring.length !== m) throw new Error('loft rings must have equal point counts');
    for (const p of ring) positions.push(p[0], p[1], p[2]);
  }
  for (let r = 0; r + 1 < rings.length; r++) {
    for (let i = 0; i < m; i++) {
      const a = r * m + i;
      const b = r * m + ((i + 1) % m);
      const c = (r + 1) * m + i;
      const d = (r + 1) * m + ((i + 1) % m);
      index.push(a, b, c, b, d, c);
    }
  }
  const side = new BufferGeometry();
  side.setAttribute('position', new Float32BufferAttribute(positions, 3));
  side.setIndex(index);
  side.computeVertexNormals();
  const caps = [capFan(first, true), capFan(rings[rings.length - 1]!, false)];
  return mergeRaw([side, ...caps]);
}

/** Flat fan cap with its own vertices so the cap edge stays sharp. */
function capFan(ring: Ring, reverse: boolean): BufferGeometry {
  const c = ring.reduce((s, p) => [s[0] + p[0] / ring.length, s[1] + p[1] / ring.length, s[2] + p[2] / ring.length], [0, 0, 0]);
  const positions = [c[0], c[1], c[2], ...ring.flatMap((p) => [p[0], p[1], p[2]])];
  const index: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = 1 + i;
    const b = 1 + ((i + 1) % ring.length);
    if (reverse) index.push(0, b, a);
    else index.push(0, a, b);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.setIndex(index);
  g.computeVertexNormals();
  return g;
}

function mergeRaw(parts: BufferGeometry[]): BufferGeometry {
  const positions: number[] = [];
  const normals: number[] = [];
  const index: number[] = [];
  for (const g of parts) {
    const base = positions.length / 3;
    const p = g.getAttribute('position');
    const n = g.getAttribute('normal');
    for (let i = 0; i < p.count; i++) {
      positions.push(p.getX(i), p.getY(i), p.getZ(i));
      normals.push(n.getX(i), n.getY(i), n.getZ(i));
    }
    const idx = g.getIndex()!;
    for (let i = 0; i < idx.count; i++) index.push(idx.getX(i) + base);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.setAttribute('normal', new Float32BufferAttribute(normals, 3));
  g.setIndex(index);
  return clean(g);
}
