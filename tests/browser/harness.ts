import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type ConsoleMessage, type Page } from 'playwright-core';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Known harmless noise: three 0.187 + fiber 9.8 deprecation (toolchain notes), GPU stall chatter from SwiftShader. */
const IGNORED = [/THREE\.Clock/, /GPU stall due to ReadPixels/, /GL_CLOSE_PATH_NV/, /WebGL.*performance/i];

export interface Harness {
  readonly baseUrl: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and page errors seen so far (minus known harmless noise). */
  readonly errors: string[];
  /**
   * Requests to any origin but the app's own (and those allowed with `allowOrigin`), page and
   * service worker alike: the app fetches nothing from another host at run time (issue 12).
   */
  foreignRequests(): string[];
  /**
   * Cuts the network (page and service worker) or brings it back, like `context.setOffline`, and
   * keeps `navigator.onLine` saying so in every new document of the page: Chromium 150 starts
   * each document "online" under the emulation (its requests still fail), which a real offline
   * device never does.
   */
  setOffline(offline: boolean): Promise<void>;
  /** Lets requests to this origin through (a test's own server, e.g. the local LRS on another port). */
  allowOrigin(url: string): void;
  /** Fails (throws) if any foreign request was seen, after closing everything. */
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly viewport?: { width: number; height: number };
  /** Serve through Vite's dev server (what `npm start` runs: React StrictMode, no bundling) instead of `dist/`. */
  readonly dev?: boolean;
  /** A touch-screen device (`hasTouch`). */
  readonly touch?: boolean;
  /**
   * Let the app register its service worker. Off by default: a worker serving from its caches would
   * hide the requests other tests watch or block with `page.route` (and its precache would add
   * downloads); the offline tests turn it on.
   */
  readonly serviceWorkers?: boolean;
  /** Serve this folder instead of `dist/` (a copy a test may change, e.g. to deploy a "new version"). */
  readonly distDir?: string;
}

/** Serves the built app (`dist/`, from `vite build`) or the dev server, and opens a fresh Chromium profile. */
export async function openHarness(
  options: HarnessOptions | { width: number; height: number } = {},
  extra: Pick<HarnessOptions, 'touch'> = {},
): Promise<Harness> {
  const opts: HarnessOptions = { ...('width' in options ? { viewport: options } : options), ...extra };
  const viewport = opts.viewport ?? { width: 1280, height: 800 };
  const server: PreviewServer | ViteDevServer = opts.dev
    ? await createServer({ server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' }).then((s) => s.listen())
    : await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error', ...(opts.distDir ? { build: { outDir: opts.distDir } } : {}) });
  if (!server.httpServer) throw new Error('server has no http server');
  const httpServer = server.httpServer;
  const address = httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'gladi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: CHROMIUM_ARGS,
    viewport,
    serviceWorkers: opts.serviceWorkers ? 'allow' : 'block',
    ...(opts.touch ? { hasTouch: true } : {}),
  });
  const allowed = new Set([new URL(baseUrl).origin]);
  const foreign: string[] = [];
  // The context sees the page's requests and (in Chromium) its service worker's.
  context.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return; // data: and blob: never leave the device (web sockets are not requests here)
    if (!allowed.has(new URL(url).origin)) foreign.push(`${request.method()} ${url}`);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const keep = (text: string) => !IGNORED.some((r) => r.test(text));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && keep(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  let offline = false;
  let cdp: CDPSession | null = null;
  const tellPage = async () => {
    if (!cdp) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
    }
    await cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  };
  page.on('framenavigated', (frame) => {
    if (offline && frame === page.mainFrame()) void tellPage().catch(() => undefined);
  });
  return {
    baseUrl,
    context,
    page,
    errors,
    foreignRequests: () => [...foreign],
    allowOrigin: (url: string) => void allowed.add(new URL(url).origin),
    async setOffline(next: boolean) {
      offline = next;
      await context.setOffline(next);
      await tellPage();
    },
    async close() {
      await context.close();
      if ('ws' in server) await server.close();
      else await new Promise<void>((resolve, reject) => httpServer.close((err) => (err ? reject(err) : resolve())));
      rmSync(profile, { recursive: true, force: true });
      if (foreign.length > 0) throw new Error(`requests left the app's origin (${[...allowed].join(', ')}):\n${[...new Set(foreign)].slice(0, 20).join('\n')}`);
    },
  };
}
