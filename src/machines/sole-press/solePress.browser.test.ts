import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../../tests/browser/harness.ts';
import { canvasCoverage, clickNode, followGlow, panel, state, tags, waitForState, waitForTag } from '../../../tests/browser/gladiPage.ts';
import { SOLE_PRESS_NODES as N } from './nodes.ts';

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
  await page.goto(`${hx.baseUrl}?machine=sole-press&lang=${lang}&mode=${mode}`);
  await page.waitForSelector(`[data-machine="sole-press"][data-mode="${mode}"]`);
  // The model is on stage once its nodes can be found.
  await page.waitForFunction((name) => window.gladiStage?.nodeNames().includes(name) ?? false, N.cover, { timeout: 60_000 });
}

/** Air, press and reactivator set (press time as given), sensor tested, reactivator switched on. */
async function setUpStation(page: Page, pressTimeS: string): Promise<void> {
  await panel(page, 'airLineValve', 'open');
  await panel(page, 'airRegulator', '5');
  await panel(page, 'mainSwitch', 'on');
  // The sensor test: the test rod in the beam blocks the press; then rod out, hands out.
  await panel(page, 'sensorTestRod');
  await waitForState(page, '"zoneBlocked"');
  expect(await statusKey(page)).toBe('status.sensorTestPassed');
  await panel(page, 'clearZone');
  await panel(page, 'handsZone');
  await waitForState(page, '"powered":"ready"');
  await panel(page, 'pressTime', pressTimeS);
  await panel(page, 'toeJack', 'medium');
  await panel(page, 'heelJack', 'medium');
  await panel(page, 'reactivatorTemp', '70');
  await panel(page, 'reactivatorTimer', '6');
  await panel(page, 'reactivatorSwitch', 'on');
  await waitForTag(page, 'warmingUp');
}

/** Skips the one-minute warm-up with the fast-forward button, heats the work for the set 6 s and takes it out. */
async function reactivate(page: Page): Promise<void> {
  await page.click('[data-control="fastForward"] button');
  await waitForTag(page, 'reactivatorReady');
  expect(await statusKey(page)).toBe('status.loadTray');
  await panel(page, 'tray', 'in');
  await waitForTag(page, 'activating');
  expect(await statusKey(page)).toBe('status.activating');
  await waitForState(page, '"inTray"', 15_000);
  expect(await statusKey(page)).toBe('status.takeFromTray');
}

/** From the tray to the pad, hands out, START, and the whole cycle until the cover is up again. */
async function pressOneSole(page: Page): Promise<void> {
  await panel(page, 'tray', 'out');
  await waitForState(page, '"inHand"');
  await panel(page, 'laySole');
  await waitForState(page, '"soleLaid"');
  await panel(page, 'shoe', 'onPad');
  await waitForTag(page, 'shoeOnPad');
  expect(await statusKey(page)).toBe('status.manualWithdrawHands');
  await panel(page, 'handsZone'); // hands out of the working area
  expect(await statusKey(page)).toBe('status.manualPressStart');
  await panel(page, 'start');
  await waitForTag(page, 'hazard');
  await waitForTag(page, 'holding');
  await waitForState(page, '"bonded"', 30_000);
  await waitForTag(page, 'ready'); // the cover is up
  await page.waitForTimeout(600); // let the last of the motion settle for the picture
}

