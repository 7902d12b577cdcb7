/**
 * Geometry primitives in millimetres, built with three's geometry classes (they run in Node
 * without a DOM). Every result is indexed, has POSITION and NORMAL only (no UVs: the models have
 * no textures, and unused UVs only add bytes and validator notices) and no degenerate triangles.
 */
import {
  BoxGeometry,
  CylinderGeometry,
  ExtrudeGeometry,
  LatheGeometry,
  Shape,
  TorusGeometry,
  Vector2,
} from 'three';
import type { BufferGeometry, ExtrudeGeometryOptions } from 'three';
import { mergeVertices, toCreasedNormals } from 'three/addons/utils/BufferGeometryUtils.js';

/** Model code in machine folders takes its geometry type from here, never from three itself. */
export type { BufferGeometry } from 'three';

/** Edges sharper than this keep split normals; gentler ones are smoothed. */
const CREASE_ANGLE = (40 * Math.PI) / 180;

/** Keep only position + normal, weld identical vertices, drop zero-area triangles. */
export function clean(source: BufferGeometry): BufferGeometry {
  const g = source.index ? source.toNonIndexed() : source.clone();
  for (const name of Object.keys(g.attributes)) {
    if (name !== 'position' && name !== 'normal') g.deleteAttribute(name);
  }
  g.clearGroups();
  const welded = mergeVertices(g, 1e-4);
  return dropDegenerate(welded);
}

function dropDegenerate(g: BufferGeometry): BufferGeometry {
  const index = g.getIndex();
  const pos = g.getAttribute('position');
  if (!index) return g;
  const kept: number[] = [];
  const ax = (i: number) => [pos.getX(i), pos.getY(i), pos.getZ(i)] as const;
  for (let t = 0; t < index.count; t += 3) {
    const a = index.getX(t);
    const b = index.getX(t + 1);
    const c = index.getX(t + 2);
    if (a === b || b === c || a === c) continue;
    const [x0, y0, z0] = ax(a);
    const [x1, y1, z1] = ax(b);
    const [x2, y2, z2] = ax(c);
    const ux = x1 - x0, uy = y1 - y0, uz = z1 - z0;
    const vx = x2 - x0, vy = y2 - y0, vz = z2 - z0;
    const cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
    // Area below ~0.01 mm² renders as nothing but makes the validator report degenerate triangles.
    if (cx * cx + cy * cy + cz * cz < 1e-4) continue;
    kept.push(a, b, c);
  }
  g.setIndex(kept);
  return g;
}

/** Box of size w × h × d centred on the origin. */
export function box(w: number, h: number, d: number): BufferGeometry {
  return clean(new BoxGeometry(w, h, d));
}

/** Cylinder along y, centred on the origin. `rTop` makes a frustum. */
export function cylinder(r: number, h: number, segments = 16, rTop = r, open = false): BufferGeometry {
  return clean(new CylinderGeometry(rTop, r, h, segments, 1, open));
}

/** Surface of revolution about y from (radius, y) points, bottom to top. */
export function lathe(profile: ReadonlyArray<readonly [number, number]>, segments = 16): BufferGeometry {
  return clean(new LatheGeometry(profile.map(([r, y]) => new Vector2(r, y)), segments));
}

/** Torus in the xy plane (axis z): ring radius R, tube radius r. */
export function torus(R: number, r: number, radialSegments = 6, tubularSegments = 20): BufferGeometry {
  return clean(new TorusGeometry(R, r, radialSegments, tubularSegments));
}

/**
 * Extrusion of a 2D shape (drawn in x/y) along +z from 0 to `depth`. Curved sides get smooth
 * normals (crease angle 40°) while the cap edges stay sharp.
 */
export function extrude(shape: Shape | Shape[], depth: number, options: ExtrudeGeometryOptions = {}): BufferGeometry {
  const raw = new ExtrudeGeometry(shape, { depth, bevelEnabled: false, curveSegments: 8, ...options });
  return creased(raw);
}

/** Smooth normals over curved surfaces (crease angle 40°), sharp edges stay sharp; then clean. */
export function creased(geometry: BufferGeometry): BufferGeometry {
  return clean(toCreasedNormals(geometry, CREASE_ANGLE));
}

/** Closed polygon shape from points, optional holes (each its own point loop). */
export function polygonShape(
  points: ReadonlyArray<readonly [number, number]>,
  holes: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [],
): Shape {
  const shape = new Shape(points.map(([x, y]) => new Vector2(x, y)));
  for (const hole of holes) shape.holes.push(new Shape(hole.map(([x, y]) => new Vector2(x, y))));
  return shape;
}

/** Rectangle with rounded corners, centred on the origin. */
export function roundedRect(w: number, h: number, r: number): Shape {
  const s = new Shape();
  const x = -w / 2, y = -h / 2;
  s.moveTo(x + r, y);
  s.lineTo(x + w - r, y);
  s.quadraticCurveTo(x + w, y, x + w, y + r);
  s.lineTo(x + w, y + h - r);
  s.quadraticCurveTo(x + w, y + h, x + w - r, y + h);
  s.lineTo(x + r, y + h);
  s.quadraticCurveTo(x, y + h, x, y + h - r);
  s.lineTo(x, y + r);
  s.quadraticCurveTo(x, y, x + r, y);
  return s;
}
