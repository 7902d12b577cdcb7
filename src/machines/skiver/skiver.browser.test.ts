import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../../tests/browser/harness.ts';
import { nodePoints, panel, tags, waitForTag } from '../../../tests/browser/gladiPage.ts';
import { TREADLE_LIGHT } from './constants.ts';
import { SKIVER_NODES as N } from './nodes.ts';

/**
 * The skiver in Chromium: a part skived by dragging the treadle on the model and through the panel,
 * and the wrong paths (guard open, the page hidden or the window left with the pedal down, a
 * second finger, the e-stop). Verdicts wait for states, tags, status keys and step attributes.
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 720 });
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

const WAIT = 60_000;
const statusKey = (page: Page) => page.getAttribute('[data-testid="status"]', 'data-status-key');
const value = async (page: Page, control: string) => Number(await page.getAttribute(`[data-control="${control}"]`, 'data-value'));
const stepDone = (step: string) => `[data-step="${step}"][data-step-done="true"]`;
const hinted = (page: Page) =>
  page.$$eval('[data-control][data-hint]', (els) => els.map((el) => ({ control: el.getAttribute('data-control') ?? '', value: el.getAttribute('data-hint-value') })));

async function open(page: Page, mode: 'free' | 'guided', lang = 'en'): Promise<void> {
  await page.goto(`${hx.baseUrl}?machine=skiver&lang=${lang}&mode=${mode}`);
  await page.waitForSelector(`[data-machine="skiver"][data-mode="${mode}"]`);
  await page.waitForFunction((name) => window.gladiStage?.nodeNames().includes(name) ?? false, N.treadle, { timeout: WAIT });
}

async function waitForStatus(page: Page, key: string, timeout = WAIT): Promise<void> {
  await page.waitForFunction((k) => document.querySelector('[data-testid="status"]')?.getAttribute('data-status-key') === k, key, { timeout });
}

/** Moves a panel slider to `target` with the arrow keys, one step at a time (it keeps the focus). */
async function slideTo(page: Page, control: string, target: number): Promise<void> {
  const input = page.locator(`[data-control="${control}"] input[type="range"]`);
  await input.focus();
  for (let i = 0; i < 100; i++) {
    const now = await value(page, control);
    if (Math.abs(now - target) < 1e-6) return;
    await input.press(now < target ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction(([c, v]) => document.querySelector(`[data-control="${c}"]`)?.getAttribute('data-value') !== v, [control, String(now)] as const);
  }
  throw new Error(`slider ${control} did not reach ${target}`);
}

/** What the guided steps' progress looks like (the state, the hints, the steps done). */
const progress = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-machine]');
    const hints = [...document.querySelectorAll('[data-control][data-hint]')].map((e) => `${e.getAttribute('data-control')}=${e.getAttribute('data-hint-value')}`);
    return `${root?.getAttribute('data-state')}|${hints.join(',')}|${document.querySelectorAll('[data-step-done="true"]').length}`;
  });

/**
 * Does what the guided hints say through the panel (sliders with the arrow keys, a treadle held
 * while it feeds and let go with Escape) until `stop` says the hint is the one the test does itself.
 */
async function followPanelHints(page: Page, stop: (h: { control: string; value: string | null }) => Promise<boolean>, maxActions = 200): Promise<void> {
  for (let i = 0; i < maxActions; i++) {
    const hints = await hinted(page);
    const h = hints[0];
    if (!h) {
      await page.waitForTimeout(150); // the machine is working (the trial feeding); hints come back
      continue;
    }
    if (await stop(h)) return;
    const before = await progress(page);
    if (h.control === 'treadle' && Number(h.value) === 0) await page.locator('[data-control="treadle"] input').press('Escape');
    else if ((await page.locator(`[data-control="${h.control}"] input[type="range"]`).count()) > 0) await slideTo(page, h.control, Number(h.value));
    else await panel(page, h.control, h.value ?? undefined);
    await page.waitForFunction((b) => {
      const root = document.querySelector('[data-machine]');
      const hs = [...document.querySelectorAll('[data-control][data-hint]')].map((e) => `${e.getAttribute('data-control')}=${e.getAttribute('data-hint-value')}`);
      return `${root?.getAttribute('data-state')}|${hs.join(',')}|${document.querySelectorAll('[data-step-done="true"]').length}` !== b;
    }, before, { timeout: 5000 }).catch(() => undefined);
  }
  throw new Error('followPanelHints: too many actions');
}

/** Guided, up to the part under the lowered foot with the treadle hinted (a light pedal). */
async function guidedUpToThePart(page: Page, lang = 'en'): Promise<void> {
  await open(page, 'guided', lang);
  // The trial strip is skived through the panel too; the part's light pedal is the test's own.
  await followPanelHints(page, async (h) => h.control === 'treadle' && Number(h.value) > 0 && (await page.$(stepDone('loadPart'))) !== null);
  await page.waitForSelector(stepDone('loadPart'));
  await page.waitForSelector(stepDone('measureTrial'));
  expect(await statusKey(page)).toBe('status.pressPedalPart');
}