describe('sole press in Chromium', () => {
  it('presses one good sole through the panel, fast-forwarding the warm-up; the 3D view agrees', async () => {
    const { page } = hx;
    await open(page, 'free');
    expect(await state(page)).toMatchObject({ safety: 'normal', air: 'closed', press: { off: 'idle' }, reactivator: 'off', work: 'atBench' });
    expect(await statusKey(page)).toBe('status.off');
    await panel(page, 'filterDrain');
    await panel(page, 'filterBowl');
    await panel(page, 'pad');
    await panel(page, 'upperPrep');
    await panel(page, 'solePrep');
    await setUpStation(page, '10');
    expect(await statusKey(page)).toBe('status.warming');
    expect(await tags(page)).toEqual(expect.arrayContaining(['powered', 'reactivatorOn', 'hazard', 'airOk']));
    // The cemented pair waits on the pulled-out tray.
    expect(await visible(page, N.traySole)).toBe(true);
    await reactivate(page);
    expect(await visible(page, N.traySole)).toBe(true);
    await pressOneSole(page);
    // The edge check tells the result.
    expect(await statusKey(page)).toBe('status.bonded.checkEdges');
    await panel(page, 'soleEdges');
    expect(await statusKey(page)).toBe('status.bonded.allCorrect');
    expect(await page.textContent('[data-testid="status"]')).toContain('bonded evenly and firmly');
    expect(await tags(page)).toContain('bondGood');
    expect(await tags(page)).not.toContain('bondDefect');
    expect(await visible(page, N.shoeOnPad)).toBe(true);
    expect(await visible(page, N.soleToeGap)).toBe(false);
    expect(await visible(page, N.soleHeelGap)).toBe(false);
    await page.screenshot({ path: 'test-results/sole-press-good.png' });

    // Take the shoe off and shut down: reactivator, press, air.
    await panel(page, 'shoe', 'removed');
    await waitForState(page, '"atBench"');
    expect(await visible(page, N.shoeOnPad)).toBe(false);
    await panel(page, 'reactivatorSwitch', 'off');
    await panel(page, 'mainSwitch', 'off');
    await panel(page, 'airLineValve', 'closed');
    await waitForTag(page, 'complete');
    expect(hx.errors).toEqual([]);
  });

  it('a sole pressed for too short a time comes out badly bonded, says why, and shows the open sole ends', async () => {
    const { page } = hx;
    await open(page, 'free');
    // The press timer is left where the previous job left it (5 s): shorter than a bond needs.
    await setUpStation(page, '5');
    await reactivate(page);
    await pressOneSole(page);
    await panel(page, 'soleEdges');
    expect(await statusKey(page)).toBe('status.bonded.pressTimeShort');
    expect(await page.textContent('[data-testid="status"]')).toContain('press time too short');
    expect(await tags(page)).toEqual(expect.arrayContaining(['bondDefect', 'fault']));
    expect(await visible(page, N.soleToeGap)).toBe(true);
    expect(await visible(page, N.soleHeelGap)).toBe(true);
    await page.screenshot({ path: 'test-results/sole-press-bad.png' });
    // Taking the bad shoe off counts it as a defect, not a good sole.
    await panel(page, 'shoe', 'removed');
    await waitForState(page, '"atBench"');
    expect(await visible(page, N.soleHeelGap)).toBe(false);
  });

  it('guided: following the glow reaches complete', async () => {
    const { page } = hx;
    await open(page, 'guided', 'id');
    await followGlow(page);
    expect(await session(page)).toBe('complete');
    await page.waitForSelector('[data-testid="debrief"]');
  });

  it('exam: START with a hand still in the working area is a critical fail', async () => {
    const { page } = hx;
    await open(page, 'exam');
    expect(await page.$$('[data-hint]')).toHaveLength(0);
    await setUpStation(page, '15');
    await reactivate(page);
    await panel(page, 'tray', 'out');
    await panel(page, 'laySole');
    await panel(page, 'shoe', 'onPad'); // placing the shoe puts the hands in the zone
    await waitForTag(page, 'shoeOnPad');
    await panel(page, 'start');
    await page.waitForSelector('[data-testid="debrief"]');
    expect(await session(page)).toBe('failed');
    // The interlock held: the cover never moved.
    expect(await state(page)).toMatchObject({ press: { powered: 'ready' }, work: { open: 'onPad' } });
    expect(await page.getAttribute('[data-testid="score"]', 'data-passed')).toBe('false');
    expect(await page.$$('[data-testid="timeline"] [data-severity="critical"]')).toHaveLength(1);
  });

  it('works by clicking the 3D model; the canvas renders; no console errors', async () => {
    const { page } = hx;
    await open(page, 'free');
    await clickNode(page, N.airLineValve);
    await waitForState(page, '"air":{"open"');
    await clickNode(page, N.pressMainSwitch);
    await waitForTag(page, 'powered');
    await clickNode(page, N.reactivatorSwitch);
    await waitForTag(page, 'reactivatorOn');
    await panel(page, 'reactivatorTemp', '70');
    // The bench check of the sole, on the pair waiting on the tray.
    await clickNode(page, N.traySole);
    await page.waitForSelector('[data-step="checkSolePrep"][data-step-done="true"]');
    await reactivate(page);
    // The tray pulled out of the reactivator by hand (its handle, in front of the lamps).
    await clickNode(page, N.reactivatorTray);
    await waitForState(page, '"inHand"');
    await page.waitForTimeout(300);
    await clickNode(page, N.soleOnShoe);
    await waitForState(page, '"soleLaid"');
    expect(await visible(page, N.shoeOnPad)).toBe(true);
    await clickNode(page, N.pressEStop);
    await waitForTag(page, 'estop');
    expect(await tags(page)).not.toContain('hazard');
    expect(await canvasCoverage(page)).toBeGreaterThan(0.2);
    await page.screenshot({ path: 'test-results/sole-press-3d.png' });
    expect(hx.errors).toEqual([]);
  });
});
