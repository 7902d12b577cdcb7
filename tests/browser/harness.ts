import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

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
  close(): Promise<void>;
}

/** Serves the built app (`dist/`, from `vite build`) and opens a fresh Chromium profile (`touch`: a touch-screen device). */
export async function openHarness(viewport = { width: 1280, height: 800 }, options: { touch?: boolean } = {}): Promise<Harness> {
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'gladi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: CHROMIUM_ARGS,
    viewport,
    ...(options.touch ? { hasTouch: true } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const keep = (text: string) => !IGNORED.some((r) => r.test(text));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && keep(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return {
    baseUrl,
    context,
    page,
    errors,
    async close() {
      await context.close();
      await new Promise<void>((resolve, reject) => server.httpServer.close((err) => (err ? reject(err) : resolve())));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
