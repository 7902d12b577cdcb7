import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../../tests/browser/harness.ts';
import { canvasCoverage, clickNode, followGlow, panel, tags, waitForState, waitForTag } from '../../../tests/browser/gladiPage.ts';
import { AUTOCLAVE_NODES as N } from './nodes.ts';

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

const statusKey = (page: Page) => page.getAttribute('[data-testid="status"]', 'data-status-key');
const waitForStatus = (page: Page, key: string, timeout = 30_000) =>
  page.waitForFunction((k) => document.querySelector('[data-testid="status"]')?.getAttribute('data-status-key') === k, key, { timeout });

async function open(page: Page, mode: 'free' | 'guided' | 'exam', lang = 'en'): Promise<void> {
  await page.goto(`${hx.baseUrl}?machine=autoclave&lang=${lang}&mode=${mode}`);
  await page.waitForSelector(`[data-machine="autoclave"][data-mode="${mode}"]`);
  await page.waitForFunction((name) => window.gladiStage?.nodeNames().includes(name) ?? false, N.door, { timeout: 60_000 });
}

describe('vulcanizing autoclave in Chromium', () => {
  it('cures one rack through the panel: heat-up and hold fast-forwarded, the venting waited out in real time', { timeout: 180_000 }, async () => {
    const { page } = hx;
    await open(page, 'free');
    expect(await statusKey(page)).toBe('status.off');
    await panel(page, 'safetyValve');
    await panel(page, 'doorSeal');
    await panel(page, 'controller', 'on');
    await panel(page, 'cart', 'in');
    await panel(page, 'door', 'closed');
    // The interlock: no steam before the door is locked.
    await panel(page, 'supplyValve', 'open');
    expect(await tags(page)).not.toContain('heating');
    await panel(page, 'doorLock', 'locked');
    await panel(page, 'setpoint', '135');
    await panel(page, 'cureTime', '60');
    await panel(page, 'ventValve', 'closed');
    await panel(page, 'supplyValve', 'open');
    await waitForTag(page, 'heating');
    await page.click('[data-control="fastForward"] button');
    await waitForTag(page, 'holding');
    await page.click('[data-control="fastForward"] button');
    await waitForTag(page, 'cureDone');
    expect(await statusKey(page)).toBe('status.cureDone');
    await panel(page, 'supplyValve', 'closed');
    await panel(page, 'ventValve', 'open');
    await waitForStatus(page, 'status.venting');
    // Nothing to fast-forward while it vents.
    expect(await page.$$('[data-control="fastForward"]')).toHaveLength(0);
    await waitForStatus(page, 'status.zeroUnlock', 120_000);
    await panel(page, 'doorLock', 'unlocked');
    await panel(page, 'door', 'open');
    await panel(page, 'drain');
    await panel(page, 'gloves', 'on');
    await panel(page, 'cart', 'out');
    await waitForState(page, '"unloaded"');
    expect(await statusKey(page)).toBe('status.result.good');
    await page.screenshot({ path: 'test-results/autoclave-cured.png' });
    await panel(page, 'controller', 'off');
    await waitForTag(page, 'complete');
    expect(hx.errors).toEqual([]);
  });

  it('works by clicking the 3D model; the e-stop shuts the steam and keeps the door locked; no console errors', { timeout: 120_000 }, async () => {
    const { page } = hx;
    await open(page, 'free');
    await clickNode(page, N.controllerSwitch);
    await waitForTag(page, 'powered');
    await clickNode(page, N.cart);
    await waitForState(page, '"inside"');
    await clickNode(page, N.door);
    await waitForStatus(page, 'status.doorClosed');
    await clickNode(page, N.lockCrank);
    await waitForStatus(page, 'status.readyForSteam');
    await panel(page, 'ventValve', 'closed');
    await clickNode(page, N.supplyValve);
    await waitForTag(page, 'heating');
    expect(await tags(page)).toContain('hazard');
    await page.click('[data-control="fastForward"] button');
    await waitForTag(page, 'holding');
    await clickNode(page, N.estop);
    await waitForTag(page, 'estop');
    expect(await tags(page)).not.toContain('hazard');
    expect(await statusKey(page)).toBe('status.estopPressure');
    // The door stays locked: the crank refuses while the gauge shows pressure.
    await panel(page, 'doorLock', 'unlocked');
    expect(await statusKey(page)).toBe('status.estopPressure');
    expect(await canvasCoverage(page)).toBeGreaterThan(0.2);
    await page.screenshot({ path: 'test-results/autoclave-3d.png' });
    // The 2D view reads the same gauges from the process model: pressure still on, the tank hot.
    await page.click('[data-view-kind="2d"]');
    await page.waitForSelector('[data-gauge="pressureGauge"]');
    expect(Number(await page.getAttribute('[data-gauge="pressureGauge"]', 'data-reading'))).toBeGreaterThan(3);
    expect(Number(await page.getAttribute('[data-gauge="thermometerGauge"]', 'data-reading'))).toBeGreaterThan(100);
    expect(await page.getAttribute('[data-lamp="alarmLamp"]', 'data-on')).toBe('true');
    // The device keeps the 2D/3D choice: back to 3D for the next test.
    await page.click('[data-view-kind="3d"]');
    expect(hx.errors).toEqual([]);
  });

  it('guided: following the glow (fast-forward included, the venting waited out) reaches complete', { timeout: 240_000 }, async () => {
    const { page } = hx;
    await open(page, 'guided', 'id');
    await followGlow(page, 1000);
    expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('complete');
    await page.waitForSelector('[data-testid="debrief"]');
  });
});
