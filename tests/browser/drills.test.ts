import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel, pressBoth, waitForState, waitForTag } from './gladiPage.ts';

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

describe('scenario drills', () => {
  it('a shared link opens the drill; the fault comes on schedule; a correct response passes', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=clicking-press&scenario=oli-kurang&lang=id`);
    await page.waitForSelector('[data-testid="drill-panel"][data-drill="oli-kurang"]');
    // The drill starts mid-procedure: powered, set up, ready to cut.
    await waitForTag(page, 'ready');
    expect(await page.textContent('[data-testid="drill-panel"] h2')).toBe('Oli kurang di tengah shift');
    // Swinging the arm over triggers the scheduled low-oil fault.
    await panel(page, 'arm', 'overDie');
    await waitForState(page, '"lowOil"');
    expect(await page.getAttribute('[data-testid="status"]', 'data-status-key')).toBe('status.lowOil');
    // Respond: lock out, top up, restart, then finish the part.
    await panel(page, 'mainSwitch', 'off');
    await panel(page, 'oilFillCap');
    await panel(page, 'mainSwitch', 'on');
    await panel(page, 'pumpStart');
    await waitForTag(page, 'ready');
    await pressBoth(page);
    await waitForState(page, '"waitRelease"');
    await pressBoth(page);
    await panel(page, 'arm', 'aside');
    await panel(page, 'removePart');
    await page.waitForSelector('[data-drill-result="passed"]');
    await page.screenshot({ path: 'test-results/drill-pass.png' });
    // The result names the drill's fault in the timeline, and the record can be saved.
    expect(await page.textContent('[data-testid="timeline"]')).toContain('Gangguan');
    // The drill's set-up folds into one timeline line.
    expect(await page.textContent('[data-testid="timeline-setup"]')).toMatch(/Persiapan skenario: \d+ langkah/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-record"]')]);
    const text = readFileSync(await download.path(), 'utf8');
    // The saved record opens on its summary: the drill, its objectives and verdict, recomputed.
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.setInputFiles('[data-testid="open-record"]', { name: 'latihan.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForSelector('[data-testid="record-summary"][data-verdict="passed"]');
    expect(await page.textContent('[data-field="drill"] dd')).toBe('Oli kurang di tengah shift');
    expect(await page.$$eval('[data-testid="record-objectives"] li', (li) => li.map((l) => l.getAttribute('data-met')))).toEqual(['true', 'true']);
    await page.click('[data-testid="record-replay"]');
    await page.waitForSelector('[data-testid="replay-bar"] >> xpath=..//*[@data-testid="timeline-setup"]');
    expect(hx.errors).toEqual([]);
  });

  it('the trainer panel injects a fault live and pauses the clock', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=clicking-press&mode=free&lang=en&trainer=1`);
    await page.waitForSelector('[data-testid="trainer-panel"]');
    await panel(page, 'mainSwitch', 'on');
    await panel(page, 'pumpStart');
    await waitForTag(page, 'ready');
    await page.click('[data-inject-fault="estopLatched"]');
    await waitForTag(page, 'estop');
    await page.click('[data-testid="trainer-pause"]');
    expect(await page.getAttribute('[data-testid="trainer-pause"]', 'aria-pressed')).toBe('true');
  });

  it('a broken drill file is refused whole with the file and field named, shown as text', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=clicking-press&mode=free&lang=id`);
    await page.click('[data-testid="drill-list"] summary');
    const bad = JSON.stringify({ id: 'x', machine: 'clicking-press', title: { id: '<img src=x onerror=alert(1)>', en: 'x' }, mode: 'party' });
    await page.setInputFiles('[data-testid="open-drill"]', { name: 'latihan-saya.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.waitForSelector('[data-testid="drill-problems"]');
    const text = await page.textContent('[data-testid="drill-problems"]');
    expect(text).toContain('latihan-saya.json: mode');
    expect(await page.$('[data-testid="drill-problems"] img')).toBeNull();
    expect(await page.$('[data-testid="drill-panel"]')).toBeNull();
  });
});
