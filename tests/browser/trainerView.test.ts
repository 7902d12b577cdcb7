import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel, waitForTag } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';

/** The trainer's view belongs to the trainer: fault buttons only there, and locked by a PIN in exams. */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
});
afterAll(async () => hx?.close());

const faultButtons = (hx: Harness) => hx.page.$$('[data-inject-fault]');
const exam = (hx: Harness) => `${hx.baseUrl}?machine=${PRESS.id}&scenario=${PRESS.examDrill}&lang=id&trainer=1`;

describe('trainer view', () => {
  it('in an exam with no PIN on the device, ?trainer=1 opens nothing a trainee could use', async () => {
    const { page } = hx;
    await page.goto(exam(hx));
    await page.waitForSelector('[data-testid="trainer-unlock"]');
    expect(await page.textContent('[data-testid="trainer-unlock"]')).toContain('Belum ada PIN pelatih');
    expect(await faultButtons(hx)).toHaveLength(0);
    expect(await page.$('[data-testid="trainer-pause"]')).toBeNull();
  });

  it('outside exams: an injection is confirmed and logged; closing the view hides every fault button; a PIN is set', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=id&trainer=1`);
    await page.waitForSelector('[data-testid="trainer-panel"]');
    await panel(page, 'mainSwitch', 'on');
    await panel(page, 'pumpStart');
    await waitForTag(page, 'ready');
    await page.click('[data-inject-fault="estopLatched"]');
    await waitForTag(page, 'estop');
    await page.waitForSelector('[data-testid="trainer-confirm"][data-accepted="true"]');
    expect(await page.textContent('[data-testid="trainer-confirm"]')).toMatch(/dimunculkan pada \d+:\d\d/);
    await page.click('[data-testid="trainer-hide"]');
    expect(await faultButtons(hx)).toHaveLength(0);
    // Long-press on the title brings the trainer's view back (outside an exam, no PIN needed).
    const title = await page.locator('[data-testid="machine-title"]').boundingBox();
    if (!title) throw new Error('no title');
    await page.mouse.move(title.x + 20, title.y + title.height / 2);
    await page.mouse.down();
    await page.waitForSelector('[data-testid="trainer-panel"]', { timeout: 5000 });
    await page.mouse.up();
    await page.click('[data-testid="trainer-panel"] summary');
    await page.fill('[data-testid="trainer-new-pin"]', '12');
    await page.click('[data-testid="trainer-save-pin"]');
    expect(await page.textContent('[data-testid="trainer-pin-result"]')).toContain('4 sampai 8 angka');
    await page.fill('[data-testid="trainer-new-pin"]', '2468');
    await page.click('[data-testid="trainer-save-pin"]');
    expect(await page.textContent('[data-testid="trainer-pin-result"]')).toContain('PIN tersimpan');
  });

  it('in an exam the panel opens only with the right PIN', async () => {
    const { page } = hx;
    await page.goto(exam(hx));
    await page.waitForSelector('[data-testid="trainer-pin"]');
    await page.fill('[data-testid="trainer-pin"]', '1111');
    await page.click('[data-testid="trainer-pin-submit"]');
    await page.waitForSelector('[data-testid="trainer-pin-wrong"]');
    expect(await faultButtons(hx)).toHaveLength(0);
    await page.fill('[data-testid="trainer-pin"]', '2468');
    await page.click('[data-testid="trainer-pin-submit"]');
    await page.waitForSelector('[data-testid="trainer-panel"]');
    expect((await faultButtons(hx)).length).toBeGreaterThan(0);
    // The exam's trainer view offers no PIN change (that is done outside exams).
    expect(await page.$('[data-testid="trainer-new-pin"]')).toBeNull();
    expect(hx.errors).toEqual([]);
  });
});
