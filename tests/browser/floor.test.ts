import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineCatalogue } from '../../src/machines/catalogue.ts';
import { layFloor } from '../../src/machines/floor.ts';
import { appMessages } from '../../src/i18n/appMessages.ts';
import { openHarness, type Harness } from './harness.ts';
import { followGlow } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';
import { saved } from './recordsPage.ts';

/**
 * The centre's floor on the home (issue 17): stations in the shoe's order, each machine in its
 * station, in both languages; a learner's finished guided run shows on that machine's card; on a
 * phone the stations stack with no sideways scroll.
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 720 });
});
afterAll(async () => hx?.close());

const FLOOR = layFloor(machineCatalogue);

describe("the centre's floor", () => {
  it.each(['id', 'en'] as const)('shows the stations in flow order with their machines (%s)', async (lang) => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=${lang}`);
    await page.waitForSelector('[data-testid="floor"] [data-machine-card]');
    const shown = await page.$$eval('[data-station]', (els) =>
      els.map((e) => ({
        line: Number(e.getAttribute('data-station')),
        heading: e.querySelector('.station-heading')?.textContent ?? '',
        machines: [...e.querySelectorAll('[data-machine-card]')].map((c) => c.getAttribute('data-machine-card')),
      })),
    );
    expect(shown.map((s) => s.line)).toEqual(FLOOR.map((s) => s.line));
    shown.forEach((s, i) => {
      expect(s.machines).toEqual(FLOOR[i]!.machines.map((m) => m.id));
      expect(s.heading).toContain(appMessages[lang][`floor.station.${s.line}`]!);
    });
  });

  it('a learner with a finished guided run sees it on that card', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id&machine=${PRESS.id}&mode=guided&learner=Rina`);
    await page.waitForSelector('[data-mode="guided"]');
    await page.waitForSelector('[data-testid="save-status"]', { state: 'attached' });
    await followGlow(page);
    expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('complete');
    await saved(page);
    await page.click('[data-testid="back"]');
    await page.waitForSelector(`[data-card-progress="${PRESS.id}"][data-practised="true"]`);
    expect(await page.textContent(`[data-card-progress="${PRESS.id}"]`)).toContain(appMessages.id['floor.progress.guided']!);
    const others = machineCatalogue.filter((m) => m.id !== PRESS.id).map((m) => `[data-card-progress="${m.id}"][data-practised="false"]`);
    for (const sel of others) expect(await page.textContent(sel)).toContain(appMessages.id['floor.progress.none']!);
  });

  it('stacks on a phone without sideways scrolling', async () => {
    const { page } = hx;
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.waitForSelector('[data-machine-card]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)).toBe(false);
    const boxes = await page.$$eval('[data-machine-card]', (els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, right: r.right, bottom: r.bottom })));
    for (const b of boxes) expect(b.x >= 0 && b.right <= 412).toBe(true);
    // One column: each card starts below the one before.
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});
