import { Euler, Matrix4, Quaternion, Vector3 } from 'three';

/** A point or size in millimetres (x right, y up, z toward the operator). */
export type Vec3 = readonly [number, number, number];

const DEG = Math.PI / 180;

/**
 * Matrix for a part placed at `at` (mm), rotated by Euler angles in degrees (XYZ order, the
 * order three.js uses by default, so numbers here read the same as in the view code).
 */
export function placement(at: Vec3, rotDeg: Vec3 = [0, 0, 0], scale: Vec3 = [1, 1, 1]): Matrix4 {
  const q = new Quaternion().setFromEuler(new Euler(rotDeg[0] * DEG, rotDeg[1] * DEG, rotDeg[2] * DEG, 'XYZ'));
  return new Matrix4().compose(new Vector3(...at), q, new Vector3(...scale));
}

/** glTF node rotation (x, y, z, w) for Euler angles in degrees. */
export function quaternionDeg(rotDeg: Vec3): [number, number, number, number] {
  const q = new Quaternion().setFromEuler(new Euler(rotDeg[0] * DEG, rotDeg[1] * DEG, rotDeg[2] * DEG, 'XYZ'));
  return [q.x, q.y, q.z, q.w];
}

export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
