import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

/**
 * Opening and leaving machines must not pile up old screens or renderers (issue 12: after 11
 * switches +4,100 DOM nodes and 10 uncollected WebGL contexts). Twenty switches home ↔ machine,
 * through every machine of the catalogue; after a forced garbage collection the DOM node count and
 * the WebGL contexts still alive are compared with the figures after the first round.
 */
const SWITCHES = 20;
/** Margins, far under the leak's size (about 370 nodes and one context per switch). */
const NODE_MARGIN = 600;
/** The open stage's context, and one the last stage closed that fiber frees a moment after unmount. */
const LIVE_CONTEXTS_MAX = 2;

let hx: Harness;
let cdp: CDPSession;
beforeAll(async () => {
  hx = await openHarness({ width: 1024, height: 640 });
  // Every WebGL context the page makes, held weakly: alive after a collection means something keeps it.
  await hx.context.addInitScript(() => {
    const made: WeakRef<object>[] = [];
    const w = window as unknown as { __glContexts: () => number };
    w.__glContexts = () => made.filter((r) => r.deref() !== undefined).length;
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      const ctx = (original as (...a: unknown[]) => RenderingContext | null).apply(this, args);
      if (ctx && String(args[0]).startsWith('webgl')) made.push(new WeakRef(ctx));
      return ctx;
    } as typeof original;
  });
  cdp = await hx.context.newCDPSession(hx.page);
});
afterAll(async () => hx?.close());

async function measure(page: Page): Promise<{ nodes: number; contexts: number }> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  const contexts = await page.evaluate(() => (window as unknown as { __glContexts: () => number }).__glContexts());
  return { nodes, contexts };
}

async function openAndLeave(page: Page, id: string): Promise<void> {
  await page.click(`[data-open-machine="${id}"][data-open-mode="free"]`);
  // Locators, not waitForSelector: an element handle kept by the test would itself hold the old screen.
  await page.locator(`[data-machine="${id}"] [data-testid="stage"][data-stage-ready="true"]`).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, null, { timeout: 60_000 });
  await page.click('[data-testid="back"]');
  await page.locator('[data-testid="home"]').waitFor();
}

describe('switching machines', () => {
  it(`${SWITCHES} switches home ↔ machine keep DOM nodes and live WebGL contexts flat`, async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.locator('[data-machine-card]').first().waitFor();
    const ids = await page.$$eval('[data-machine-card]', (els) => els.map((e) => e.getAttribute('data-machine-card') ?? ''));
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) await openAndLeave(page, id); // every chunk, model and cache warmed
    const first = await measure(page);
    for (let i = ids.length; i < SWITCHES; i++) await openAndLeave(page, ids[i % ids.length]!);
    const last = await measure(page);
    console.log(`after ${ids.length} switches`, first, `after ${SWITCHES}`, last);
    expect(last.nodes, 'DOM nodes after the switches').toBeLessThanOrEqual(first.nodes + NODE_MARGIN);
    expect(last.contexts, 'WebGL contexts still alive').toBeLessThanOrEqual(LIVE_CONTEXTS_MAX);
    expect(hx.errors).toEqual([]);
  });
});
