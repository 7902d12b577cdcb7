import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../../tests/browser/harness.ts';
import { clickNode, nodePoints, panel, slideTo, tags, waitForTag } from '../../../tests/browser/gladiPage.ts';
import { PRESSURE_LIGHT } from './constants.ts';
import { ROUGHING_NODES as N } from './nodes.ts';

/**
 * The roughing machine in Chromium: one shoe roughed through the panel and through the model
 * (the protective equipment taken off its hook and the shoe pressed to the wheel by a drag on the
 * model), and the wrong paths (the stone refused with the extraction on, the e-stop while roughing).
 * Verdicts wait for tags, status keys and step attributes.
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
  await page.goto(`${hx.baseUrl}?machine=roughing&lang=${lang}&mode=${mode}`);
  await page.waitForSelector(`[data-machine="roughing"][data-mode="${mode}"]`);
  await page.waitForFunction((name) => window.gladiStage?.nodeNames().includes(name) ?? false, N.spindle, { timeout: WAIT });
}

async function waitForStatus(page: Page, key: string, timeout = WAIT): Promise<void> {
  await page.waitForFunction((k) => document.querySelector('[data-testid="status"]')?.getAttribute('data-status-key') === k, key, { timeout });
}

const progress = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-machine]');
    const hints = [...document.querySelectorAll('[data-control][data-hint]')].map((e) => `${e.getAttribute('data-control')}=${e.getAttribute('data-hint-value')}`);
    return `${root?.getAttribute('data-state')}|${hints.join(',')}|${document.querySelectorAll('[data-step-done="true"]').length}`;
  });

/** Does what the guided hints say through the panel until `stop` says the hint is the test's own. */
async function followPanelHints(page: Page, stop: (h: { control: string; value: string | null }) => Promise<boolean> | boolean, maxActions = 120): Promise<void> {
  for (let i = 0; i < maxActions; i++) {
    const h = (await hinted(page))[0];
    if (!h) {
      await page.waitForTimeout(150);
      continue;
    }
    if (await stop(h)) return;
    const before = await progress(page);
    if ((await page.locator(`[data-control="${h.control}"] input[type="range"]`).count()) > 0) await slideTo(page, h.control, Number(h.value));
    else await panel(page, h.control, h.value ?? undefined);
    await page.waitForFunction((b) => {
      const root = document.querySelector('[data-machine]');
      const hs = [...document.querySelectorAll('[data-control][data-hint]')].map((e) => `${e.getAttribute('data-control')}=${e.getAttribute('data-hint-value')}`);
      return `${root?.getAttribute('data-state')}|${hs.join(',')}|${document.querySelectorAll('[data-step-done="true"]').length}` !== b;
    }, before, { timeout: 5000 }).catch(() => undefined);
  }
  throw new Error('followPanelHints: too many actions');
}

const pressureHinted = (h: { control: string; value: string | null }) => h.control === 'pressure' && Number(h.value) > 0;

describe('roughing machine in Chromium', () => {
  it('guided through the panel: protection, extraction before the spindle, one shoe with light pressure, shutdown', async () => {
    const { page } = hx;
    await open(page, 'guided');
    await followPanelHints(page, pressureHinted);
    // Extraction first, then the spindle: both steps ticked, the wheel forward.
    await page.waitForSelector(stepDone('extractionOn'));
    await page.waitForSelector(stepDone('spindleOn'));
    await page.waitForSelector(stepDone('setForward'));
    expect(await statusKey(page)).toBe('status.pressShoe');
    // A light, even pressure with the keyboard, held while the wheel works along the margin.
    await slideTo(page, 'pressure', PRESSURE_LIGHT);
    await waitForTag(page, 'wheelContact', true, WAIT);
    await waitForTag(page, 'bandRoughed', true, WAIT);
    await page.waitForSelector(stepDone('roughMargin'));
    await page.locator('[data-control="pressure"] input').press('Escape');
    expect(await value(page, 'pressure')).toBe(0);
    await page.waitForSelector(stepDone('releasePressure'));
    await panel(page, 'band');
    await waitForStatus(page, 'status.result.good');
    // The rest by the hints: shoe down, spindle off, ledge brushed, extraction off, bag emptied.
    await followPanelHints(page, () => false, 20).catch(() => undefined);
    await waitForTag(page, 'complete', true, WAIT);
    await page.screenshot({ path: 'test-results/roughing-panel-1280.png' });
    expect(hx.errors).toEqual([]);
  });

  it('through the model: the protection taken off its hook, the shoe pressed to the wheel by a drag; letting go stops the work', async () => {
    const { page } = hx;
    await open(page, 'guided');
    // The three items on the hook, clicked on the model.
    await clickNode(page, N.earMuffs);
    await page.waitForSelector(stepDone('wearEarMuffs'));
    await clickNode(page, N.safetyGlasses);
    await page.waitForSelector(stepDone('wearSafetyGlasses'));
    await clickNode(page, N.dustMask);
    await page.waitForSelector(stepDone('wearDustMask'));
    await followPanelHints(page, pressureHinted);
    await waitForTag(page, 'spindleRunning', true, WAIT);
    // The hand presses the shoe onto the wheel: down on its node and a drag down, held.
    const [shoe] = await nodePoints(page, N.shoe);
    await page.mouse.move(shoe!.x, shoe!.y);
    await page.mouse.down();
    for (let dy = 8; dy <= PRESSURE_LIGHT * 160; dy += 8) await page.mouse.move(shoe!.x, shoe!.y + dy);
    await waitForTag(page, 'wheelContact', true, WAIT);
    await page.waitForSelector(`[data-control="pressure"][data-value="${PRESSURE_LIGHT}"]`);
    await waitForTag(page, 'bandRoughed', true, WAIT);
    await page.mouse.up();
    expect(await value(page, 'pressure')).toBe(0);
    await page.waitForSelector(stepDone('releasePressure'));
    await panel(page, 'band');
    // The hand came onto the wheel over a few samples: a good band all the same.
    await waitForStatus(page, 'status.result.good');
    expect(await tags(page)).not.toContain('fault');
    await page.screenshot({ path: 'test-results/roughing-dragged-1280.png' });
    expect(hx.errors).toEqual([]);
  });

  it('wrong paths: the stone is refused with the extraction on; the e-stop stops spindle and extraction while roughing', async () => {
    const { page } = hx;
    await open(page, 'free');
    await panel(page, 'extractionSwitch', 'on');
    await panel(page, 'spindleStart');
    await waitForTag(page, 'spindleRunning');
    await panel(page, 'sharpeningStone');
    await page.waitForSelector('[data-testid="refusal"][data-refusal-key="refusal.stoneExtractionOn"]');
    expect(await tags(page)).not.toContain('stoneOn');
    await panel(page, 'spindleStop');
    await panel(page, 'reversingSwitch', 'forward');
    await panel(page, 'spindleStart');
    await panel(page, 'shoe', 'lasted');
    await slideTo(page, 'pressure', PRESSURE_LIGHT);
    await waitForTag(page, 'wheelContact', true, WAIT);
    await page.locator('[data-control="estop"] button').first().press('Enter');
    await waitForTag(page, 'estop');
    await waitForTag(page, 'spindleRunning', false, WAIT);
    expect(await statusKey(page)).toBe('status.estop');
    expect(await page.getAttribute('[data-control="extractionSwitch"] button[data-value="off"]', 'aria-pressed')).toBe('true');
    await page.screenshot({ path: 'test-results/roughing-estop-1280.png' });
    expect(hx.errors).toEqual([]);
  });
});
