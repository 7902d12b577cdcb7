import { describe, expect, it } from 'vitest';
import type { ContinuousRange } from '../engine/continuous.ts';
import { createContinuousSampler, roundToRange, SAMPLE_INTERVAL_MS } from './continuousSampler.ts';

const treadle: ContinuousRange = { min: 0, max: 1, step: 0.05, rest: 0 };
const screw: ContinuousRange = { min: 0.2, max: 2, step: 0.1, initial: 1 };

/** A sampler on a fake time line: `at` is what an input event's timeStamp would say. */
function sampled(range: ContinuousRange, start = range.initial ?? range.rest ?? range.min) {
  const sent: [number, number][] = [];
  const sampler = createContinuousSampler({ range, start, emit: (value, at) => sent.push([value, at]) });
  return { sampler, sent };
}

describe('roundToRange', () => {
  it('rounds to the step without float noise and clamps to the range', () => {
    expect(roundToRange(treadle, 0.337)).toBe(0.35);
    expect(roundToRange(screw, 0.2 + 0.1)).toBe(0.3);
    expect(roundToRange(screw, 1.04999)).toBe(1);
    expect(roundToRange(treadle, -3)).toBe(0);
    expect(roundToRange(treadle, 7)).toBe(1);
    expect(roundToRange(screw, Number.NaN)).toBe(1);
  });

});

describe('continuous sampler', () => {
  it('sends the first change at once, then at most one per interval, the latest value winning', () => {
    const { sampler, sent } = sampled(treadle);
    sampler.move(0.1, 1000);
    // A hand moving every 16 ms for 0.6 s.
    for (let t = 1016, v = 0.15; t <= 1600; t += 16, v = Math.min(1, v + 0.01)) sampler.move(v, t);
    expect(sent[0]).toEqual([0.1, 1000]);
    const times = sent.map(([, at]) => at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(SAMPLE_INTERVAL_MS);
    expect(sent.length).toBeLessThanOrEqual(1 + Math.floor(600 / SAMPLE_INTERVAL_MS));
  });

  it('sends nothing when the rounded value did not change', () => {
    const { sampler, sent } = sampled(treadle);
    sampler.move(0.01, 1000);
    sampler.move(0.02, 1500);
    expect(sent).toEqual([]);
    sampler.move(0.31, 2000);
    sampler.move(0.29, 2500);
    sampler.move(0.3, 3000);
    expect(sent).toEqual([[0.3, 2000]]);
  });

  it('holds a value that came too soon until flushed, and drops it if the hand came back', () => {
    const { sampler, sent } = sampled(screw);
    sampler.move(1.5, 1000);
    sampler.move(1.7, 1050);
    expect(sampler.dueAt()).toBe(1000 + SAMPLE_INTERVAL_MS);
    expect(sampler.pending()).toBe(1.7);
    sampler.flush(1100);
    expect(sent).toEqual([[1.5, 1000]]);
    sampler.flush(1200);
    expect(sent).toEqual([
      [1.5, 1000],
      [1.7, 1200],
    ]);
    expect(sampler.dueAt()).toBeNull();
    sampler.move(1.9, 1250);
    sampler.move(1.7, 1300);
    expect(sampler.dueAt()).toBeNull();
    sampler.flush(2000);
    expect(sent).toHaveLength(2);
  });

  it('a release to rest is sent at once, inside the interval, and drops what was pending', () => {
    const { sampler, sent } = sampled(treadle);
    sampler.move(0.5, 1000);
    sampler.move(0.6, 1010);
    sampler.release(1020);
    expect(sent).toEqual([
      [0.5, 1000],
      [0, 1020],
    ]);
    expect(sampler.dueAt()).toBeNull();
    sampler.flush(5000);
    expect(sent).toHaveLength(2);
  });

  it('reaching rest by hand is sent at once too', () => {
    const { sampler, sent } = sampled(treadle);
    sampler.move(0.5, 1000);
    sampler.move(0.01, 1050);
    expect(sent).toEqual([
      [0.5, 1000],
      [0, 1050],
    ]);
  });

  it('a release already at rest sends nothing; a knob without rest stays where it was left', () => {
    const pedal = sampled(treadle);
    pedal.sampler.release(1000);
    expect(pedal.sent).toEqual([]);
    const knob = sampled(screw);
    knob.sampler.move(1.5, 1000);
    knob.sampler.move(1.6, 1010);
    knob.sampler.release(1020);
    expect(knob.sent).toEqual([[1.5, 1000]]);
    knob.sampler.flush(1200);
    expect(knob.sent).toEqual([
      [1.5, 1000],
      [1.6, 1200],
    ]);
  });

  it('a baseline synced from the session decides what counts as a change', () => {
    const { sampler, sent } = sampled(screw);
    sampler.sync(1.5);
    sampler.move(1.5, 1000);
    expect(sent).toEqual([]);
    sampler.move(1, 1100);
    expect(sent).toEqual([[1, 1100]]);
    sampler.move(1.3, 1150);
    sampler.sync(1.3);
    expect(sampler.pending()).toBeNull();
  });
});
