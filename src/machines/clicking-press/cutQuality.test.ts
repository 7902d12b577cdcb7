import { describe, expect, it } from 'vitest';
import { judgeCut } from './cutQuality.ts';
import { CUT_THROUGH_NOTCH, DEEP_CUT_MARGIN_NOTCHES, DIES } from './constants.ts';

const base = { depthNotch: CUT_THROUGH_NOTCH, pressureT: DIES.vamp.requiredT, die: 'vamp' as const, boardSpotWorn: false };

describe('judgeCut', () => {
  it('cuts clean at the cut-through notch with enough force', () => {
    expect(judgeCut(base)).toBe('clean');
  });
  it('leaves the part attached when the stop is one notch too high', () => {
    expect(judgeCut({ ...base, depthNotch: CUT_THROUGH_NOTCH - 1 })).toBe('incomplete');
  });
  it('tolerates one notch past cut-through (a light board mark)', () => {
    expect(judgeCut({ ...base, depthNotch: CUT_THROUGH_NOTCH + 1 })).toBe('clean');
  });
  it('scores the board deeply once the stop is the margin past cut-through', () => {
    expect(judgeCut({ ...base, depthNotch: CUT_THROUGH_NOTCH + DEEP_CUT_MARGIN_NOTCHES })).toBe('deep');
  });
  it('does not cut through with less force than the die needs', () => {
    expect(judgeCut({ ...base, pressureT: DIES.vamp.requiredT - 2 })).toBe('incomplete');
    expect(judgeCut({ ...base, die: 'counter', pressureT: DIES.counter.requiredT })).toBe('clean');
  });
  it('needs an extra notch on a worn board spot', () => {
    expect(judgeCut({ ...base, boardSpotWorn: true })).toBe('incomplete');
    expect(judgeCut({ ...base, boardSpotWorn: true, depthNotch: CUT_THROUGH_NOTCH + 1 })).toBe('clean');
  });
});
