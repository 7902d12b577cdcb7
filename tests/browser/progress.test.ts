import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { followGlow, panel } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';
import { saved } from './recordsPage.ts';

/**
 * A learner's own page (issue 11): after guided practice with a mistake, the page shows the press
 * practised, guided practice completed and the mistake to work on, in Indonesian; another learner
 * on the same device sees an empty page. One browser profile (one device).
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 720 });
});
afterAll(async () => hx?.close());

const card = `[data-progress-machine="${PRESS.id}"]`;
const mark = (page: Page, name: string) => page.getAttribute(`${card} [data-mark="${name}"]`, 'data-done');

async function openProgress(page: Page) {
  await page.click('[data-testid="open-progress"]');
  await page.waitForSelector('[data-testid="progress-page"][data-progress="ready"]');
}

/** Nothing wider than the screen (the page scrolls down, never sideways). */
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe("a learner's own page", () => {
  it('shows practised, guided completed and the mistake made, after a guided run', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id&machine=${PRESS.id}&mode=guided&learner=Siti`);
    await page.waitForSelector('[data-mode="guided"]');
    // The pump started before the checks the procedure asks for first: a wrong-order mistake.
    await panel(page, 'mainSwitch', 'on');
    await panel(page, 'pumpStart');
    await page.waitForSelector('[data-testid="save-status"]', { state: 'attached' });
    await followGlow(page);
    expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('complete');
    await saved(page);
    await page.click('[data-testid="back"]');
    await page.waitForSelector('[data-testid="home"]');
    await openProgress(page);
    expect(new URL(page.url()).searchParams.get('view')).toBe('progress');
    expect(await page.textContent('[data-testid="progress-learner"]')).toContain('Siti');
    expect(await page.$('[data-testid="progress-empty"]')).toBeNull();
    expect([await mark(page, 'practised'), await mark(page, 'guided'), await mark(page, 'exam')]).toEqual(['true', 'true', 'false']);
    const text = (await page.textContent(card)) ?? '';
    expect(text).toContain('Sudah berlatih');
    expect(text).toContain('Latihan terpandu selesai');
    expect(text).toContain('Belum lulus ujian');
    // The mistake in the app's own plain Indonesian, with how many times.
    expect(await page.textContent(`${card} [data-mistake="wrongOrder"]`)).toContain('Urutan langkah salah');
    expect(await page.textContent(`${card} [data-mistake="wrongOrder"]`)).toMatch(/\d+ kali/);
    // Other machines are listed, not practised.
    expect(await page.$$eval('[data-progress-machine][data-practised="true"]', (els) => els.map((e) => e.getAttribute('data-progress-machine')))).toEqual([PRESS.id]);
  });

  it('reads at tablet and phone sizes without sideways scrolling', async () => {
    const { page } = hx;
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 600 }, { width: 412, height: 915 }]) {
      await page.setViewportSize(viewport);
      expect(await overflowsSideways(page), `${viewport.width}×${viewport.height}`).toBe(false);
      const box = await page.locator(`${card} [data-practise]`).boundingBox();
      expect(box && box.height >= 44 && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('a reload keeps the page; its button opens the machine in guided practice', async () => {
    const { page } = hx;
    await page.reload();
    await page.waitForSelector('[data-testid="progress-page"][data-progress="ready"]');
    expect(await mark(page, 'guided')).toBe('true');
    await page.click(`${card} [data-practise]`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"][data-mode="guided"]`);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
  });

  it("a second learner's page is empty", async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.waitForSelector('[data-testid="home"]');
    await page.fill('[data-testid="learner-name"]', 'Budi');
    await page.click('[data-testid="learner-add"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="learner-current"]')?.textContent?.includes('Budi'));
    await openProgress(page);
    expect(await page.textContent('[data-testid="progress-learner"]')).toContain('Budi');
    await page.waitForSelector('[data-testid="progress-empty"]');
    expect(await page.$$('[data-mark][data-done="true"]')).toHaveLength(0);
    expect(await page.$$('[data-mistake]')).toHaveLength(0);
    expect(await mark(page, 'practised')).toBe('false');
    expect(hx.errors).toEqual([]);
  });
});
