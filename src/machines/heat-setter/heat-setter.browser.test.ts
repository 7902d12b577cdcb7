import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../../tests/browser/harness.ts';
import { canvasCoverage, clickNode, followGlow, panel, SCHEMATIC, tags, waitForTag } from '../../../tests/browser/gladiPage.ts';
import { HEAT_SETTER_NODES as N } from './nodes.ts';

/**
 * The heat setter line in Chromium: one shoe through heat and cold by the panel (the waits
 * fast-forwarded), the model's controls and the e-stop, the 2D view, and a guided run following the glow.
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 720 });
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

const WAIT = 60_000;
const statusKey = (page: Page) => page.getAttribute('[data-testid="status"]', 'data-status-key');

async function open(page: Page, mode: 'free' | 'guided', lang = 'en'): Promise<void> {
  await page.goto(`${hx.baseUrl}?machine=heat-setter&lang=${lang}&mode=${mode}`);
  await page.waitForSelector(`[data-machine="heat-setter"][data-mode="${mode}"]`);
  await page.waitForFunction((name) => window.gladiStage?.nodeNames().includes(name) ?? false, N.tunnel, { timeout: WAIT });
}

/** Fast-forwards the line's waits (warm-up, belt travel) until the status line says `key`. */
async function forwardUntil(page: Page, key: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await statusKey(page)) === key) return;
    const ff = page.locator('[data-control="fastForward"] button');
    if ((await ff.count()) > 0) await ff.first().click({ timeout: 5000 }).catch(() => undefined);
    else await page.waitForTimeout(150);
  }
  throw new Error(`never reached ${key}; status ${await statusKey(page)}`);
}

describe('heat setter line in Chromium', () => {
  it('sets one shoe through the panel: interlocks hold, the shoe rides through heat and cold, keeps its shape', { timeout: 240_000 }, async () => {
    const { page } = hx;
    await open(page, 'free');
    expect(await statusKey(page)).toBe('status.off');
    await panel(page, 'tunnel');
    await panel(page, 'isolator', 'on');
    // Fan interlock: no heat with the fan off.
    await panel(page, 'heatOn');
    expect(await tags(page)).not.toContain('heating');
    await panel(page, 'fan', 'on');
    await panel(page, 'heatOn');
    await panel(page, 'chillerOn');
    await waitForTag(page, 'heating');
    await panel(page, 'heatTemp', '100');
    await panel(page, 'steam', 'low');
    await panel(page, 'conveyorSpeed', '0.5');
    await panel(page, 'chillTemp', '-10');
    await forwardUntil(page, 'status.ready');
    await panel(page, 'conveyorStart');
    await waitForTag(page, 'conveyorRunning');
    await panel(page, 'loadShoe');
    await forwardUntil(page, 'status.unload');
    await panel(page, 'unloadShoe');
    await forwardUntil(page, 'status.delast');
    await panel(page, 'delast');
    expect(await statusKey(page)).toBe('status.checkShape');
    await panel(page, 'shape');
    expect(await statusKey(page)).toBe('status.result.kept');
    await page.screenshot({ path: 'test-results/heat-setter-kept.png' });
    expect(hx.errors).toEqual([]);
  });

  it('works by clicking the 3D model; the e-stop stops the belt and drops the heat; the 2D view shows the same', { timeout: 180_000 }, async () => {
    const { page } = hx;
    await open(page, 'free');
    await clickNode(page, N.isolator);
    await waitForTag(page, 'powered');
    await panel(page, 'fan', 'on');
    await clickNode(page, N.heatOnButton);
    await waitForTag(page, 'heating');
    await clickNode(page, N.conveyorStartButton);
    await waitForTag(page, 'conveyorRunning');
    expect(await tags(page)).toContain('hazard');
    await clickNode(page, N.estop);
    await waitForTag(page, 'estop');
    const now = await tags(page);
    expect(now).not.toContain('hazard');
    expect(now).not.toContain('heating');
    expect(await statusKey(page)).toBe('status.estop');
    expect(await canvasCoverage(page)).toBeGreaterThan(0.2);
    await page.screenshot({ path: 'test-results/heat-setter-3d.png' });
    await page.click('[data-view-kind="2d"]');
    await page.waitForSelector('[data-lamp="alarmLamp"]');
    expect(await page.getAttribute('[data-lamp="alarmLamp"]', 'data-on')).toBe('true');
    expect(await page.getAttribute('[data-lamp="runLamp"]', 'data-on')).toBe('false');
    // Recover from the 2D view: twist the mushroom out, RESET; the belt stays stopped.
    await panel(page, 'estop', undefined, SCHEMATIC);
    await panel(page, 'reset', undefined, SCHEMATIC);
    await waitForTag(page, 'estop', false);
    expect(await tags(page)).not.toContain('conveyorRunning');
    await page.click('[data-view-kind="3d"]');
    expect(hx.errors).toEqual([]);
  });

  it('guided: following the glow (waits fast-forwarded) reaches complete', { timeout: 300_000 }, async () => {
    const { page } = hx;
    await open(page, 'guided', 'id');
    await followGlow(page, 400);
    expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('complete');
    await page.waitForSelector('[data-testid="debrief"]');
  });
});
