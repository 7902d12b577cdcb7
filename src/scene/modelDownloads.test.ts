import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetFailedModels, loadModel, MODEL_IDLE_TIMEOUT_MS, modelIdleTimeoutMs, prefetchModel } from './modelDownloads.ts';
import { ModelLoadError } from './modelLoadError.ts';

import { gzipSync } from 'node:zlib';

/** A stand-in model file: "glTF" (a GLB's magic) and a text, gzipped as the model files are. */
const file = (text: string) => new Uint8Array(gzipSync(Buffer.from(`glTF${text}`)));
const parse = async (bytes: ArrayBuffer) => new TextDecoder().decode(bytes).slice('glTF'.length);
const ok = (text: string) => new Response(file(text), { status: 200 });
/** A fetch that never answers, but gives up when aborted (as the browser's does). */
const hung = (_url: unknown, init?: RequestInit) =>
  new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  forgetFailedModels();
});

describe('model downloads', () => {
  it('the timeout is 30 s unless a support parameter shortens it within bounds', () => {
    expect(modelIdleTimeoutMs('')).toBe(MODEL_IDLE_TIMEOUT_MS);
    expect(modelIdleTimeoutMs('?modelTimeout=2')).toBe(2000);
    for (const bad of ['0', '-1', '1e9', 'abc', '']) expect(modelIdleTimeoutMs(`?modelTimeout=${bad}`)).toBe(MODEL_IDLE_TIMEOUT_MS);
  });

  it('a request that never answers fails as a timeout; after forgetting, the next load fetches again', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(hung);
    vi.stubGlobal('fetch', fetch);
    const first = loadModel('/m/a.glb', 1000, parse);
    const seen = first.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    const error = await seen;
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as ModelLoadError).kind).toBe('timeout');
    // Until the retry, the same failure is kept (no refetch loop while the message shows).
    expect(loadModel('/m/a.glb', 1000, parse)).toBe(first);
    fetch.mockImplementation(async () => ok('model'));
    forgetFailedModels();
    await expect(loadModel('/m/a.glb', 1000, parse)).resolves.toBe('model');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('names the failure: missing file, server error, network, broken file, not a model file', async () => {
    const cases: [() => Promise<Response>, string][] = [
      [async () => new Response('<!doctype html>', { status: 200 }), 'broken'],
      [async () => new Response(gzipSync(Buffer.from('<!doctype html>')), { status: 200 }), 'broken'],
      [async () => new Response(file('x').slice(0, 12), { status: 200 }), 'broken'],
      [async () => new Response('', { status: 404 }), 'missing'],
      [async () => new Response('', { status: 503 }), 'network'],
      [async () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
      [async () => ok('{'), 'broken'],
    ];
    for (const [i, [answer, kind]] of cases.entries()) {
      vi.stubGlobal('fetch', answer);
      const failing = (bytes: ArrayBuffer) => parse(bytes).then((t) => JSON.parse(t) as unknown);
      const error = await loadModel(`/m/${i}.glb`, 1000, failing).catch((e: unknown) => e);
      expect((error as ModelLoadError).kind, kind).toBe(kind);
      expect((error as Error).message).toContain(`/m/${i}.glb`);
    }
  });

  it('a loaded model is kept: one download per URL', async () => {
    const fetch = vi.fn(async () => ok('kept'));
    vi.stubGlobal('fetch', fetch);
    await loadModel('/m/kept.glb', 1000, parse);
    forgetFailedModels();
    await expect(loadModel('/m/kept.glb', 1000, parse)).resolves.toBe('kept');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a prefetched model is not downloaded again: the loader parses the prefetched bytes', async () => {
    const fetch = vi.fn(async () => ok('early'));
    vi.stubGlobal('fetch', fetch);
    const early = prefetchModel('/m/early.glb', 1000);
    expect(prefetchModel('/m/early.glb', 1000)).toBe(early);
    await expect(loadModel('/m/early.glb', 1000, parse)).resolves.toBe('early');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a failed prefetch is dropped: the loader fetches again', async () => {
    const fetch = vi.fn(async (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetch);
    await expect(prefetchModel('/m/offline.glb', 1000)).rejects.toThrow();
    fetch.mockImplementation(async () => ok('later'));
    await expect(loadModel('/m/offline.glb', 1000, parse)).resolves.toBe('later');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a model the host already unpacked (Content-Encoding: gzip on .gz files) is taken as it is', async () => {
    vi.stubGlobal('fetch', async () => new Response('glTFplain', { status: 200 }));
    await expect(loadModel('/m/plain.glb.gz', 1000, parse)).resolves.toBe('plain');
  });
});
