import { askPersistence } from '../../storage/deviceStorage.ts';
import {
  filesToFetch,
  filesToRemove,
  machineStorage,
  OFFLINE_CACHE,
  OFFLINE_FILES_NAME,
  OFFLINE_STORED_MESSAGE,
  parseOfflineFiles,
  type MachineStorage,
  type OfflineFile,
  type OfflineFilesManifest,
} from '../../offline/offlineFiles.ts';
import { REVISION_HEADER, withRevision } from '../../offline/revisionHeader.ts';
import { machinesToUpdate, readKept, writeKept } from '../../offline/keptMachines.ts';

/**
 * "Unduh untuk offline": fetches what a machine needs (the build's list, offline-files.json) into
 * the cache the service worker serves from, with progress; reads what is stored; removes. One
 * store for the whole page, read by the home cards, the "all machines" panel and the machine screen.
 */

export type DownloadFailure = 'offline' | 'network' | 'full';

/** A download running or failed: for one machine id, or ALL for every machine. */
export interface DownloadJob {
  readonly ids: readonly string[];
  readonly doneBytes: number;
  readonly totalBytes: number;
  readonly failure: DownloadFailure | null;
  readonly detail: string;
}

export interface OfflineState {
  /** Null while reading; 'unavailable' without the build's list or the Cache API (dev server, old browser). */
  readonly manifest: OfflineFilesManifest | null | 'unavailable';
  readonly storage: ReadonlyMap<string, MachineStorage>;
  /** What the offline cache holds: url → revision. */
  readonly revisions: ReadonlyMap<string, string>;
  /** Machines the learner downloaded: kept up to date when a new version changes their files. */
  readonly kept: ReadonlySet<string>;
  readonly job: DownloadJob | null;
}

let state: OfflineState = { manifest: null, storage: new Map(), revisions: new Map(), kept: new Set(), job: null };
let stored = new Map<string, string>();
const listeners = new Set<() => void>();
const set = (patch: Partial<OfflineState>) => {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
};

export const offlineState = (): OfflineState => state;
export function subscribeOffline(listener: () => void): () => void {
  if (listeners.size === 0) listenToWorker();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let listening = false;
/** The service worker says when it stored something (a machine opened online): read the cache again. */
function listenToWorker(): void {
  if (listening || !('serviceWorker' in navigator)) return;
  listening = true;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === OFFLINE_STORED_MESSAGE && state.manifest !== null) void refresh();
  });
}

const base = import.meta.env.BASE_URL;
/** `models/x.glb.gz` for an absolute URL of this app, else null. */
const appPath = (href: string): string | null => {
  const root = new URL(base, window.location.href).href;
  return href.startsWith(root) ? href.slice(root.length).split('?')[0]! : null;
};

/** Read once per page (it is precached; a new version comes with a reload). */
let manifestRead: Promise<OfflineFilesManifest | 'unavailable'> | null = null;
const readManifest = () => (manifestRead ??= fetchManifest());

async function fetchManifest(): Promise<OfflineFilesManifest | 'unavailable'> {
  if (!('caches' in window)) return 'unavailable';
  try {
    const response = await fetch(`${base}${OFFLINE_FILES_NAME}`);
    if (!response.ok) return 'unavailable';
    return parseOfflineFiles(await response.json());
  } catch {
    return 'unavailable';
  }
}

/** Reads what the offline cache holds (url → revision) and recomputes every machine's storage. */
export async function refresh(): Promise<void> {
  const manifest = await readManifest();
  if (manifest === 'unavailable') return set({ manifest });
  const cache = await caches.open(OFFLINE_CACHE);
  const next = new Map<string, string>();
  for (const request of await cache.keys()) {
    const path = appPath(request.url);
    const response = path === null ? undefined : await cache.match(request);
    if (path !== null && response) next.set(path, response.headers.get(REVISION_HEADER) ?? '');
  }
  stored = next;
  set({ manifest, revisions: next, kept: readKept(), storage: new Map(manifest.machines.map((m) => [m.id, machineStorage(m, stored)])) });
  updateKept();
}

/** Kept machines already brought up to date by this page (once each: a failed update waits for the learner's retry). */
const updatedThisPage = new Set<string>();
/**
 * After a new version, a kept machine whose files changed is fetched again by itself while
 * online, so it keeps working offline without asking for the download again.
 */
function updateKept(): void {
  if (navigator.onLine === false || state.job) return;
  const due = machinesToUpdate(state.kept, state.storage).filter((id) => !updatedThisPage.has(id));
  if (due.length === 0) return;
  due.forEach((id) => updatedThisPage.add(id));
  void download(due, { quiet: true });
}
/** Patchy internet: an update that could not finish is tried again when the browser is back online. */
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    updatedThisPage.clear();
    if (state.manifest !== null && state.manifest !== 'unavailable') updateKept();
  });
}

const failureOf = (error: unknown): DownloadFailure =>
  error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : navigator.onLine === false ? 'offline' : 'network';

/**
 * Downloads every file these machines still miss, one after another, reporting bytes as they come.
 * `quiet`: an update the learner did not ask for; if it fails, the card just says an older version
 * is stored (no alarm over a download nobody pressed).
 */
export async function download(ids: readonly string[], { quiet = false } = {}): Promise<void> {
  const manifest = state.manifest;
  if (!manifest || manifest === 'unavailable' || (state.job && state.job.failure === null)) return;
  const machines = manifest.machines.filter((m) => ids.includes(m.id));
  const files = filesToFetch(machines, stored);
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  let doneBytes = 0;
  set({ job: { ids, doneBytes, totalBytes, failure: null, detail: '' } });
  // Downloaded machines should survive storage pressure like the records do.
  void askPersistence();
  try {
    const cache = await caches.open(OFFLINE_CACHE);
    for (const file of files) {
      await fetchInto(cache, file, (n) => {
        doneBytes += n;
        set({ job: { ids, doneBytes, totalBytes, failure: null, detail: '' } });
      });
    }
    set({ job: null, kept: writeKept({ add: ids }) });
  } catch (error) {
    if (quiet) set({ job: null });
    else set({ job: { ids, doneBytes, totalBytes, failure: failureOf(error), detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } });
  }
  await refresh();
}

async function fetchInto(cache: Cache, file: OfflineFile, onBytes: (n: number) => void): Promise<void> {
  const url = `${base}${file.url}`;
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const chunks: Uint8Array[] = [];
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      onBytes(value.byteLength);
    }
  } else {
    const all = new Uint8Array(await response.arrayBuffer());
    chunks.push(all);
    onBytes(all.byteLength);
  }
  const body = new Blob(chunks as BlobPart[]);
  await cache.put(url, await withRevision(new Response(body, { headers: response.headers }), file.revision));
}

/** Closes a failed download's message. */
export const dismissFailure = () => set({ job: null });

/** Removes a machine's files, keeping those another stored machine still needs (the shared 3D code). */
export async function remove(id: string): Promise<void> {
  const manifest = state.manifest;
  if (!manifest || manifest === 'unavailable') return;
  const cache = await caches.open(OFFLINE_CACHE);
  for (const path of filesToRemove(manifest, id, stored)) await cache.delete(`${base}${path}`, { ignoreSearch: true });
  writeKept({ remove: id });
  await refresh();
}
