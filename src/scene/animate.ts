/** Moves `current` toward `target` by at most `maxStep`; pure, for per-frame easing without allocation. */
export function approach(current: number, target: number, maxStep: number): number {
  const d = target - current;
  if (Math.abs(d) <= maxStep) return target;
  return current + Math.sign(d) * maxStep;
}

/** A damped exponential step: fast far away, gentle near the target; settles exactly when close. */
export function damp(current: number, target: number, lambda: number, dt: number, epsilon = 1e-4): number {
  const next = target + (current - target) * Math.exp(-lambda * dt);
  return Math.abs(next - target) < epsilon ? target : next;
}
