// What a learner waits for on a weak link: bytes on the wire per machine (as the browser receives
// them: CDP Network.loadingFinished's encodedDataLength, headers included) and the time until the
// machine is usable (stage ready, model on stage, panel enabled) on throttled links with a 4×
// slower CPU, first visit (empty cache) and second visit (from the browser's cache).
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/browser/harness.ts';
import { loadMachineModules } from '../machineModules.ts';
import { row, type BenchPart, type Row } from './table.ts';

/** A throttled link as CDP Network.emulateNetworkConditions takes it (latency ms, bytes/s). */
interface Link {
  readonly name: string;
  readonly latency: number;
  readonly downloadThroughput: number;
  readonly uploadThroughput: number;
  readonly usableGoalMs: number;
}

const kbit = (k: number) => (k * 1000) / 8;
/**
 * DevTools' "Fast 3G" preset (562.5 ms, 1.44 Mbit/s). DevTools' own "Slow 4G" preset has the very
 * same numbers, so the slower link here is Lighthouse's "regular 3G" (1125 ms, 630 kbit/s) [I]:
 * the weak mobile data the issue measured 18–19 s on.
 */
export const LINKS: readonly Link[] = [
  { name: 'Fast 3G (562 ms, 1.44 Mbit/s)', latency: 562.5, downloadThroughput: kbit(1600 * 0.9), uploadThroughput: kbit(750 * 0.9), usableGoalMs: 4000 },
  { name: 'Slow 4G (1125 ms, 630 kbit/s)', latency: 1125, downloadThroughput: kbit(700 * 0.9), uploadThroughput: kbit(700 * 0.9), usableGoalMs: 12_000 },
];
const CPU_SLOWDOWN = 4;
const SECOND_VISIT_GOAL_MS = 2000;
const MACHINE_BYTES_GOAL_KIB = 600;
const TIMEOUT_MS = 180_000;

/** Stage ready, the model's nodes on stage, and a control of the panel that can be pressed. */
const usable = () =>
  document.querySelector('[data-testid="stage"][data-stage-ready="true"]') !== null &&
  (window.gladiStage?.nodeNames().length ?? 0) > 5 &&
  document.querySelector('[data-control] button:not([disabled])') !== null;

/** Bytes received per request while the page runs (CDP, so cached responses count as what came over the wire). */
function countBytes(cdp: CDPSession): { total: () => number; models: () => number; reset: () => void } {
  const urls = new Map<string, string>();
  let total = 0;
  let models = 0;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
    if (urls.get(e.requestId)?.endsWith('.glb.gz')) models += e.encodedDataLength;
  });
  return { total: () => total, models: () => models, reset: () => ((total = 0), (models = 0)) };
}

async function throttled(browser: Browser, link: Link): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: link.latency, downloadThroughput: link.downloadThroughput, uploadThroughput: link.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { page, cdp, close: () => context.close() };
}

async function timeToUsable(page: Page, url: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(url, { timeout: TIMEOUT_MS });
  await page.waitForFunction(usable, null, { timeout: TIMEOUT_MS, polling: 50 });
  return Date.now() - t0;
}

export const network: BenchPart = {
  name: 'network',
  async run(): Promise<Row[]> {
    const rows: Row[] = [];
    const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    const base = `http://127.0.0.1:${address.port}/`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      for (const link of LINKS) {
        for (const m of await loadMachineModules()) {
          const { page, cdp, close } = await throttled(browser, link);
          try {
            const bytes = countBytes(cdp);
            const url = `${base}?machine=${m.id}&mode=free&lang=id`;
            const first = await timeToUsable(page, url);
            await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS }).catch(() => undefined);
            if (link === LINKS[0]) {
              rows.push(row(`${m.id}: bytes on the wire, first visit (model ${(bytes.models() / 1024).toFixed(0)} KiB)`, bytes.total() / 1024, MACHINE_BYTES_GOAL_KIB, 'KiB'));
            }
            rows.push(row(`${m.id}: usable, ${link.name}, ${CPU_SLOWDOWN}× CPU, first visit`, first, link.usableGoalMs, 'ms'));
            bytes.reset();
            const second = await timeToUsable(page, url);
            rows.push(row(`${m.id}: usable, ${link.name}, ${CPU_SLOWDOWN}× CPU, second visit (${(bytes.total() / 1024).toFixed(0)} KiB)`, second, SECOND_VISIT_GOAL_MS, 'ms'));
          } finally {
            await close();
          }
        }
      }
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    }
    return rows;
  },
};
