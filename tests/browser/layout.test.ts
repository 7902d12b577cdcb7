import { mkdirSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { clickNode, panel } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';

const N = PRESS.nodes;

/** The screens people really have: a laptop, a cheap tablet and a phone (touch, so swipes are real). */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 600 },
  { width: 412, height: 915 },
] as const;
type Size = (typeof SIZES)[number];

let hx: Harness;
let cdp: CDPSession;
beforeAll(async () => {
  hx = await openHarness(SIZES[0], { touch: true });
  cdp = await hx.context.newCDPSession(hx.page);
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

async function open(page: Page, size: Size, search: string): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(`${hx.baseUrl}${search}`);
  await page.waitForSelector('[data-machine]');
}

/** Whole box inside the viewport (1 px slack for sub-pixel rounding). */
async function expectInView(page: Page, selector: string, size: Size): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  expect(box, `${selector} at ${size.width}x${size.height}`).not.toBeNull();
  const b = box!;
  const where = `${selector} at ${size.width}x${size.height}: ${JSON.stringify(b)}`;
  expect(b.x, where).toBeGreaterThanOrEqual(-1);
  expect(b.y, where).toBeGreaterThanOrEqual(-1);
  expect(b.x + b.width, where).toBeLessThanOrEqual(size.width + 1);
  expect(b.y + b.height, where).toBeLessThanOrEqual(size.height + 1);
}

/** Neither the page itself nor its width scrolls: the app scrolls its own panel. */
async function expectNoPageScroll(page: Page, size: Size): Promise<void> {
  const doc = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth }));
  expect(doc, `page at ${size.width}x${size.height}`).toEqual({ h: size.height, w: size.width });
}

const DRILL = `?machine=${PRESS.id}&scenario=${PRESS.faultDrill}&trainer=1&lang=id`;

