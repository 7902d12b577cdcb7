import type { Vector3 } from 'three';

/**
 * Box (metres) the orbit target may pan within, so the machine stays in view. It starts at the floor
 * and reaches the operator's place: floor marks and pedals are parts a tour (or a trainee) looks at.
 */
export const TARGET_LIMITS: TargetLimits = { x: [-1.2, 1.2], y: [0, 1.6], z: [-1.4, 1.2] };

/** Per axis, the least and the most the orbit target may reach (metres in the model frame). */
export interface TargetLimits {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  readonly z: readonly [number, number];
}

/** A bench machine's box unless the machine's view declares a larger one (a tank several metres long). */
export function clampTarget(target: Vector3, limits: TargetLimits = TARGET_LIMITS): void {
  target.set(
    Math.min(limits.x[1], Math.max(limits.x[0], target.x)),
    Math.min(limits.y[1], Math.max(limits.y[0], target.y)),
    Math.min(limits.z[1], Math.max(limits.z[0], target.z)),
  );
}
