import { mkdirSync } from 'node:fs';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel, state } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';

/** With no learner chosen a session is not stored: finishing or leaving mid-session asks first, and "no" keeps the session as it was (tests/browser/resume.test.ts: a stored one leaves freely). */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 720 });
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

const mode = (page: Page) => page.getAttribute('[data-machine]', 'data-mode');
const isOpen = (page: Page, testId: string) => page.evaluate((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLDialogElement | null)?.open === true, testId);

/** From the catalogue into the free mode (a pushState, as a trainee gets there), then one action. */
async function enterAndAct(page: Page): Promise<unknown> {
  await page.goto(`${hx.baseUrl}?lang=id`);
  await page.click(`[data-open-machine="${PRESS.id}"][data-open-mode="free"]`);
  await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
  const idle = await page.getAttribute('[data-machine]', 'data-state');
  await panel(page, 'mainSwitch', 'on');
  await page.waitForFunction((s) => document.querySelector('[data-machine]')?.getAttribute('data-state') !== s, idle);
  return state(page);
}

describe('finishing asks first', () => {
  it('"Selesai dan lihat hasil" opens a question; "no" keeps practising, "yes" shows the result', async () => {
    const { page } = hx;
    const before = await enterAndAct(page);
    await page.click('[data-testid="finish"]');
    expect(await isOpen(page, 'finish-dialog')).toBe(true);
    expect(await page.textContent('[data-testid="finish-dialog"] h2')).toBe('Selesaikan sesi sekarang?');
    await page.screenshot({ path: 'test-results/finish-confirm.png' });
    await page.click('[data-testid="finish-dialog"] [data-testid="confirm-cancel"]');
    expect(await page.$('[data-testid="finish-dialog"]')).toBeNull();
    expect(await page.$('[data-testid="debrief"]')).toBeNull();
    expect(await state(page)).toEqual(before);
    // Escape is "no" too.
    await page.click('[data-testid="finish"]');
    await page.keyboard.press('Escape');
    expect(await page.$('[data-testid="finish-dialog"]')).toBeNull();
    expect(await page.$('[data-testid="debrief"]')).toBeNull();
    await page.click('[data-testid="finish"]');
    await page.click('[data-testid="finish-dialog"] [data-testid="confirm-yes"]');
    await page.waitForSelector('[data-testid="debrief"]');
    // The result is seen: leaving now asks nothing.
    await page.click('[data-testid="back"]');
    await page.waitForSelector('[data-testid="home"]');
  });
});

describe('leaving mid-session asks first', () => {
  it('"← Kembali": no keeps the session and its state; yes goes to the catalogue', async () => {
    const { page } = hx;
    const before = await enterAndAct(page);
    await page.click('[data-testid="back"]');
    expect(await isOpen(page, 'leave-dialog')).toBe(true);
    await page.screenshot({ path: 'test-results/leave-confirm.png' });
    await page.click('[data-testid="leave-dialog"] [data-testid="confirm-cancel"]');
    expect(await page.$('[data-testid="leave-dialog"]')).toBeNull();
    expect(await state(page)).toEqual(before);
    expect(page.url()).toContain(`machine=${PRESS.id}`);
    await page.click('[data-testid="back"]');
    await page.click('[data-testid="leave-dialog"] [data-testid="confirm-yes"]');
    await page.waitForSelector('[data-testid="home"]');
    expect(page.url()).not.toContain('machine=');
  });

  it('the mode selector: no keeps the mode and the session; yes starts the new mode', async () => {
    const { page } = hx;
    const before = await enterAndAct(page);
    await page.selectOption('[data-testid="mode-select"]', 'guided');
    expect(await isOpen(page, 'leave-dialog')).toBe(true);
    await page.click('[data-testid="leave-dialog"] [data-testid="confirm-cancel"]');
    expect(await mode(page)).toBe('free');
    expect(await page.inputValue('[data-testid="mode-select"]')).toBe('free');
    expect(await state(page)).toEqual(before);
    await page.selectOption('[data-testid="mode-select"]', 'exam');
    await page.click('[data-testid="leave-dialog"] [data-testid="confirm-yes"]');
    await page.waitForSelector('[data-mode="exam"]');
    expect(await state(page)).not.toEqual(before);
  });

  it('the browser back button: no stays (same URL and state); yes goes back', async () => {
    const { page } = hx;
    const before = await enterAndAct(page);
    const url = page.url();
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('[data-testid="leave-dialog"]') as HTMLDialogElement | null)?.open === true);
    expect(page.url()).toBe(url);
    await page.click('[data-testid="leave-dialog"] [data-testid="confirm-cancel"]');
    expect(await state(page)).toEqual(before);
    expect(page.url()).toBe(url);
    await page.goBack();
    await page.waitForSelector('[data-testid="leave-dialog"]');
    await page.click('[data-testid="leave-dialog"] [data-testid="confirm-yes"]');
    await page.waitForSelector('[data-testid="home"]');
    expect(page.url()).not.toContain('machine=');
  });

  it('reload asks through the browser (beforeunload) only after an action', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    const asked: string[] = [];
    const onDialog = (d: Dialog) => {
      asked.push(d.type());
      void d.accept();
    };
    page.on('dialog', onDialog);
    // Nothing done yet: nothing to lose, no question.
    await page.click('[data-testid="reset-view"]');
    await page.reload();
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(asked).toEqual([]);
    await panel(page, 'mainSwitch', 'on');
    await page.reload();
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(asked).toEqual(['beforeunload']);
    page.off('dialog', onDialog);
  });

  it('without any trainee action, back leaves at once', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.click(`[data-open-machine="${PRESS.id}"][data-open-mode="free"]`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    await page.click('[data-testid="back"]');
    await page.waitForSelector('[data-testid="home"]');
    expect(hx.errors).toEqual([]);
  });
});
