import type { Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineCatalogue } from '../../src/machines/catalogue.ts';
import { openHarness, type Harness } from './harness.ts';
import { PRESS } from './machinesUnderTest.ts';
import { modelFileUrl } from '../../src/engine/modelFile.ts';

/**
 * Issue 12, the network half: opening a machine starts its downloads together instead of one
 * after another, the home and the machine screen carry no zod, and an idle home on a fast link
 * fetches the machines ahead. Verdicts come from the order of requests, never from timings.
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 720 });
});
afterAll(async () => hx?.close());

const ROUTE_CHUNK = /\/assets\/MachineRoute-[^/]+\.js$/;
const STAGE_CHUNK = /\/assets\/MachineStage-[^/]+\.js$/;
const VIEW_CHUNK = /\/assets\/view-[^/]+\.js$/;
const MODEL = (id: string) => new RegExp(`/models/${id}\\.glb\\.gz$`);
/** A string zod's code always carries (its error class name); no other code of the app has it. */
const ZOD_MARK = 'ZodError';

/** Every script text the page receives while `run` runs. */
async function scriptsDuring(page: Page, run: () => Promise<void>): Promise<string[]> {
  const texts: Promise<string>[] = [];
  const seen = (r: Response) => void (r.url().endsWith('.js') && texts.push(r.text().catch(() => '')));
  page.on('response', seen);
  try {
    await run();
  } finally {
    page.off('response', seen);
  }
  return Promise.all(texts);
}

describe('opening a machine (Chromium, production build)', () => {
  it('the home carries no zod', async () => {
    const { page } = hx;
    const scripts = await scriptsDuring(page, async () => {
      await page.goto(`${hx.baseUrl}?lang=id`);
      await page.waitForSelector('[data-machine-card]');
      await page.waitForLoadState('networkidle');
    });
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.includes(ZOD_MARK))).toEqual([]);
  });

  it('starts the stage, the view and the model while the machine screen’s own code is still on its way', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.waitForSelector(`[data-open-machine="${PRESS.id}"]`);
    // The machine screen's chunk is held back: whatever starts now is not waiting for it to run.
    const requested: string[] = [];
    const onRequest = (r: Request) => requested.push(r.url());
    page.on('request', onRequest);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const passed: Promise<void>[] = [];
    await page.route(ROUTE_CHUNK, (route) => {
      const pass = held.then(() => route.continue());
      passed.push(pass);
      return pass;
    });
    try {
      await page.click(`[data-open-machine="${PRESS.id}"][data-open-mode="free"]`);
      await expect
        .poll(() => [STAGE_CHUNK, VIEW_CHUNK, MODEL(PRESS.id)].map((r) => requested.some((u) => r.test(u))), { timeout: 30_000, interval: 100 })
        .toEqual([true, true, true]);
      expect(requested.some((u) => ROUTE_CHUNK.test(u))).toBe(true);
    } finally {
      release();
      await Promise.all(passed);
      await page.unroute(ROUTE_CHUNK);
      page.off('request', onRequest);
    }
    await page.waitForSelector(`[data-machine="${PRESS.id}"] [data-testid="stage"][data-stage-ready="true"]`, { timeout: 60_000 });
    await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, undefined, { timeout: 60_000 });
    // One download of the model: the loader used the early one.
    expect(requested.filter((u) => MODEL(PRESS.id).test(u))).toHaveLength(1);
  });

  it('the machine screen carries no zod (bundled drills are checked by the tests, not on opening)', async () => {
    const { page } = hx;
    const scripts = await scriptsDuring(page, async () => {
      await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=id`);
      await page.waitForSelector(`[data-machine="${PRESS.id}"] [data-testid="stage"][data-stage-ready="true"]`, { timeout: 60_000 });
      await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, undefined, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
    });
    expect(scripts.filter((s) => s.includes(ZOD_MARK))).toEqual([]);
  });

  it('an idle home on a fast link fetches every machine’s model ahead, once each', async () => {
    const { page } = hx;
    const models: string[] = [];
    const onRequest = (r: Request) => void (r.url().endsWith('.glb.gz') && models.push(new URL(r.url()).pathname));
    page.on('request', onRequest);
    try {
      await page.goto(`${hx.baseUrl}?lang=id`);
      const wanted = machineCatalogue.map((m) => `/${modelFileUrl(m.id)}`).sort();
      await expect.poll(() => [...models].sort(), { timeout: 60_000, interval: 250 }).toEqual(wanted);
      await page.click(`[data-open-machine="${PRESS.id}"][data-open-mode="free"]`);
      await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, undefined, { timeout: 60_000 });
      expect([...models].sort()).toEqual(wanted); // opening it fetched nothing again
    } finally {
      page.off('request', onRequest);
    }
    expect(hx.errors).toEqual([]);
  });
});
