import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUALITY,
  FAST_FRAME_MS,
  SAMPLES_TO_LOWER,
  SAMPLES_TO_RAISE,
  SLOW_FRAME_MS,
  antialiasFor,
  dprFor,
  judgeFrames,
  levelOf,
  parseQuality,
  serializeQuality,
} from './qualityPolicy.ts';

const frames = (n: number, ms: number) => Array.from({ length: n }, () => ms);

describe('automatic level from frame times', () => {
  it('steps down one level when back-to-back frames are slow', () => {
    expect(judgeFrames('high', frames(SAMPLES_TO_LOWER, SLOW_FRAME_MS * 2))).toBe('medium');
    expect(judgeFrames('medium', frames(SAMPLES_TO_LOWER, SLOW_FRAME_MS * 2))).toBe('low');
    expect(judgeFrames('low', frames(SAMPLES_TO_LOWER * 3, 500))).toBeNull(); // nothing lower
  });
  it('waits for enough frames, and one slow frame among quick ones changes nothing', () => {
    expect(judgeFrames('high', frames(SAMPLES_TO_LOWER - 1, 500))).toBeNull();
    expect(judgeFrames('high', [...frames(SAMPLES_TO_LOWER - 1, 30), 900])).toBeNull();
  });
  it('judges the latest frames', () => {
    expect(judgeFrames('high', [...frames(SAMPLES_TO_LOWER, 200), ...frames(SAMPLES_TO_LOWER, 30)])).toBeNull();
    expect(judgeFrames('high', [...frames(SAMPLES_TO_LOWER, 30), ...frames(SAMPLES_TO_LOWER, 200)])).toBe('medium');
  });
  it('steps up only after many quick frames, and never between the two bounds', () => {
    expect(judgeFrames('low', frames(SAMPLES_TO_RAISE, FAST_FRAME_MS / 2))).toBe('medium');
    expect(judgeFrames('low', frames(SAMPLES_TO_RAISE - 1, FAST_FRAME_MS / 2))).toBeNull();
    expect(judgeFrames('medium', frames(SAMPLES_TO_RAISE * 2, (FAST_FRAME_MS + SLOW_FRAME_MS) / 2))).toBeNull();
    expect(judgeFrames('high', frames(SAMPLES_TO_RAISE, 5))).toBeNull(); // nothing higher
  });
});

describe('levels', () => {
  it('a forced choice wins over what the automatic choice learnt', () => {
    expect(levelOf({ choice: 'low', auto: 'high' })).toBe('low');
    expect(levelOf({ choice: 'high', auto: 'low' })).toBe('high');
    expect(levelOf({ choice: 'auto', auto: 'medium' })).toBe('medium');
  });
  it('lower levels draw fewer pixels and no antialiasing at the bottom', () => {
    expect(dprFor('high', 2)).toBe(1.5);
    expect(dprFor('medium', 2)).toBe(1);
    expect(dprFor('low', 2)).toBeLessThan(1);
    expect(dprFor('high', 1)).toBe(1); // never more than the screen has
    expect(dprFor('high', Number.NaN)).toBe(1);
    expect(antialiasFor('high')).toBe(true);
    expect(antialiasFor('low')).toBe(false);
  });
});

describe('stored setting', () => {
  it('reads back what was written', () => {
    const s = { choice: 'low', auto: 'medium' } as const;
    expect(parseQuality(serializeQuality(s))).toEqual(s);
  });
  it('nothing stored, corrupt or unknown values give the default (part by part)', () => {
    expect(parseQuality(null)).toEqual(DEFAULT_QUALITY);
    expect(parseQuality('{not json')).toEqual(DEFAULT_QUALITY);
    expect(parseQuality('null')).toEqual(DEFAULT_QUALITY);
    expect(parseQuality('"low"')).toEqual(DEFAULT_QUALITY);
    expect(parseQuality('[1,2]')).toEqual(DEFAULT_QUALITY);
    expect(parseQuality('{"choice":"ultra","auto":7}')).toEqual(DEFAULT_QUALITY);
    expect(parseQuality('{"choice":"low","auto":"toString"}')).toEqual({ choice: 'low', auto: DEFAULT_QUALITY.auto });
    expect(parseQuality('{"choice":"__proto__","auto":"low"}')).toEqual({ choice: DEFAULT_QUALITY.choice, auto: 'low' });
  });
});
