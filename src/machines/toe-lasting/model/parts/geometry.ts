/** Where the working point is (machine-shapes.md §4): the pincer ring and the last in it. */
export const RING = { y: 1240, z: -300, r: 140 } as const;
/** The insole plane of the last held bottom-up (the margin is wiped onto it). */
export const INSOLE_Y = 1232;
/** The last's toe tip (pointing into the ring, -z) and heel (toward the operator). */
export const TOE_Z = -445;
export const HEEL_Z = -185;
/** Half-width of the forepart of the last at a given z (a rounded toe), mm. */
export function lastHalfWidth(z: number): number {
  const t = Math.min(1, Math.max(0, (z - TOE_Z) / (HEEL_Z - TOE_Z)));
  // Toe rounds off in the first 25 %, the joint is widest near 40 %, the waist narrows to the heel.
  const toe = Math.sqrt(Math.min(1, t / 0.25));
  return 8 + 40 * toe * (1 - 0.25 * Math.max(0, (t - 0.45) / 0.55));
}