/** Where the leather piece is on screen (it moves right to left as the roller feeds it). */
const leatherX = (page: Page) => page.evaluate((n) => window.gladiStage?.screenPosition(n)?.x ?? null, N.leather);

describe('skiver in Chromium', () => {
  it('guided: the part is skived by dragging the treadle on the model, hand on the guide; release stops it', async () => {
    const { page } = hx;
    await guidedUpToThePart(page);
    expect(await value(page, 'guideOffset')).toBe(0);
    const [treadle] = await nodePoints(page, N.treadle);
    const x0 = await leatherX(page);
    if (x0 === null) throw new Error('no leather piece on stage');
    // The foot presses the treadle: down on its node, a light push (TREADLE_LIGHT of its travel), held.
    await page.mouse.move(treadle!.x, treadle!.y);
    await page.mouse.down();
    for (let dy = 8; dy <= TREADLE_LIGHT * 160; dy += 8) await page.mouse.move(treadle!.x, treadle!.y + dy);
    await waitForTag(page, 'knifeTurning', true, WAIT);
    await page.waitForSelector(`[data-control="treadle"][data-value="${TREADLE_LIGHT}"]`);
    // The piece feeds: the edge goes through to its end while the pedal is held.
    await waitForTag(page, 'edgeThrough', true, WAIT);
    expect(await statusKey(page)).toBe('status.edgeDoneRelease');
    // ...and the piece on the model has moved right to left under the knife.
    await page.waitForFunction(([n, x]) => (window.gladiStage?.screenPosition(n as string)?.x ?? x) < (x as number) - 5, [N.leather, x0] as const, { timeout: WAIT });
    await page.waitForSelector(stepDone('feedPart'));
    // Let go: the pedal springs back and the head stops.
    await page.mouse.up();
    await waitForTag(page, 'knifeTurning', false, WAIT);
    expect(await value(page, 'treadle')).toBe(0);
    await page.waitForSelector(stepDone('releasePedal'));
    expect(await statusKey(page)).toBe('status.inspectSkive');
    // Inspect the skive (the hint says so), on the panel.
    expect((await hinted(page)).map((h) => h.control)).toContain('skive');
    await panel(page, 'skive');
    await page.waitForSelector(stepDone('inspectSkive'));
    await waitForStatus(page, 'status.result.good');
    expect(await tags(page)).toContain('edgeThrough');
    expect(await tags(page)).not.toContain('fault');
    await page.screenshot({ path: 'test-results/skiver-dragged-1280.png' });
    expect(hx.errors).toEqual([]);
  });

  it('guided: the same skive through the panel, treadle slider and hand slider; letting go rests the treadle at once', async () => {
    const { page } = hx;
    await guidedUpToThePart(page);
    // The hand holds the edge 0.6 mm off the guide; the foot presses the treadle slider a little (pointer held).
    await slideTo(page, 'guideOffset', 0.6);
    // The slider says the value once, with its unit once.
    expect(await page.textContent('[data-control="guideOffset"] output')).toBe('0.6 mm');
    await page.locator('[data-control="treadle"] input').scrollIntoViewIfNeeded();
    const track = await page.locator('[data-control="treadle"] input').boundingBox();
    if (!track) throw new Error('no treadle slider');
    // The thumb taken at rest (left end) and slid a quarter of the way, held there.
    const y = track.y + track.height / 2;
    await page.mouse.move(track.x + track.height / 2, y);
    await page.mouse.down();
    for (let f = 0.05; f <= 0.25; f += 0.05) await page.mouse.move(track.x + track.width * f, y);
    await waitForTag(page, 'knifeTurning', true, WAIT);
    await waitForStatus(page, 'status.offGuide');
    expect(await page.textContent('[data-testid="status"]')).toContain('0.6 mm off the guide');
    // Pointer up: the treadle is at rest at once (sent in the pointerup itself, not a 200 ms sample
    // interval later) and the head stops; the status bar renders synchronously with the session.
    await page.mouse.up();
    expect(await tags(page)).not.toContain('knifeTurning');
    expect(await value(page, 'treadle')).toBe(0);
    // The edge back on the guide, then the keyboard: arrows press the treadle, Escape lets go.
    await slideTo(page, 'guideOffset', 0);
    await waitForStatus(page, 'status.pressPedalPart');
    await slideTo(page, 'treadle', TREADLE_LIGHT);
    await waitForTag(page, 'edgeThrough', true, WAIT);
    await page.waitForSelector(stepDone('feedPart'));
    await page.locator('[data-control="treadle"] input').press('Escape');
    expect(await tags(page)).not.toContain('knifeTurning');
    expect(await value(page, 'treadle')).toBe(0);
    await page.waitForSelector(stepDone('releasePedal'));
    await panel(page, 'skive');
    await page.waitForSelector(stepDone('inspectSkive'));
    // 0.6 mm off the guide for a while is within the width tolerance: still a good skive.
    await waitForStatus(page, 'status.result.good');
    await page.screenshot({ path: 'test-results/skiver-panel-1280.png' });
    expect(hx.errors).toEqual([]);
  });

  it('wrong paths: guard open refuses the motor; hiding the page, leaving the window, a second finger and the e-stop stop the head', async () => {
    const { page } = hx;
    await open(page, 'free');
    await panel(page, 'knifeGuard', 'open');
    await panel(page, 'motorSwitch', 'on');
    await page.waitForSelector('[data-testid="refusal"][data-refusal-key="refusal.guardOpen"]');
    expect(await page.textContent('[data-testid="refusal"]')).toContain('Knife guard open');
    expect(await tags(page)).not.toContain('motorRunning');
    await panel(page, 'knifeGuard', 'closed');
    await panel(page, 'motorSwitch', 'on');
    await waitForTag(page, 'motorRunning');
    await panel(page, 'footLever', 'up');
    await panel(page, 'piece', 'part');
    await panel(page, 'footLever', 'down');
    await waitForStatus(page, 'status.pressPedalPart');
    const [treadle] = await nodePoints(page, N.treadle);
    const t = treadle!;
    /** The mouse presses the treadle on the model a little (a slow feed) and holds it. */
    const holdTreadle = async () => {
      await page.mouse.move(t.x, t.y);
      await page.mouse.down();
      for (let dy = 4; dy <= 16; dy += 4) await page.mouse.move(t.x, t.y + dy);
      await waitForTag(page, 'knifeTurning', true, WAIT);
    };
    const stopped = async () => {
      await waitForTag(page, 'knifeTurning', false, WAIT);
      expect(await value(page, 'treadle')).toBe(0);
    };

    // The page hidden (another app in front, the screen off): the treadle let go, the session pauses.
    // Headless Chromium keeps a background tab "visible", so the document says hidden and tells it.
    await holdTreadle();
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        if (h) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        else delete (document as unknown as { visibilityState?: string }).visibilityState;
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    await page.waitForSelector('[data-testid="paused"]');
    await setHidden(false);
    await page.mouse.up();
    await stopped();
    await page.click('[data-testid="resume"]');
    await page.waitForSelector('[data-testid="paused"]', { state: 'detached' });
    expect(await tags(page)).not.toContain('knifeTurning');

    // The window loses focus (another app in front) during the drag.
    await holdTreadle();
    await page.evaluate(() => window.dispatchEvent(new FocusEvent('blur')));
    await stopped();
    await page.mouse.up();

    // A finger drags the treadle down; a second finger on the 3D view ends the drag.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: t.x, y: t.y, id: 1 }] });
    for (let dy = 4; dy <= 16; dy += 4) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: t.x, y: t.y + dy, id: 1 }] });
    await waitForTag(page, 'knifeTurning', true, WAIT);
    const stage = await page.locator('[data-testid="stage"] canvas').boundingBox();
    if (!stage) throw new Error('no stage');
    const second = { x: stage.x + stage.width * 0.15, y: stage.y + stage.height * 0.15, id: 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: t.x, y: t.y + 16, id: 1 }, second] });
    await stopped();
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp.detach();

    // The e-stop (by keyboard, the mouse still holding the treadle) stops the knife.
    await holdTreadle();
    await page.locator('[data-control="estop"] button').first().press('Enter');
    await waitForTag(page, 'estop');
    await waitForTag(page, 'knifeTurning', false, WAIT);
    expect(await tags(page)).not.toContain('motorRunning');
    expect(await statusKey(page)).toBe('status.estop');
    await page.mouse.up();
    await page.screenshot({ path: 'test-results/skiver-estop-1280.png' });
    expect(hx.errors).toEqual([]);
  });
});

describe('skiver on a tablet and a phone', () => {
  it.each([
    ['tablet-1024x600', { width: 1024, height: 600 }],
    ['phone-412x915', { width: 412, height: 915 }],
  ] as const)('%s (touch, Bahasa Indonesia): guided up to the part, the treadle on the model is on the stage', async (name, viewport) => {
    const main = hx;
    hx = await openHarness({ viewport, touch: true });
    try {
      const { page } = hx;
      await guidedUpToThePart(page, 'id');
      const [treadle] = await nodePoints(page, N.treadle);
      const stage = await page.locator('[data-testid="stage"] canvas').boundingBox();
      if (!stage || !treadle) throw new Error('no stage');
      expect(treadle.x).toBeGreaterThan(stage.x);
      expect(treadle.x).toBeLessThan(stage.x + stage.width);
      expect(treadle.y).toBeGreaterThan(stage.y);
      expect(treadle.y).toBeLessThan(stage.y + stage.height);
      await page.screenshot({ path: `test-results/skiver-${name}.png` });
      await page.screenshot({ path: `test-results/skiver-${name}-full.png`, fullPage: true });
      expect(hx.errors).toEqual([]);
    } finally {
      await hx.close();
      hx = main;
    }
  });
});
