import { Spherical, Vector3 } from 'three';

/** The orbit's own limits (MachineStage's OrbitControls): polar angle from straight above (radians). */
export const VIEW_POLAR_LIMITS = [0.15, Math.PI * 0.49] as const;

/** Turns tried around the part, each way (radians): the nearest to the current view come first. */
const AZIMUTH_TURNS = [0, 0.35, 0.7, 1.05, 1.4, 1.75, 2.1, 2.45, 2.8, Math.PI];
/** Tilts tried (radians, added to the current polar angle; negative looks more from above). */
const POLAR_TILTS = [0, -0.35, -0.7, 0.3];

/**
 * Candidate camera offsets (from the target) around a part, nearest to `current` first: the same
 * distance, turned about the vertical and tilted, kept within the orbit's polar limits.
 */
export function candidateOffsets(current: Vector3): Vector3[] {
  const base = new Spherical().setFromVector3(current);
  const out: { offset: Vector3; cost: number }[] = [];
  for (const tilt of POLAR_TILTS) {
    const phi = Math.min(VIEW_POLAR_LIMITS[1], Math.max(VIEW_POLAR_LIMITS[0], base.phi + tilt));
    for (const turn of AZIMUTH_TURNS) {
      for (const sign of turn === 0 || turn === Math.PI ? [1] : [1, -1]) {
        const s = new Spherical(base.radius, phi, base.theta + sign * turn);
        const offset = new Vector3().setFromSpherical(s);
        out.push({ offset, cost: offset.angleTo(current) });
      }
    }
  }
  return out.sort((a, b) => a.cost - b.cost).map((c) => c.offset);
}

/**
 * The offset nearest to `current` from which `clear(eye)` holds for an eye at `target + offset`;
 * `current` itself when none is clear (the part is hidden from everywhere: keep the view steady).
 */
export function chooseView(target: Vector3, current: Vector3, clear: (eye: Vector3) => boolean): Vector3 {
  const eye = new Vector3();
  for (const offset of candidateOffsets(current)) {
    if (clear(eye.copy(target).add(offset))) return offset;
  }
  return current.clone();
}
