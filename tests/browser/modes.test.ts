import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { followGlow, panel, waitForState, waitForTag } from './gladiPage.ts';
import { pressBoth } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

const session = (hx: Harness) => hx.page.getAttribute('[data-machine]', 'data-session');

describe('practice modes on the clicking press', () => {
  it('guided: following the glow reaches complete; the debrief shows a clean timeline', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=guided&lang=id`);
    await page.waitForSelector('[data-mode="guided"]');
    expect(await page.$$eval('[data-step]', (els) => els.length)).toBeGreaterThan(5);
    await followGlow(page);
    expect(await session(hx)).toBe('complete');
    await page.waitForSelector('[data-testid="debrief"]');
    expect(await page.getAttribute('[data-testid="score"]', 'data-score')).toBe('100');
    expect(await page.$$eval('[data-testid="timeline"] li', (els) => els.length)).toBeGreaterThan(20);
    await page.screenshot({ path: 'test-results/guided-debrief.png' });
  });

  it('exam: no element carries a hint; a full procedure passes', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=exam&lang=id`);
    await page.waitForSelector('[data-mode="exam"]');
    const noHints = async () => expect(await page.$$('[data-hint]')).toHaveLength(0);
    await noHints();
    for (const c of ['floorMark', 'oilSightGlass', 'board', 'dieRack']) await panel(page, c);
    await panel(page, 'mainSwitch', 'on');
    await panel(page, 'pumpStart');
    await waitForTag(page, 'ready');
    await noHints();
    await panel(page, 'arm', 'overDie');
    await panel(page, 'buttonLeft'); // functional test: one button alone
    await waitForState(page, '"blocked"');
    await panel(page, 'buttonRight'); // and the second one more than 0.5 s later
    await panel(page, 'buttonLeft');
    await panel(page, 'buttonRight');
    await waitForTag(page, 'ready');
    await pressBoth(page);
    await waitForState(page, '"waitRelease"');
    await pressBoth(page);
    await panel(page, 'estop');
    await waitForTag(page, 'estop');
    await panel(page, 'estop');
    await panel(page, 'reset');
    await panel(page, 'pumpStart');
    await waitForTag(page, 'ready');
    await panel(page, 'arm', 'aside');
    await panel(page, 'die', 'vamp');
    await panel(page, 'pressure', '14');
    // The depth is found, not given: from the shallow start, one notch deeper per trial on scrap
    // until the first clean cut; then the production hide grain up, the die on a clear area.
    const cuts = [2, 3, 4, 5, 6].map((d) => ({ material: 'scrap', depth: String(d), outcome: d < 6 ? '"cutIncomplete"' : '"partCut"' }));
    for (const cut of [...cuts, { material: 'leather', depth: '6', outcome: '"partCut"' }]) {
      await panel(page, 'material', cut.material);
      if (cut.material === 'leather') {
        await panel(page, 'hideSide', 'grainUp');
        await panel(page, 'diePlace', 'clear');
      }
      if (cut.depth !== '2') await panel(page, 'depth', cut.depth);
      await panel(page, 'arm', 'overDie');
      await pressBoth(page);
      await waitForState(page, '"waitRelease"');
      await pressBoth(page);
      await panel(page, 'arm', 'aside');
      await waitForState(page, cut.outcome);
      await panel(page, 'removePart');
    }
    await noHints();
    await panel(page, 'pumpStop');
    await panel(page, 'mainSwitch', 'off');
    await panel(page, 'die', 'none');
    await panel(page, 'cleanBoard');
    await page.waitForSelector('[data-testid="debrief"]');
    expect(await session(hx)).toBe('complete');
    expect(await page.getAttribute('[data-testid="score"]', 'data-passed')).toBe('true');
    await page.screenshot({ path: 'test-results/exam-pass.png' });
  });

  it('exam: a critical violation fails at once and the debrief says why', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=exam&lang=en`);
    await page.waitForSelector('[data-mode="exam"]');
    await panel(page, 'mainSwitch', 'on');
    await panel(page, 'modeKey', 'in'); // the mechanic's key (a major mistake), then one-hand: critical
    await panel(page, 'modeSelector', 'oneHand');
    await page.waitForSelector('[data-testid="debrief"]');
    expect(await session(hx)).toBe('failed');
    expect(await page.getAttribute('[data-testid="score"]', 'data-passed')).toBe('false');
    expect(await page.$$('[data-testid="timeline"] [data-severity="critical"]')).toHaveLength(1);
    expect(await page.textContent('[data-testid="score"]')).toContain('critical');
  });

  it('the session record downloads, opens again from the home screen and replays to the same state', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=guided&lang=id`);
    await page.waitForSelector('[data-mode="guided"]');
    await followGlow(page);
    await page.waitForSelector('[data-testid="debrief"]');
    const finalState = await page.getAttribute('[data-machine]', 'data-state');
    await page.fill('[data-testid="trainee-name"]', 'Siti <b>Aminah</b>');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-record"]')]);
    // Date and time apart in the file name: gladi-<machine>-<name>-2026-12-01-2138.json.
    expect(download.suggestedFilename()).toMatch(new RegExp(`^gladi-${PRESS.id}-Siti-b-Aminah-b-\\d{4}-\\d\\d-\\d\\d-\\d{4}\\.json$`));
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(text.length).toBeLessThan(15_000);
    expect(JSON.parse(text).trainee).toBe('Siti <b>Aminah</b>');

    await page.goto(`${hx.baseUrl}?lang=id`);
    // A damaged file is refused with the file and field named; nothing opens.
    await page.setInputFiles('[data-testid="open-record"]', { name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) });
    await page.waitForSelector('[data-testid="file-problems"]');
    expect(await page.textContent('[data-testid="file-problems"]')).toContain('rusak.json');
    expect(await page.$('[data-machine]')).toBeNull();

    // A changed record (one accepted flag flipped) is refused, naming the entry.
    const forged = JSON.parse(text);
    forged.log.entries[3].accepted = !forged.log.entries[3].accepted;
    await page.setInputFiles('[data-testid="open-record"]', { name: 'diubah.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forged)) });
    await page.waitForFunction(() => document.querySelector('[data-testid="file-problems"]')?.textContent?.includes('diubah.json'));
    const refusal = await page.textContent('[data-testid="file-problems"]');
    expect(refusal).toContain('Rekaman ini diubah setelah dibuat');
    expect(refusal).toContain('diubah.json: log.entries.3.accepted: this record was changed after it was made: entry 3');
    expect(await page.$('[data-machine]')).toBeNull();

    // The genuine record opens on its summary first, every field shown, then offers the replay.
    await page.setInputFiles('[data-testid="open-record"]', { name: 'rekaman.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForSelector('[data-testid="record-summary"]');
    const field = (name: string) => page.textContent(`[data-testid="record-summary"] [data-field="${name}"] dd`);
    expect(await field('trainee')).toBe('Siti <b>Aminah</b>');
    expect(await field('machine')).toMatch(/\S/);
    expect(await field('mode')).toBe('Latihan terpandu');
    expect(await field('date')).toMatch(/\d{4}/);
    expect(await field('duration')).toMatch(/^\d+:\d\d$/);
    expect(await field('score')).toMatch(/^\d+ dari 100$/);
    expect(await page.textContent('[data-testid="record-summary"] [data-testid="verdict"]')).toMatch(/\S/);
    expect(await page.$('[data-testid="replay-bar"]')).toBeNull();
    await page.screenshot({ path: 'test-results/record-summary.png' });
    await page.click('[data-testid="record-replay"]');
    await page.waitForSelector('[data-testid="replay-bar"]');
    expect(await page.getAttribute('[data-machine]', 'data-state')).toContain('"off"');
    await page.click('[data-testid="replay-step"]');
    expect(await page.getAttribute('[data-testid="replay-bar"]', 'data-replay-position')).toBe('1');
    // Scrub to the end: the replay reaches exactly the live session's final state.
    await page.$eval('[data-testid="replay-scrub"]', (el) => {
      const input = el as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, input.max);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction((s) => document.querySelector('[data-machine]')?.getAttribute('data-state') === s, finalState);
    expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('complete');
    await page.screenshot({ path: 'test-results/replay.png' });
    expect(hx.errors).toEqual([]);
  });
});
