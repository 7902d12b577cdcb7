import { describe, expect, it } from 'vitest';
import { formatClock } from './formatClock.ts';

describe('formatClock', () => {
  it('shows minutes and seconds, and hours once there are any', () => {
    expect(formatClock(75_300)).toBe('1:15');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });
  it('shows a dash for absurd, negative or non-finite times (never "8.3e+302:20")', () => {
    for (const v of [1e308, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatClock(v)).toBe('–:––');
  });
});
