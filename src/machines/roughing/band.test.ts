import { describe, expect, it } from 'vitest';
import { judgeBand, type BandSample } from './band.ts';

const sample = (atMm: number, depthMm: number, offsetMm = 0, heat = 0.4): BandSample => ({ atMm, depthMm, offsetMm, heat, pressure: 0.4 });
const even = (n: number, depth: number, offset = 0) => Array.from({ length: n }, (_, i) => sample((i + 1) * 10, depth, offset));

describe('the roughed band, judged', () => {
  it('an even band on the line is good and fully covered', () => {
    expect(judgeBand(even(20, 0.32))).toEqual({ flaws: [], coveragePct: 100, meanDepthMm: 0.32 });
  });
  it('over the line is into the upper; inside the line leaves it patchy', () => {
    expect(judgeBand(even(20, 0.32, 2)).flaws).toEqual(['intoUpper']);
    expect(judgeBand(even(20, 0.32, -2)).flaws).toEqual(['patchy']);
  });
  it('too light is patchy, too deep is too deep, heat burns, a changing pressure is uneven', () => {
    expect(judgeBand(even(20, 0.05)).flaws).toEqual(['patchy']);
    expect(judgeBand(even(20, 0.7)).flaws).toEqual(['tooDeep']);
    expect(judgeBand([...even(19, 0.32), sample(200, 0.32, 0, 0.9)]).flaws).toEqual(['burnt']);
    expect(judgeBand([...even(10, 0.2), ...even(10, 0.5)]).flaws).toEqual(['uneven']);
  });
  it('a light first touch counts against the coverage, not the evenness', () => {
    expect(judgeBand([sample(10, 0.04), ...even(19, 0.32)])).toEqual({ flaws: [], coveragePct: 95, meanDepthMm: 0.31 });
  });
  it('an empty band judges to nothing', () => {
    expect(judgeBand([])).toEqual({ flaws: [], coveragePct: 0, meanDepthMm: 0 });
  });
});
