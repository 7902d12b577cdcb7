import { Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import type { SkiverLook } from './lookTypes.ts';
import { makeMotion, type SkiverNodes } from './viewMotion.tsx';
import { SKIVER_NODES } from './nodes.ts';

const nodes = (): SkiverNodes => {
  const n = {} as Record<string, Object3D>;
  for (const key of Object.keys(SKIVER_NODES)) n[key] = new Object3D();
  n.leather!.position.set(-0.144, 0.882, -0.042);
  return n as SkiverNodes;
};
const base: SkiverLook = {
  motorOn: true, knifeSpinning: true, guardOpen: false, footRaised: false, widthMm: 10, thicknessMm: 1, stoneEngaged: false,
  extractorOn: true, extractorFull: false, estopLatched: false, treadle: 0, piece: 'part', fedMm: 0, pieceLengthMm: 220,
  guideOffsetMm: 0, substanceMm: 2, profile: [], cutThrough: false, jammed: false,
};
const look = (over: Partial<SkiverLook>): SkiverLook => ({ ...base, ...over });

describe('skiver motion', () => {
  it('feeds the piece right to left by fedMm and moves it across with the hand and the guide', () => {
    const n = nodes();
    const m = makeMotion(n);
    m.step(look({ fedMm: 50, guideOffsetMm: 2, widthMm: 12 }), 0, true);
    expect(n.leather.position.x).toBeCloseTo(-0.144 - 0.05, 6);
    // Wider skive: the guide (and the edge on it) 2 mm deeper; the hand 2 mm off the guide, away.
    expect(n.leather.position.z).toBeCloseTo(-0.042 - 0.002 + 0.002, 6);
    expect(n.widthGuide.position.z).toBeCloseTo(-0.002, 6);
  });

  it('eases toward targets and settles, and a new piece starts at once', () => {
    const n = nodes();
    const m = makeMotion(n);
    m.step(look({ fedMm: 100 }), 0, true);
    const moving = m.step(look({ fedMm: 110, guardOpen: true, treadle: 1 }), 0.05, false);
    expect(moving).toBe(true);
    expect(n.leather.position.x).toBeLessThan(-0.144 - 0.1);
    expect(n.leather.position.x).toBeGreaterThan(-0.144 - 0.11);
    expect(n.knifeGuard.rotation.x).toBeLessThan(0);
    expect(n.treadle.rotation.x).toBeGreaterThan(0);
    for (let i = 0; i < 200; i++) m.step(look({ fedMm: 110, guardOpen: true, treadle: 1 }), 0.05, false);
    expect(m.step(look({ fedMm: 110, guardOpen: true, treadle: 1 }), 0.05, false)).toBe(false);
    m.step(look({ fedMm: 0, guardOpen: true, treadle: 1 }), 0.05, false);
    expect(n.leather.position.x).toBeCloseTo(-0.144, 6);
  });
});
