import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The store with a fresh module and a fake localStorage holding `stored`. */
async function freshStore(stored: Record<string, string> = {}) {
  const data = new Map(Object.entries(stored));
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    },
  });
  vi.resetModules();
  return { store: await import('./qualityStore.ts'), data };
}

describe('the device quality setting', () => {
  beforeEach(() => vi.unstubAllGlobals());

  it('a forced low choice is kept while the automatic level learns', async () => {
    const { store, data } = await freshStore();
    store.chooseQuality('low');
    store.learnAutoLevel('medium');
    expect(store.getQuality()).toEqual({ choice: 'low', auto: 'medium' });
    const again = await freshStore(Object.fromEntries(data));
    expect(again.store.getQuality()).toEqual({ choice: 'low', auto: 'medium' });
  });
  it('a corrupt stored value gives the default', async () => {
    const { store } = await freshStore({ [`gladi.quality`]: '{"choice":' });
    expect(store.getQuality()).toEqual({ choice: 'auto', auto: 'high' });
  });
  it('blocked storage still follows the choice for this page', async () => {
    vi.stubGlobal('window', {
      localStorage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('SecurityError');
        },
      },
    });
    vi.resetModules();
    const store = await import('./qualityStore.ts');
    store.chooseQuality('low');
    expect(store.getQuality().choice).toBe('low');
  });
});
