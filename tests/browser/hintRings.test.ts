import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import type { Page } from 'playwright-core';
import { panel } from './gladiPage.ts';
import { PRESS, SOLE } from './machinesUnderTest.ts';

const CP = PRESS.nodes;
const SP = SOLE.nodes;

/**
 * Guided mode rings the parts to operate next. The ring sits over the canvas, so it must let the
 * tap through: the glowing part is exactly what the trainee is meant to touch.
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
});
afterAll(async () => hx?.close());

/** Waits until the ring on `node` is shown and the part stands still, then returns where it is. */
async function ringedPoint(page: Page, node: string): Promise<{ x: number; y: number }> {
  await page.waitForSelector(`[data-hint-node="${node}"]`, { timeout: 30_000 });
  await page.waitForFunction(
    (n) => {
      const w = window as unknown as { __aim?: string };
      const p = window.gladiStage?.screenPosition(n);
      const now = JSON.stringify(p);
      const still = w.__aim === now;
      w.__aim = now;
      return still && p && p.x > 0 && p.y > 0 && p.x < innerWidth && p.y < innerHeight;
    },
    node,
    { timeout: 30_000, polling: 250 },
  );
  const p = await page.evaluate((n) => window.gladiStage?.screenPosition(n) ?? null, node);
  if (!p) throw new Error(`${node} is not on stage`);
  // What a finger lands on there: the canvas, not the ring drawn over it.
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName ?? null, p);
  expect(hit).toBe('CANVAS');
  return p;
}

const stepDone = (step: string) => `[data-step="${step}"][data-step-done="true"]`;

/**
 * Taps until `doneSelector` appears. The stage may still be settling its layout right after the
 * model appears (a tap then lands beside the part); with the ring swallowing taps, no tap ever counts.
 */
async function tapUntil(page: Page, doneSelector: string, tap: () => Promise<void>): Promise<void> {
  const done = async () => (await page.$(doneSelector)) !== null;
  for (let i = 0; i < 10 && !(await done()); i++) {
    await tap();
    await page.waitForSelector(doneSelector, { timeout: 1500 }).catch(() => undefined);
  }
  if (!(await done())) await page.screenshot({ path: 'test-results/hint-ring-tap-failed.png' });
  expect(await done()).toBe(true);
}

/** The pre-checks done on the panel as hinted; the glow moves on to the air line valve (a large part to aim at). */
async function airValveRinged(page: Page): Promise<{ x: number; y: number }> {
  await page.waitForSelector(`[data-machine="${SOLE.id}"]`);
  for (let i = 0; i < 12; i++) {
    const hinted = await page.$$eval('[data-control][data-hint]', (els) => els.map((el) => el.getAttribute('data-control') ?? ''));
    if (hinted.includes('airLineValve')) break;
    if (hinted[0]) await panel(page, hinted[0]);
    else await page.waitForTimeout(200);
  }
  return ringedPoint(page, SP.airLineValve);
}

describe('a hint ring never swallows the tap on the part it highlights', () => {
  it('clicking press: the ringed oil sight glass answers a mouse click', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=guided&lang=id`);
    const oil = await ringedPoint(page, CP.oilSightGlass);
    await tapUntil(page, stepDone('checkOil'), () => page.mouse.click(oil.x, oil.y));
    expect(hx.errors).toEqual([]);
  });

  it('sole press: the ringed air valve answers a mouse click', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${SOLE.id}&mode=guided&lang=id`);
    const valve = await airValveRinged(page);
    await tapUntil(page, stepDone('openAir'), () => page.mouse.click(valve.x, valve.y));
  });

  it('sole press: the ringed air valve answers a touch tap', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${SOLE.id}&mode=guided&lang=id`);
    const valve = await airValveRinged(page);
    // A real touch (touchstart/touchend and the pointer events a tablet makes), not a mouse click.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await tapUntil(page, stepDone('openAir'), async () => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: valve.x, y: valve.y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp.detach();
    expect(hx.errors).toEqual([]);
  });
});
