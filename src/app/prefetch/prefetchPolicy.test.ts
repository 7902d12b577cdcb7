import { describe, expect, it } from 'vitest';
import { mayPrefetch } from './prefetchPolicy.ts';

describe('home prefetch policy', () => {
  it('prefetches on a fast link that is not metered', () => {
    expect(mayPrefetch({ effectiveType: '4g' })).toBe(true);
    expect(mayPrefetch({ effectiveType: '4g', type: 'wifi', saveData: false })).toBe(true);
  });

  it('never in data-saver mode, on mobile data, on a slow link or when the browser does not say', () => {
    expect(mayPrefetch({ effectiveType: '4g', saveData: true })).toBe(false);
    expect(mayPrefetch({ effectiveType: '4g', type: 'cellular' })).toBe(false);
    for (const slow of ['3g', '2g', 'slow-2g']) expect(mayPrefetch({ effectiveType: slow }), slow).toBe(false);
    expect(mayPrefetch({})).toBe(false);
    expect(mayPrefetch(undefined)).toBe(false);
  });
});
