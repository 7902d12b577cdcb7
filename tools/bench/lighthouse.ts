// Lighthouse's mobile performance score (its default config: a mid-range phone, simulated Slow 4G
// and 4× CPU) on the home and on a machine page, with Debian's Chromium through chrome-launcher.
import * as chromeLauncher from 'chrome-launcher';
import lighthouseRun from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM } from '../../tests/browser/harness.ts';
import { loadMachineModules } from '../machineModules.ts';
import { row, type BenchPart, type Row } from './table.ts';

const SCORE_GOAL = 90;
/** SwiftShader, so the machine page has WebGL in a headless Chromium without a GPU. */
const FLAGS = ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-sandbox'];

export const lighthouse: BenchPart = {
  name: 'lighthouse',
  async run(): Promise<Row[]> {
    const rows: Row[] = [];
    const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    const base = `http://127.0.0.1:${address.port}/`;
    const [first] = await loadMachineModules();
    const pages: [string, string][] = [
      ['home', `${base}?lang=id`],
      ...(first ? ([[`${first.id} page`, `${base}?machine=${first.id}&mode=free&lang=id`]] as [string, string][]) : []),
    ];
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
    try {
      for (const [name, url] of pages) {
        const result = await lighthouseRun(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const lhr = result?.lhr;
        const score = (lhr?.categories.performance?.score ?? 0) * 100;
        const audit = (id: string) => lhr?.audits[id]?.numericValue ?? NaN;
        rows.push(row(`Lighthouse mobile performance: ${name}`, score, SCORE_GOAL, '', 'min'));
        rows.push(row(`  ${name}: total blocking time`, audit('total-blocking-time'), null, 'ms'));
        rows.push(row(`  ${name}: largest contentful paint`, audit('largest-contentful-paint'), null, 'ms'));
      }
    } finally {
      await chrome.kill();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    }
    return rows;
  },
};
