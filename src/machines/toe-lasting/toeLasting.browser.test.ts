import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../../tests/browser/harness.ts';
import { canvasCoverage, clickNode, finishSession, followGlow, panel, state, tags, waitForState, waitForTag } from '../../../tests/browser/gladiPage.ts';
import { TOE_LASTING_NODES as N } from './nodes.ts';

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

const statusKey = (page: Page) => page.getAttribute('[data-testid="status"]', 'data-status-key');
const session = (page: Page) => page.getAttribute('[data-machine]', 'data-session');
const visible = (page: Page, node: string) => page.evaluate((n) => window.gladiStage?.isVisible(n) ?? null, node);

async function open(page: Page, mode: 'free' | 'guided' | 'exam', lang = 'en'): Promise<void> {
  await page.goto(`${hx.baseUrl}?machine=toe-lasting&lang=${lang}&mode=${mode}`);
  await page.waitForSelector(`[data-machine="toe-lasting"][data-mode="${mode}"]`);
  await page.waitForFunction((name) => window.gladiStage?.nodeNames().includes(name) ?? false, N.pincerRing, { timeout: 60_000 });
}

/** Checks, power, pump, the work ticket's settings (pull as given), heater warmed by fast-forward, light on. */
async function setUp(page: Page, pull: string): Promise<void> {
  for (const c of ['drainFilter', 'fillGranulate', 'cleanPincers', 'oilLevel', 'airFilter', 'meltTank', 'pincers']) await panel(page, c);
  await panel(page, 'mainSwitch', 'on');
  await panel(page, 'pumpStart');
  await waitForTag(page, 'pressureOk');
  await panel(page, 'meltTemp', '170');
  await panel(page, 'program', '40');
  await panel(page, 'side', 'left');
  await panel(page, 'pull', pull);
  await panel(page, 'wiper', '2.5');
  await panel(page, 'dwell', '3');
  await panel(page, 'heaterOn');
  await waitForTag(page, 'warmingUp');
  expect(await statusKey(page)).toBe('status.warming');
  await page.click('[data-control="fastForward"] button');
  await waitForTag(page, 'meltReady');
  await panel(page, 'centreLight', 'on');
}

/** Last on, onto the light line, step 1, centre line, step 2, lasting (its own timers), release. */
async function lastOneToe(page: Page): Promise<void> {
  await panel(page, 'placeLast');
  expect(await statusKey(page)).toBe('status.placedOffLine.right');
  await panel(page, 'lastPosition', '0');
  expect(await statusKey(page)).toBe('status.placedOnLine');
  await panel(page, 'pedalForward');
  await waitForTag(page, 'toeGrip');
  await panel(page, 'centreLine');
  expect(await statusKey(page)).toBe('status.toeGripOnLine');
  await panel(page, 'pedalForward');
  await waitForTag(page, 'pulling');
  await panel(page, 'pedalForward');
  await waitForTag(page, 'lasting');
  await waitForState(page, '"holding"', 15_000);
  await panel(page, 'pedalBack');
  await waitForState(page, '"lasted"');
  await page.waitForTimeout(600); // let the pincers and wipers settle for the picture
}

describe('toe lasting machine in Chromium', () => {
  it('lasts one good toe through the panel, fast-forwarding the warm-up; the 3D view agrees', async () => {
    const { page } = hx;
    await open(page, 'free');
    expect(await state(page)).toMatchObject({ safety: 'normal', power: { off: 'idle' }, pump: 'off', heater: 'off', work: 'empty' });
    expect(await statusKey(page)).toBe('status.off');
    expect(await visible(page, N.lastOnRest)).toBe(false);
    await setUp(page, '3.5');
    expect(await visible(page, N.centreLightBeam)).toBe(true);
    await lastOneToe(page);
    expect(await statusKey(page)).toBe('status.lasted.inspect');
    await panel(page, 'toe');
    expect(await statusKey(page)).toBe('status.lasted.allCorrect');
    expect(await tags(page)).toContain('toeGood');
    expect(await visible(page, N.lastedMargin)).toBe(true);
    expect(await visible(page, N.upperMargin)).toBe(false);
    for (const d of [N.toeTear, N.toePleats, N.toeMarginGap, N.toeGlueStrings]) expect(await visible(page, d), d).toBe(false);
    await page.screenshot({ path: 'test-results/toe-lasting-good.png' });
    await panel(page, 'removeLast');
    await panel(page, 'heaterOff');
    await panel(page, 'pumpStop');
    await panel(page, 'mainSwitch', 'off');
    await waitForTag(page, 'complete');
    expect(hx.errors).toEqual([]);
  });

  it('the previous job’s pull tears the upper: said, drawn on the toe and explained in the debrief', async () => {
    const { page } = hx;
    await open(page, 'free');
    await setUp(page, '4.5');
    await lastOneToe(page);
    await panel(page, 'toe');
    expect(await statusKey(page)).toBe('status.lasted.pullTooHigh');
    expect(await page.textContent('[data-testid="status"]')).toContain('tore at the toe');
    expect(await tags(page)).toEqual(expect.arrayContaining(['toeDefect', 'fault']));
    expect(await visible(page, N.toeTear)).toBe(true);
    await page.screenshot({ path: 'test-results/toe-lasting-torn.png' });
    await panel(page, 'removeLast');
    await finishSession(page);
    await page.waitForSelector('[data-testid="debrief-handwork"] [data-line-key="debrief.pullTooHigh"]');
    expect(await page.textContent('[data-testid="debrief-handwork"]')).toContain('Toe 1: torn');
  });

  it('guided: following the glow reaches complete', async () => {
    const { page } = hx;
    await open(page, 'guided', 'id');
    await followGlow(page);
    expect(await session(page)).toBe('complete');
    await page.waitForSelector('[data-testid="debrief"]');
  });

  it('exam: reaching into the pincers with the pump running is a critical fail', async () => {
    const { page } = hx;
    await open(page, 'exam');
    expect(await page.$$('[data-hint]')).toHaveLength(0);
    await panel(page, 'mainSwitch', 'on');
    await panel(page, 'pumpStart');
    await panel(page, 'cleanPincers');
    await page.waitForSelector('[data-testid="debrief"]');
    expect(await session(page)).toBe('failed');
    expect(await page.$$('[data-testid="timeline"] [data-severity="critical"]')).toHaveLength(1);
  });

  it('works by clicking the 3D model; the e-stop releases the pull; the canvas renders; no console errors', async () => {
    const { page } = hx;
    await open(page, 'free');
    await clickNode(page, N.oilSightGlass);
    await page.waitForSelector('[data-step="checkOil"][data-step-done="true"]');
    await clickNode(page, N.mainSwitch);
    await waitForTag(page, 'powered');
    await clickNode(page, N.pumpStartButton);
    await waitForTag(page, 'pressureOk');
    await clickNode(page, N.lastSupport);
    await waitForState(page, '"placed"');
    expect(await visible(page, N.lastOnRest)).toBe(true);
    await clickNode(page, N.pedalForward);
    await waitForTag(page, 'toeGrip');
    await clickNode(page, N.pedalForward);
    await waitForTag(page, 'pulling');
    expect(await tags(page)).toContain('hazard');
    await clickNode(page, N.baseEStop);
    await waitForTag(page, 'estop');
    expect(await tags(page)).not.toContain('hazard');
    expect(await state(page)).toMatchObject({ pump: 'off', work: 'placed' });
    expect(await canvasCoverage(page)).toBeGreaterThan(0.2);
    await page.screenshot({ path: 'test-results/toe-lasting-3d.png' });
    expect(hx.errors).toEqual([]);
  });
});
