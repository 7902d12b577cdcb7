import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../../tests/browser/harness.ts';
import { clickNode, panel, tags, waitForState, waitForTag } from '../../../tests/browser/gladiPage.ts';
import { COUNTER_MOULDER_NODES as N } from './nodes.ts';

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

const statusKey = (page: Page) => page.getAttribute('[data-testid="status"]', 'data-status-key');
const visible = (page: Page, node: string) => page.evaluate((n) => window.gladiStage?.isVisible(n) ?? null, node);

async function open(page: Page, mode: 'free' | 'guided', lang = 'en'): Promise<void> {
  await page.goto(`${hx.baseUrl}?machine=counter-moulder&lang=${lang}&mode=${mode}`);
  await page.waitForSelector(`[data-machine="counter-moulder"][data-mode="${mode}"]`);
  await page.waitForFunction((name) => window.gladiStage?.nodeNames().includes(name) ?? false, N.upper, { timeout: 60_000 });
}

/** Both START buttons of a station in the same instant through the panel (each toggles). */
async function bothButtons(page: Page, station: 'hot' | 'cold'): Promise<void> {
  await page.evaluate((st) => {
    for (const c of [`${st}Left`, `${st}Right`]) (document.querySelector(`[data-control="${c}"] button`) as HTMLButtonElement | null)?.click();
  }, station);
}

/** Fast-forwards the waits the machine offers until the state shows `fragment`. */
async function fastForwardTo(page: Page, fragment: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if ((await page.getAttribute('[data-machine]', 'data-state'))?.includes(fragment)) return;
    const ff = page.locator('[data-control="fastForward"] button');
    if ((await ff.count()) > 0) await ff.click({ timeout: 2000 }).catch(() => undefined);
    else await page.waitForTimeout(250);
  }
  await waitForState(page, fragment);
}

async function setUp(page: Page, hotTemp: string): Promise<void> {
  await panel(page, 'moulds');
  await panel(page, 'mainSwitch', 'on');
  await panel(page, 'heaterSwitch', 'on');
  await panel(page, 'chillerSwitch', 'on');
  await panel(page, 'hotTemp', hotTemp);
  await panel(page, 'coldTemp', '17');
  await panel(page, 'hotDwell', '15');
  await panel(page, 'coldDwell', '15');
  await panel(page, 'airRegulator', '5');
  await fastForwardTo(page, '"moulds":"ready"');
  await panel(page, 'insertCounter');
  await panel(page, 'counter');
}

describe('heel counter moulder in Chromium', () => {
  it('moulds one good back part through the panel: hot, at once cold, inspected, shut down', async () => {
    const { page } = hx;
    await open(page, 'free');
    // A refused start is explained.
    await panel(page, 'hotLeft');
    expect(await page.getAttribute('[data-testid="refusal"]', 'data-refusal-key')).toBe('refusal.powerOff');
    await setUp(page, '110');
    await panel(page, 'upper', 'hotMould');
    expect(await statusKey(page)).toBe('status.startHot');
    await bothButtons(page, 'hot');
    await waitForTag(page, 'hazard');
    await fastForwardTo(page, '"softened"');
    await bothButtons(page, 'hot');
    await waitForState(page, '"hot":"open"');
    expect(await statusKey(page)).toBe('status.transferNow');
    await panel(page, 'upper', 'coldMould');
    await bothButtons(page, 'cold');
    await waitForTag(page, 'hazard');
    await fastForwardTo(page, '"formed"');
    await bothButtons(page, 'cold');
    await waitForState(page, '"cold":"open"');
    expect(await tags(page)).toContain('backPartGood');
    expect(await statusKey(page)).toBe('status.formed.good');
    expect(await visible(page, N.upperScorch)).toBe(false);
    expect(await visible(page, N.upperCounter)).toBe(true);
    await page.screenshot({ path: 'test-results/counter-moulder-good.png' });
    await panel(page, 'backPart');
    await panel(page, 'upper', 'rack');
    await panel(page, 'heaterSwitch', 'off');
    await panel(page, 'chillerSwitch', 'off');
    await panel(page, 'mainSwitch', 'off');
    await waitForTag(page, 'complete');
    expect(hx.errors).toEqual([]);
  });

  it('through the model: the main switch, both START buttons within the two-hand window, and the e-stop', async () => {
    const { page } = hx;
    await open(page, 'free');
    await clickNode(page, N.mainSwitch);
    await waitForState(page, '"power":"on"');
    await setUp(page, '130');
    await panel(page, 'upper', 'hotMould');
    // Both START buttons clicked on the model within the two-hand window.
    await clickNode(page, N.hotLeft, N.hotRight);
    await waitForState(page, '"hot":');
    // The e-stop on the model opens the pad; nothing is hazardous.
    await clickNode(page, N.estop);
    await waitForTag(page, 'estop');
    expect(await tags(page)).not.toContain('hazard');
    await panel(page, 'estop');
    await panel(page, 'reset');
    await waitForTag(page, 'estop', false);
    expect(hx.errors).toEqual([]);
  });

  it('a too-hot mould scorches the heel: shown on the model, and the debrief says why', async () => {
    // A fresh session through the panel (the model test above ends in whatever state an e-stop left).
    const { page } = hx;
    await open(page, 'free');
    await setUp(page, '130');
    await panel(page, 'upper', 'hotMould');
    await bothButtons(page, 'hot');
    await waitForTag(page, 'hazard');
    await fastForwardTo(page, '"softened"');
    await bothButtons(page, 'hot');
    await waitForState(page, '"hot":"open"');
    await panel(page, 'upper', 'coldMould');
    await bothButtons(page, 'cold');
    await waitForTag(page, 'hazard');
    await fastForwardTo(page, '"formed"');
    await bothButtons(page, 'cold');
    await waitForState(page, '"cold":"open"');
    expect(await tags(page)).toContain('backPartDefect');
    expect(await visible(page, N.upperScorch)).toBe(true);
    await page.screenshot({ path: 'test-results/counter-moulder-scorched.png' });
    await page.click('[data-testid="finish"]');
    await page.click('[data-testid="finish-dialog"] [data-testid="confirm-yes"]');
    await page.waitForSelector('[data-testid="debrief-handwork"]');
    const lines = await page.$$eval('[data-testid="debrief-handwork"] li', (els) => els.map((e) => e.getAttribute('data-line-key')));
    expect(lines).toContain('explain.outcome.scorched');
    expect(lines).toContain('cause.hotTooHot');
    expect(hx.errors).toEqual([]);
  });
});
