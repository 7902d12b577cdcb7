import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { formatClock } from '../../src/ui/formatClock.ts';
import { panel, root } from './gladiPage.ts';
import { finishSession } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

const MIN = 60_000;

/** The page's tab is hidden or shown again, as the browser does for another tab or a screen turned off. */
const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

/** A page of its own whose clock the test can jump (the harness page keeps the real clock). */
async function clockPage(): Promise<Page> {
  const page = await hx.context.newPage();
  pages.push(page);
  page.on('pageerror', (e) => hx.errors.push(`pageerror: ${e.message}`));
  await page.clock.install();
  return page;
}
const pages: Page[] = [];
afterAll(async () => Promise.all(pages.map((p) => p.close())));

const attr = async (page: Page, sel: string, name: string) => (await page.getAttribute(sel, name)) ?? '';

describe('real time and pauses', () => {
  it('ten idle minutes of practice show as 10 minutes in the result, the timeline and the record file', async () => {
    const page = await clockPage();
    // The page's clock runs at real speed; fastForward jumps it as ten real minutes would.
    const started = Date.now();
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=id`);
    await page.waitForSelector('[data-mode="free"]');
    await panel(page, 'mainSwitch', 'on');
    await page.clock.fastForward('10:00');
    await finishSession(page);
    await page.waitForSelector('[data-testid="debrief"]');
    const realMs = Date.now() - started;
    const shownMs = Number(await attr(page, '[data-testid="session-time"]', 'data-time-ms'));
    // At least the ten minutes; at most those plus the real time the test took (whatever the machine's speed).
    expect(shownMs).toBeGreaterThanOrEqual(10 * MIN);
    expect(shownMs).toBeLessThanOrEqual(10 * MIN + realMs);
    // The same time in words, and at the end of the timeline.
    const clock = formatClock(shownMs);
    expect(await page.textContent('[data-testid="session-time"]')).toContain(clock);
    expect(await page.textContent('[data-testid="timeline"] li:last-child .time')).toBe(clock);
    // Quitting after one action: not finished, and no mark or praise that would read as perfect.
    expect(await attr(page, '[data-testid="score"]', 'data-verdict')).toBe('notFinished');
    expect(await page.$('[data-testid="score"] .score-number')).toBeNull();
    expect(await page.textContent('[data-testid="score"]')).not.toContain('Bagus');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-record"]')]);
    const record = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { log: { endT: number; entries: { kind: string }[] } };
    expect(record.log.endT).toBe(shownMs);
    expect(record.log.entries.at(-1)?.kind).toBe('end');
    expect(hx.errors).toEqual([]);
    await page.close();
  });

  it('a trainer pause refuses every control with a "paused" message until continued, and is in the timeline', async () => {
    const { page } = hx;
    await page.bringToFront();
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=en&trainer=1`);
    await page.waitForSelector('[data-testid="trainer-panel"]');
    await page.click('[data-testid="trainer-pause"]');
    await page.waitForSelector('[data-testid="paused"][data-pause-reason="trainer"]');
    expect(await attr(page, '[data-testid="trainer-pause"]', 'aria-pressed')).toBe('true');
    const before = await attr(page, root, 'data-state');
    await panel(page, 'mainSwitch', 'on');
    await page.waitForSelector('[data-testid="refusal"][data-refusal-key="pause.refused"]');
    expect(await page.textContent('[data-testid="refusal"]')).toContain('Paused');
    expect(await attr(page, root, 'data-state')).toBe(before);
    await page.screenshot({ path: 'test-results/paused-refusal.png' });
    await page.click('[data-testid="resume"]');
    await page.waitForSelector('[data-testid="paused"]', { state: 'detached' });
    await panel(page, 'mainSwitch', 'on');
    await page.waitForFunction(([sel, was]) => document.querySelector(sel as string)?.getAttribute('data-state') !== was, [root, before] as const);
    await finishSession(page);
    const timeline = await page.textContent('[data-testid="timeline"]');
    expect(timeline).toContain('Paused by the trainer');
    expect(timeline).toContain('Continued after a pause of');
  });

  it('a hidden tab pauses an exam: no exam time or procedure time runs while hidden; it waits for the trainee on return', async () => {
    const page = await clockPage();
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=exam&lang=id`);
    await page.waitForSelector('[data-mode="exam"]');
    // Exactly one countdown, saying what it counts down to.
    expect(await page.$$('[role="timer"]')).toHaveLength(1);
    expect(await attr(page, '[data-testid="countdown"]', 'data-countdown')).toBe('exam');
    await panel(page, 'mainSwitch', 'on');
    await setHidden(page, true);
    await page.waitForSelector('[data-testid="paused"][data-pause-reason="hidden"]');
    const leftAtPause = Number(await attr(page, '[data-testid="countdown"]', 'data-left-ms'));
    // Twenty minutes away: longer than the whole exam limit.
    await page.clock.fastForward('20:00');
    await setHidden(page, false);
    await page.clock.fastForward('00:02');
    expect(await attr(page, root, 'data-session')).toBe('running');
    expect(await page.$('[data-testid="paused"]')).not.toBeNull();
    expect(Number(await attr(page, '[data-testid="countdown"]', 'data-left-ms'))).toBe(leftAtPause);
    expect(await page.textContent('[data-testid="countdown"]')).toContain('jeda');
    await panel(page, 'pumpStart');
    await page.waitForSelector('[data-testid="refusal"][data-refusal-key="pause.refused"]');
    await page.screenshot({ path: 'test-results/paused-hidden.png' });
    await page.click('[data-testid="resume"]');
    await panel(page, 'pumpStart');
    await finishSession(page);
    await page.waitForSelector('[data-testid="debrief"]');
    // The exam was quit, not timed out: failed because unfinished; the pause is in the timeline with its real length.
    expect(await attr(page, '[data-testid="verdict"]', 'data-reasons')).toBe('notFinished');
    expect(await attr(page, '[data-testid="score"]', 'data-passed')).toBe('false');
    expect(Number(await attr(page, '[data-testid="session-time"]', 'data-paused-ms'))).toBeGreaterThanOrEqual(20 * MIN);
    expect(await page.textContent('[data-testid="timeline"]')).toContain('Dijeda: aplikasi ditinggalkan');
    await page.close();
  });

  it('an exam drill shows one countdown; abandoned early it fails as not finished, with no perfect score', async () => {
    const { page } = hx;
    await page.bringToFront();
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&scenario=${PRESS.examDrill}&lang=id`);
    await page.waitForSelector('[data-testid="drill-panel"]');
    expect(await page.$$('[role="timer"]')).toHaveLength(1);
    expect(await attr(page, '[data-testid="countdown"]', 'data-countdown')).toBe('exam');
    await finishSession(page);
    await page.waitForSelector('[data-testid="drill-result"]');
    expect(await attr(page, '[data-testid="drill-result"]', 'data-drill-result')).toBe('failed');
    expect(await attr(page, '[data-testid="drill-result"]', 'data-drill-reason')).toBe('notFinished');
    const text = (await page.textContent('.side-panel')) ?? '';
    expect(text).not.toContain('Bagus');
    expect(text).not.toContain('Nilai: 100');
    expect(text).toContain('Tujuan belum tercapai');
    await page.screenshot({ path: 'test-results/drill-abandoned.png' });
  });
});
