import { describe, expect, it } from 'vitest';
import { sectionOutlines, type Point } from './skiveSection.ts';

const area = (pts: readonly Point[]) => Math.abs(pts.reduce((a, p, i) => { const q = pts[(i + 1) % pts.length]!; return a + p[0] * q[1] - q[0] * p[1]; }, 0) / 2);

describe('sectionOutlines', () => {
  it('a clean half-substance skive keeps the bevel area off the full section', () => {
    const o = sectionOutlines({ atMm: 0, widthMm: 10, remainingPct: 50, ragged: false }, 2, 25);
    // Full 25 × 2 minus the removed triangle 10 × 1 / 2.
    expect(area(o.leather)).toBeCloseTo(50 - 5, 5);
    expect(area(o.removed)).toBeCloseTo(5, 5);
    expect(o.fault).toBeNull();
    expect(Math.min(...o.leather.filter((p) => p[0] === 0).map((p) => p[1]))).toBe(0);
    expect(Math.max(...o.leather.filter((p) => p[0] === 0).map((p) => p[1]))).toBeCloseTo(1, 5);
  });

  it('the bevel follows the width and the remaining thickness', () => {
    const o = sectionOutlines({ atMm: 0, widthMm: 8, remainingPct: 40, ragged: false }, 3, 25);
    expect(o.leather).toContainEqual([8, 3]);
    expect(o.leather.some(([u, v]) => u === 0 && Math.abs(v - 1.2) < 1e-9)).toBe(true);
  });

  it('marks a ragged or cut-through skive red and leaves a gap at a cut-through edge', () => {
    expect(sectionOutlines({ atMm: 0, widthMm: 10, remainingPct: 50, ragged: true }, 2, 25).fault).not.toBeNull();
    const cut = sectionOutlines({ atMm: 0, widthMm: 10, remainingPct: 0, ragged: false }, 2, 25);
    expect(cut.fault).not.toBeNull();
    expect(cut.leather.every(([u]) => u > 0)).toBe(true);
  });
});
