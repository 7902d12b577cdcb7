import { mkdirSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel, waitForState, waitForTag, nodePoints } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';

const N = PRESS.nodes;

/**
 * Two fingers on a touch tablet (1024×600): the two-hand buttons are held, not toggled, on the
 * panel and on the 3D model. The 0.5 s rule is judged on the touch events' own time stamps, so
 * "together" is one touch event with two fingers (same stamp on any machine) and "apart" waits
 * until the page's clock is 600 ms past the first finger's stamp (a slow machine only adds time).
 */
let hx: Harness;
let cdp: CDPSession;
beforeAll(async () => {
  hx = await openHarness({ width: 1024, height: 600 }, { touch: true });
  cdp = await hx.context.newCDPSession(hx.page);
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

type Point = { x: number; y: number; id: number };
const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: Point[]) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints });

/** Records every chart state shown and every finger put down (with its event time stamp), from now on. */
async function record(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __states: string[]; __downs: number[]; __recording?: boolean };
    w.__states = [];
    w.__downs = [];
    if (w.__recording) return;
    w.__recording = true;
    const rootEl = document.querySelector('[data-machine]')!;
    new MutationObserver(() => w.__states.push(rootEl.getAttribute('data-state') ?? '')).observe(rootEl, { attributeFilter: ['data-state'] });
    window.addEventListener('pointerdown', (e) => e.pointerType === 'touch' && w.__downs.push(e.timeStamp), true);
  });
}
const seen = (page: Page, fragment: string) => page.evaluate((f) => (window as unknown as { __states: string[] }).__states.some((s) => s.includes(f)), fragment);
const fingersDown = (page: Page) => page.evaluate(() => (window as unknown as { __downs: number[] }).__downs.length);

/** Waits until the page's own clock is `ms` past the last finger's event time stamp. */
async function waitPastLastDown(page: Page, ms: number): Promise<void> {
  await page.waitForFunction((gap) => {
    const downs = (window as unknown as { __downs: number[] }).__downs;
    return downs.length > 0 && performance.now() > downs[downs.length - 1]! + gap;
  }, ms);
}

const pressed = (page: Page, control: string) => page.getAttribute(`[data-control="${control}"] button`, 'aria-pressed');

async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(600);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('two fingers on the two-hand buttons (touch tablet)', () => {
  it('sets up: power, pump, arm over the die', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=id`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    for (const c of ['floorMark', 'oilSightGlass', 'board', 'dieRack']) await panel(page, c);
    await panel(page, 'mainSwitch', 'on');
    await panel(page, 'pumpStart');
    await waitForTag(page, 'ready');
    await panel(page, 'arm', 'overDie');
    await waitForState(page, '"overDie"');
    // How to hold two buttons is written next to them, not hidden in a hover tooltip.
    const help = page.locator('[data-testid="hold-help"]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('dua jari');
    expect(await page.$$eval('[data-control^="button"] button[title]', (b) => b.length)).toBe(0);
    await record(page);
  });

  it('panel: two fingers together make a stroke; lifting them releases both', async () => {
    const { page } = hx;
    await page.locator('[data-control="buttonLeft"]').scrollIntoViewIfNeeded();
    const l = await centre(page, '[data-control="buttonLeft"] button');
    const r = await centre(page, '[data-control="buttonRight"] button');
    await touch('touchStart', [{ ...l, id: 1 }, { ...r, id: 2 }]);
    await page.waitForFunction(() => (window as unknown as { __states: string[] }).__states.some((s) => s.includes('"stroke"')));
    expect(await pressed(page, 'buttonLeft')).toBe('true');
    expect(await pressed(page, 'buttonRight')).toBe('true');
    await touch('touchEnd', []);
    await waitForTag(page, 'ready');
    // The fingers' trailing clicks did not toggle the buttons back on.
    expect(await pressed(page, 'buttonLeft')).toBe('false');
    expect(await pressed(page, 'buttonRight')).toBe('false');
    await page.screenshot({ path: 'test-results/touch-panel.png' });
  });

  it('panel: the second finger 600 ms after the first is refused (0.5 s rule)', async () => {
    const { page } = hx;
    await record(page);
    const l = await centre(page, '[data-control="buttonLeft"] button');
    const r = await centre(page, '[data-control="buttonRight"] button');
    await touch('touchStart', [{ ...l, id: 1 }]);
    await waitPastLastDown(page, 600);
    await touch('touchStart', [{ ...l, id: 1 }, { ...r, id: 2 }]);
    await waitForState(page, '"blocked"');
    expect(await fingersDown(page)).toBe(2);
    expect(await seen(page, '"stroke"')).toBe(false);
    expect(await page.getAttribute('[data-testid="status"]', 'data-status-key')).toBe('status.blockedNotTogether');
    await touch('touchEnd', []);
    await waitForTag(page, 'ready');
  });

  it('model: two fingers together on the 3D buttons make a stroke and do not move the camera', async () => {
    const { page } = hx;
    await record(page);
    // The die rack stands still whatever the press does: if it moved on screen, the camera did.
    const [l, r, rack] = await nodePoints(page, N.buttonLeft, N.buttonRight, N.dieRack);
    await touch('touchStart', [{ ...l!, id: 1 }, { ...r!, id: 2 }]);
    // Fingers drifting apart on the glass would orbit or zoom the stage if it took the touch.
    for (let d = 10; d <= 60; d += 10) await touch('touchMove', [{ x: l!.x - d, y: l!.y + d, id: 1 }, { x: r!.x + d, y: r!.y + d, id: 2 }]);
    await page.waitForFunction(() => (window as unknown as { __states: string[] }).__states.some((s) => s.includes('"stroke"')));
    expect(await pressed(page, 'buttonLeft')).toBe('true');
    expect(await page.evaluate((n) => window.gladiStage?.screenPosition(n), N.dieRack)).toEqual(rack);
    await touch('touchEnd', []);
    await waitForTag(page, 'ready');
    expect(await pressed(page, 'buttonLeft')).toBe('false');
    expect(await pressed(page, 'buttonRight')).toBe('false');
    await page.screenshot({ path: 'test-results/touch-model.png' });
  });

  it('model: the second finger 600 ms late is refused', async () => {
    const { page } = hx;
    await record(page);
    const [l, r] = await nodePoints(page, N.buttonLeft, N.buttonRight);
    await touch('touchStart', [{ ...l!, id: 1 }]);
    await waitPastLastDown(page, 600);
    await touch('touchStart', [{ ...l!, id: 1 }, { ...r!, id: 2 }]);
    await waitForState(page, '"blocked"');
    expect(await seen(page, '"stroke"')).toBe(false);
    await touch('touchEnd', []);
    await waitForTag(page, 'ready');
    expect(hx.errors).toEqual([]);
  });
});