describe('the status and the fault message stay in view', () => {
  for (const size of SIZES.slice(0, 2)) {
    it(`with the drill briefing and the trainer panel open at ${size.width}x${size.height}`, async () => {
      const { page } = hx;
      await open(page, size, DRILL);
      await page.waitForSelector('[data-testid="drill-panel"]');
      await page.waitForSelector('[data-testid="trainer-panel"]');
      await expectNoPageScroll(page, size);
      await expectInView(page, '[data-testid="status"]', size);
      // A refused action's explanation (the trainee's fault message) shows in view too ...
      await panel(page, 'oilFillCap');
      await page.waitForSelector('[data-testid="refusal"]');
      await expectInView(page, '[data-testid="refusal"]', size);
      // ... and both stay there while the panel is scrolled to its end.
      await page.$eval('[data-testid="side-panel"]', (el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForFunction(() => {
        const el = document.querySelector('[data-testid="side-panel"]')!;
        return el.scrollTop > 0 && el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      });
      await expectInView(page, '[data-testid="status"]', size);
      await expectInView(page, '[data-testid="refusal"]', size);
      // The briefing and the trainer tools fold away.
      await page.click('[data-testid="drill-section"] > summary');
      await page.click('[data-testid="trainer-section"] > summary');
      expect(await page.locator('[data-testid="drill-panel"]').isVisible()).toBe(false);
      expect(await page.locator('[data-testid="trainer-panel"]').isVisible()).toBe(false);
      await page.screenshot({ path: `test-results/layout-drill-${size.width}x${size.height}.png` });
    });
  }

  it('a fault injected by the trainer shows in the status line, in view, at 1024x600', async () => {
    const { page } = hx;
    const size = SIZES[1];
    await open(page, size, DRILL);
    await page.click('[data-inject-fault="lowOil"]');
    await page.waitForFunction(() => document.querySelector('[data-machine]')?.getAttribute('data-tags')?.split(' ').includes('fault'));
    await expectInView(page, '[data-testid="status"]', size);
    expect(await page.getAttribute('[data-testid="status"]', 'class')).toContain('tone-danger');
  });
});

describe('choosers fit on screen', () => {
  for (const size of SIZES) {
    it(`the depth chooser (notches 1-10) and its close button at ${size.width}x${size.height}`, async () => {
      const { page } = hx;
      await open(page, size, `?machine=${PRESS.id}&mode=free&lang=id`);
      await clickNode(page, N.depthHandwheel);
      await page.waitForSelector('[data-testid="pick-popover"]');
      // Placed once its own size is known: wait for it to stand still.
      await page.waitForFunction(() => {
        const w = window as unknown as { __box?: string };
        const now = JSON.stringify(document.querySelector('[data-testid="pick-popover"]')?.getBoundingClientRect());
        const still = w.__box === now;
        w.__box = now;
        return still;
      }, undefined, { polling: 200 });
      const options = page.locator('[data-testid="pick-popover"] .pick-options button');
      expect(await options.count()).toBeGreaterThanOrEqual(9);
      await expectInView(page, '[data-testid="pick-close"]', size);
      await expectInView(page, '[data-testid="pick-popover"] .pick-options button >> nth=-1', size);
      await expectInView(page, '[data-testid="pick-popover"] .pick-options button >> nth=0', size);
      await page.screenshot({ path: `test-results/layout-chooser-${size.width}x${size.height}.png` });
      // The last notch is really usable, not just drawn.
      await options.last().click();
      expect(await page.$('[data-testid="pick-popover"]')).toBeNull();
      expect(await page.getAttribute('[data-control="depth"] output', 'data-value')).toBe('10');
    });
  }
});

describe('on a phone (412x915)', () => {
  it('the model stays visible above a panel that scrolls under a swipe; no page scrollbar', async () => {
    const { page } = hx;
    const size = SIZES[2];
    await open(page, size, `?machine=${PRESS.id}&mode=guided&lang=id`);
    await page.waitForSelector('[data-stage-ready="true"]');
    await expectNoPageScroll(page, size);
    const stage = await page.locator('[data-testid="stage"]').boundingBox();
    expect(stage!.height).toBeGreaterThan(250);
    await expectInView(page, '[data-testid="stage"]', size);
    await expectInView(page, '[data-testid="status"]', size);
    const panelBox = (await page.locator('[data-testid="side-panel"]').boundingBox())!;
    const x = panelBox.x + panelBox.width / 2;
    const from = panelBox.y + panelBox.height - 40;
    // A real finger swipe upwards on the panel, not a scripted scrollTop.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from, id: 1 }] });
    for (let dy = 20; dy <= 300; dy += 20) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from - dy, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction(() => document.querySelector('[data-testid="side-panel"]')!.scrollTop > 100);
    await expectNoPageScroll(page, size);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectInView(page, '[data-testid="stage"]', size);
    await expectInView(page, '[data-testid="status"]', size);
    await page.screenshot({ path: 'test-results/layout-phone-scrolled.png' });
    expect(hx.errors).toEqual([]);
  });

  for (const size of SIZES.slice(0, 2)) {
    it(`the header is one row and the download sits in the stage's corner at ${size.width}x${size.height}: the stage keeps the height`, async () => {
      const { page } = hx;
      await open(page, size, `?machine=${PRESS.id}&mode=guided&lang=id`);
      await page.waitForSelector('[data-offline-machine] [data-testid="offline-download"]');
      const header = (await page.locator('.machine-header').boundingBox())!;
      const back = (await page.locator('[data-testid="back"]').boundingBox())!;
      const lang = (await page.locator('.machine-header > :last-child').boundingBox())!;
      // One row: the last control sits beside the back button, not under it.
      expect(lang.y, `header at ${size.width}x${size.height}`).toBeLessThan(back.y + back.height);
      const stage = (await page.locator('[data-testid="stage"]').boundingBox())!;
      const download = (await page.locator('[data-offline-machine]').boundingBox())!;
      expect(download.y).toBeGreaterThanOrEqual(stage.y - 1);
      expect(download.y + download.height).toBeLessThanOrEqual(stage.y + stage.height);
      expect(stage.y).toBeLessThanOrEqual(header.y + header.height + 1);
      expect(stage.height / size.height).toBeGreaterThan(0.8);
    });
  }

  it('the home screen has no sideways scrolling', async () => {
    const { page } = hx;
    const size = SIZES[2];
    await page.setViewportSize(size);
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.waitForSelector('[data-testid="home"]');
    // It scrolls down like any page; its width is the screen's (less a vertical scrollbar, if shown).
    const doc = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(doc.scroll).toBe(doc.client);
  });
});
