/**
 * Gladi's service worker (built by vite-plugin-pwa, `injectManifest`; registered by
 * src/ui/offline/serviceWorkerClient.ts). Not a page module: it runs in the worker scope.
 * - The app shell, texts, charts and fonts are precached (the list is injected at build time;
 *   see vite.config.ts for what is left out and why).
 * - Models, thumbnails and the 3D chunks come from one runtime cache, cache-first, so a machine
 *   once opened or downloaded ("Unduh untuk offline") works without the network.
 * - A new version waits until the page says so ("Perbarui"), never in the middle of a session.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { OFFLINE_CACHE, OFFLINE_FILES_NAME, OFFLINE_STORED_MESSAGE, parseOfflineFiles } from './offlineFiles.ts';
import { REVISION_HEADER, withRevision } from './revisionHeader.ts';

/** The few worker-scope members used here (the project's TypeScript program has the DOM lib, not WebWorker). */
interface WorkerScope {
  readonly clients: { matchAll(): Promise<readonly { postMessage(message: unknown): void }[]> };
  readonly __WB_MANIFEST: (string | { url: string; revision: string | null })[];
  readonly registration: { readonly scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
}
const sw = self as unknown as WorkerScope;

// Written as `self.__WB_MANIFEST`: the build replaces exactly that text with the precache list.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST);
cleanupOutdatedCaches();
// Any address of the app (`/?machine=…`) opens the precached shell, online or not.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

/** url (relative to the scope) → revision, from the precached offline-files.json of this version. */
let revisions: Promise<Map<string, string>> | null = null;
function currentRevisions(): Promise<Map<string, string>> {
  revisions ??= matchPrecache(OFFLINE_FILES_NAME)
    .then(async (r) => (r ? parseOfflineFiles(await r.json()) : { machines: [] }))
    .then((m) => new Map(m.machines.flatMap((machine) => machine.files.map((f) => [f.url, f.revision] as const))))
    .catch(() => new Map<string, string>());
  return revisions;
}

/**
 * Cache-first, but a stored file of an older revision (a model changed under the same name) is
 * fetched again when the network allows; offline the older one still serves.
 */
async function offlineFirst(request: Request, path: string, keepAlive: (p: Promise<unknown>) => void): Promise<Response> {
  const cache = await caches.open(OFFLINE_CACHE);
  const want = (await currentRevisions()).get(path) ?? '';
  // ignoreVary: a file stored by the page's download (no Origin header) serves a module script request too.
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached && (want === '' || cached.headers.get(REVISION_HEADER) === want)) return cached;
  try {
    const fresh = await fetch(request);
    // The page gets the bytes as they come (the model download's idle timer sees progress);
    // the copy is stored meanwhile.
    if (fresh.ok) keepAlive(withRevision(fresh.clone(), want).then((copy) => cache.put(request.url, copy)).then(tellPagesStored, () => undefined));
    return fresh;
  } catch (error) {
    if (cached) return cached;
    throw error;
  }
}

/** Lets the open pages update what they show as stored (a machine opened online is now offline-ready). */
async function tellPagesStored(): Promise<void> {
  for (const client of await sw.clients.matchAll()) client.postMessage({ type: OFFLINE_STORED_MESSAGE });
}

/** Same-origin files under these folders of the app go through the offline cache. */
const RUNTIME_FOLDERS = ['models/', 'thumbnails/', 'assets/'];
const scope = new URL(sw.registration.scope);
/** `models/x.glb.gz` for `<scope>models/x.glb.gz?…`; null for another origin or outside the scope. */
const appPath = (url: URL): string | null => (url.origin === scope.origin && url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : null);
registerRoute(
  ({ url, request }) => {
    const path = appPath(url);
    return request.method === 'GET' && path !== null && RUNTIME_FOLDERS.some((f) => path.startsWith(f));
  },
  ({ url, request, event }) => offlineFirst(request, appPath(url) ?? '', (p) => (event as unknown as { waitUntil(p: Promise<unknown>): void }).waitUntil(p)),
);

/**
 * A new version's 3D code has new file names: the old chunks in the offline cache are never asked
 * for again, so they go (about 1 MiB each release). Models and pictures stay; their revisions tell.
 */
async function pruneOldCode(): Promise<void> {
  const listed = await currentRevisions();
  if (listed.size === 0) return; // no list read: keep everything rather than guess
  const cache = await caches.open(OFFLINE_CACHE);
  for (const request of await cache.keys()) {
    const path = appPath(new URL(request.url));
    if (path !== null && path.startsWith('assets/') && !listed.has(path)) await cache.delete(request);
  }
}
sw.addEventListener('activate', (event) => event.waitUntil(pruneOldCode().catch(() => undefined)));

sw.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
