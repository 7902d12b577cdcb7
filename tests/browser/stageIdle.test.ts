import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { PRESS } from './machinesUnderTest.ts';

/**
 * A stage where nothing moves costs nothing (issue 12): no frames drawn, no endless animation over
 * the canvas, and the picture quality a user picks stays with the device.
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1024, height: 640 });
});
afterAll(async () => hx?.close());

const framesDrawn = (page: Page) => page.evaluate(() => window.gladiStage?.framesDrawn() ?? -1);

/** Waits for the model and a hint ring, then until the stage has stopped drawing. */
async function openGuidedAndSettle(page: Page): Promise<void> {
  await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=guided&lang=id`);
  await page.locator('.hint-ring').first().waitFor({ timeout: 60_000 });
  await settle(page);
}

/** Until the stage has stopped drawing (read twice, a second apart). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __lastFrames?: number };
      const now = window.gladiStage?.framesDrawn() ?? -1;
      const still = now > 0 && w.__lastFrames === now;
      w.__lastFrames = now;
      return still;
    },
    null,
    { timeout: 60_000, polling: 1000 },
  );
}

describe('idle stage', () => {
  it('a guided page draws no frame while nothing happens', async () => {
    const { page } = hx;
    await openGuidedAndSettle(page);
    const before = await framesDrawn(page);
    await page.waitForTimeout(3000); // idle: nothing may draw meanwhile, however slow the machine
    expect(await framesDrawn(page)).toBe(before);
    // The ring pulses a few times, not forever (an endless animation keeps the compositor busy).
    const iterations = await page.evaluate(() => document.querySelector('.hint-ring')?.getAnimations().map((a) => a.effect?.getComputedTiming().iterations));
    for (const n of iterations ?? []) expect(Number.isFinite(n)).toBe(true);
    await page.screenshot({ path: 'test-results/guided-idle.png' });
  });

  it('a presenter tour draws no frame once the camera has come to each stop\'s part', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?present=${PRESS.id}&lang=id`);
    await page.locator('[data-testid="stage"][data-stage-ready="true"]').waitFor({ timeout: 60_000 });
    for (let stop = 0; stop < 4; stop++) {
      await settle(page);
      const before = await framesDrawn(page);
      await page.waitForTimeout(2000); // the camera's last look at its view is one frame, then nothing
      expect(await framesDrawn(page), `stop ${stop}`).toBe(before);
      await page.keyboard.press('PageDown');
    }
  });

  it('with reduced motion the hint ring does not animate at all', async () => {
    const { page } = hx;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await openGuidedAndSettle(page);
      const ring = await page.evaluate(() => {
        const el = document.querySelector('.hint-ring');
        return el ? { name: getComputedStyle(el).animationName, running: el.getAnimations().length } : null;
      });
      expect(ring).toEqual({ name: 'none', running: 0 });
    } finally {
      await page.emulateMedia({ reducedMotion: null });
    }
  });
});

describe('picture quality', () => {
  it('"Gambar: rendah" is kept after a reload: the stage then draws without antialiasing', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=id`);
    await page.locator('[data-testid="stage"][data-stage-ready="true"]').waitFor({ timeout: 60_000 });
    await page.selectOption('[data-testid="quality-select"]', 'low');
    await page.reload();
    await page.locator('[data-testid="stage"][data-stage-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await page.inputValue('[data-testid="quality-select"]')).toBe('low');
    const antialias = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="stage"] canvas');
      return (canvas?.getContext('webgl2') ?? canvas?.getContext('webgl'))?.getContextAttributes()?.antialias ?? null;
    });
    expect(antialias).toBe(false);
    await page.selectOption('[data-testid="quality-select"]', 'auto');
    await page.reload();
    expect(await page.inputValue('[data-testid="quality-select"]')).toBe('auto');
    expect(hx.errors).toEqual([]);
  });
});
