import { ModelLoadError } from './modelLoadError.ts';
import { unpackModel } from './unpackModel.ts';

// No three here (the parser is passed in), so the stage's boundary outside the 3D chunk can reset the cache.

/**
 * A model download that sends no byte for this long counts as hung [I]. It is an idle time, not a
 * total: a slow link that keeps delivering still finishes, a request that never answers ends.
 */
export const MODEL_IDLE_TIMEOUT_MS = 30_000;

/**
 * The idle timeout, shortened for support and tests by `?modelTimeout=<seconds>` (1–120); any
 * other value keeps the default.
 */
export function modelIdleTimeoutMs(search: string): number {
  const s = Number(new URLSearchParams(search).get('modelTimeout') ?? NaN);
  return Number.isFinite(s) && s >= 1 && s <= 120 ? s * 1000 : MODEL_IDLE_TIMEOUT_MS;
}

/** Turns the model's GLB bytes (unpacked from the downloaded file) into a model; throws on a broken file. */
export type ParseModel<T> = (bytes: ArrayBuffer, url: string) => Promise<T>;

/** One download per URL, shared by every view; a failed one stays until `forgetFailedModels`. */
const downloads = new Map<string, Promise<unknown>>();
const failed = new Set<string>();
/**
 * The bytes of a download under way or done (`prefetchModel` starts one before the 3D stage is
 * there): `loadModel` parses these instead of fetching again. A failed one is dropped at once.
 */
const bytesByUrl = new Map<string, Promise<ArrayBuffer>>();

/** The model's address as the app fetches it (`modelUrl` as a machine module gives it: src/engine/modelFile.ts). */
export const modelFetchUrl = (modelUrl: string): string => `${import.meta.env.BASE_URL}${modelUrl}`;

/**
 * Starts downloading the model at `url` (from `modelFetchUrl`) without parsing it: when a machine
 * is chosen, before its 3D code is here, or while the home is idle. The loader then uses these
 * bytes: one download per URL.
 */
export function prefetchModel(url: string, idleTimeoutMs: number): Promise<ArrayBuffer> {
  let bytes = bytesByUrl.get(url);
  if (!bytes) {
    bytes = fetchModelBytes(url, idleTimeoutMs);
    bytes.catch(() => bytesByUrl.delete(url));
    bytesByUrl.set(url, bytes);
  }
  return bytes;
}

/** The model at `url` (a promise for React's `use`): fetched and parsed once, then kept. */
export function loadModel<T>(url: string, idleTimeoutMs: number, parse: ParseModel<T>): Promise<T> {
  let download = downloads.get(url) as Promise<T> | undefined;
  if (!download) {
    download = prefetchModel(url, idleTimeoutMs).then((bytes) => parseModel(url, bytes, parse));
    // Marked here so the rejection is always handled, even if no view is waiting any more.
    download.catch(() => failed.add(url));
    downloads.set(url, download);
  }
  return download;
}

/** Other 3D downloads (the machine views' chunks) forgotten with the models on a retry. */
const alsoForget = new Set<() => void>();
export const forgetWithFailedModels = (forget: () => void): void => void alsoForget.add(forget);

/** Lets the next `loadModel` of every failed model download it again (the retry button). */
export function forgetFailedModels(): void {
  for (const url of failed) {
    downloads.delete(url);
    bytesByUrl.delete(url);
  }
  failed.clear();
  alsoForget.forEach((forget) => forget());
}

async function parseModel<T>(url: string, bytes: ArrayBuffer, parse: ParseModel<T>): Promise<T> {
  try {
    return await parse(await unpackModel(bytes), url);
  } catch (error) {
    throw new ModelLoadError('broken', url, error instanceof Error ? error.message : String(error));
  }
}

async function fetchModelBytes(url: string, idleTimeoutMs: number): Promise<ArrayBuffer> {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, idleTimeoutMs);
  };
  const fail = (error: unknown) =>
    timedOut
      ? new ModelLoadError('timeout', url, `no data for ${Math.round(idleTimeoutMs / 1000)} s`)
      : new ModelLoadError('network', url, error instanceof Error ? error.message : String(error));
  rearm();
  try {
    try {
      const response = await fetch(url, { signal: abort.signal });
      if (response.status === 404) throw new ModelLoadError('missing', url, 'HTTP 404');
      if (!response.ok) throw new ModelLoadError('network', url, `HTTP ${response.status}`);
      return await readAll(response, rearm);
    } catch (error) {
      throw error instanceof ModelLoadError ? error : fail(error);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The whole body, calling `onProgress` whenever bytes arrive (which restarts the idle timer). */
async function readAll(response: Response, onProgress: () => void): Promise<ArrayBuffer> {
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    onProgress();
  }
  const all = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all.buffer;
}
