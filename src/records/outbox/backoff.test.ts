import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

const policy = { baseMs: 1_000, maxMs: 16_000 };

describe('backoffDelay', () => {
  it('doubles per failure between half and all of the un-jittered delay', () => {
    expect([1, 2, 3, 4].map((f) => backoffDelay(f, () => 0, policy))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((f) => backoffDelay(f, () => 0.999999, policy))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffDelay(2, () => 0.5, policy)).toBe(1_500);
  });

  it('is capped, even after very many failures', () => {
    expect(backoffDelay(5, () => 0.999999, policy)).toBe(16_000);
    expect(backoffDelay(500, () => 0.999999, policy)).toBe(16_000);
    expect(backoffDelay(500, () => 0, policy)).toBe(8_000);
  });

  it('treats a random source outside [0, 1) as its nearest bound', () => {
    expect(backoffDelay(1, () => -3, policy)).toBe(500);
    expect(backoffDelay(1, () => 7, policy)).toBe(1_000);
  });
});
