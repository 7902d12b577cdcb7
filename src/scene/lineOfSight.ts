import { Box3, Mesh, Raycaster, Vector3, type Object3D } from 'three';

/** Share of a part's sample points that must be seen for the part to count as in sight. */
export const IN_SIGHT_SHARE = 0.5;
/** Sample points sit this far from the box's centre towards its faces (share of the half size). */
const SAMPLE_SPREAD = 0.6;
/** A hit this close in front of the sample point is the part's own surface (metres). */
const SURFACE_SLACK_M = 0.01;

const ray = new Raycaster();
const dir = new Vector3();

/** The part's centre and six points towards its box faces (world coordinates). */
export function sightSamples(node: Object3D): Vector3[] {
  node.updateWorldMatrix(true, true);
  const box = new Box3().setFromObject(node);
  const centre = box.isEmpty() ? node.getWorldPosition(new Vector3()) : box.getCenter(new Vector3());
  if (box.isEmpty()) return [centre];
  const half = box.getSize(new Vector3()).multiplyScalar(SAMPLE_SPREAD / 2);
  const out = [centre];
  for (const axis of ['x', 'y', 'z'] as const) {
    for (const sign of [1, -1]) {
      const p = centre.clone();
      p[axis] += sign * half[axis];
      out.push(p);
    }
  }
  return out;
}

function shown(o: Object3D): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (!p.visible) return false;
  return true;
}

function isWithin(o: Object3D, node: Object3D): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (p === node) return true;
  return false;
}

/** The scene's visible meshes that are not the part itself (what can stand in the way). */
export function occluders(scene: Object3D, node: Object3D): Mesh[] {
  const out: Mesh[] = [];
  scene.traverse((o) => {
    if (o instanceof Mesh && !isWithin(o, node) && shown(o)) out.push(o);
  });
  return out;
}

/** Whether nothing in `blockers` stands between `eye` and `point`. */
export function clearLine(eye: Vector3, point: Vector3, blockers: Mesh[]): boolean {
  const distance = dir.copy(point).sub(eye).length();
  if (distance < 1e-6) return true;
  ray.set(eye, dir.normalize());
  ray.near = 0;
  ray.far = Math.max(0, distance - SURFACE_SLACK_M);
  return ray.intersectObjects(blockers, false).length === 0;
}

/** Whether at least IN_SIGHT_SHARE of the part's samples (its centre counted) are seen from `eye`. */
export function inSightFrom(eye: Vector3, samples: Vector3[], blockers: Mesh[]): boolean {
  const seen = samples.filter((p) => clearLine(eye, p, blockers)).length;
  return seen >= Math.ceil(samples.length * IN_SIGHT_SHARE);
}

