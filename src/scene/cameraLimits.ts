import type { Vector3 } from 'three';

/**
 * Box (metres) the orbit target may pan within, so the machine stays in view. It starts at the floor
 * and reaches the operator's place: floor marks and pedals are parts a tour (or a trainee) looks at.
 */
export const TARGET_LIMITS = { x: [-1.2, 1.2], y: [0, 1.6], z: [-1.4, 1.2] } as const;

export function clampTarget(target: Vector3): void {
  target.set(
    Math.min(TARGET_LIMITS.x[1], Math.max(TARGET_LIMITS.x[0], target.x)),
    Math.min(TARGET_LIMITS.y[1], Math.max(TARGET_LIMITS.y[0], target.y)),
    Math.min(TARGET_LIMITS.z[1], Math.max(TARGET_LIMITS.z[0], target.z)),
  );
}
