import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { candidateOffsets, chooseView, VIEW_POLAR_LIMITS } from './viewChoice.ts';

describe('chooseView', () => {
  const target = new Vector3(0, 1, 0);
  const current = new Vector3(0, 0.8, 1.8);

  it('keeps the current view when it is clear', () => {
    expect(chooseView(target, current, () => true).distanceTo(current)).toBeLessThan(1e-9);
  });

  it('turns to the nearest clear view when the current one is blocked, at the same distance', () => {
    // A wall on the +z side: only eyes with z < 0.5 see the part.
    const chosen = chooseView(target, current, (eye) => eye.z < 0.5);
    expect(target.clone().add(chosen).z).toBeLessThan(0.5);
    expect(chosen.length()).toBeCloseTo(current.length(), 6);
    const clear = candidateOffsets(current).filter((o) => target.clone().add(o).z < 0.5);
    const nearest = Math.min(...clear.map((o) => o.angleTo(current)));
    expect(chosen.angleTo(current)).toBeCloseTo(nearest, 9);
  });

  it('keeps every candidate within the orbit polar limits', () => {
    for (const o of candidateOffsets(current)) {
      const polar = Math.acos(o.y / o.length());
      expect(polar).toBeGreaterThanOrEqual(VIEW_POLAR_LIMITS[0] - 1e-9);
      expect(polar).toBeLessThanOrEqual(VIEW_POLAR_LIMITS[1] + 1e-9);
    }
  });

  it('keeps the view steady when the part is hidden from everywhere', () => {
    expect(chooseView(target, current, () => false).distanceTo(current)).toBeLessThan(1e-9);
  });
});
