import type { BufferGeometry, Matrix4 } from 'three';

export interface PlacedGeometry {
  geometry: BufferGeometry;
  matrix: Matrix4;
}

/**
 * Concatenate transformed geometries into one indexed geometry. Static parts of a node that share
 * a material become one glTF primitive: far fewer draw calls than one node per bolt, which matters
 * on the software renderer the app targets.
 */
export function mergePlaced(parts: readonly PlacedGeometry[]): { positions: Float32Array<ArrayBuffer>; normals: Float32Array<ArrayBuffer>; indices: number[] } {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  for (const { geometry, matrix } of parts) {
    // applyMatrix4 also transforms and re-normalises the normals (normal matrix).
    const g = geometry.clone().applyMatrix4(matrix);
    // A mirroring matrix flips the winding; swap two corners so faces stay front-facing.
    const mirrored = matrix.determinant() < 0;
    const base = positions.length / 3;
    const pos = g.getAttribute('position');
    const nrm = g.getAttribute('normal');
    for (let i = 0; i < pos.count; i++) {
      positions.push(pos.getX(i), pos.getY(i), pos.getZ(i));
      normals.push(nrm.getX(i), nrm.getY(i), nrm.getZ(i));
    }
    const index = g.getIndex();
    if (!index) throw new Error('mergePlaced expects indexed geometry (use lib/shapes.ts)');
    for (let t = 0; t < index.count; t += 3) {
      const a = index.getX(t) + base, b = index.getX(t + 1) + base, c = index.getX(t + 2) + base;
      if (mirrored) indices.push(a, c, b);
      else indices.push(a, b, c);
    }
  }
  return { positions: new Float32Array(positions), normals: new Float32Array(normals), indices };
}
