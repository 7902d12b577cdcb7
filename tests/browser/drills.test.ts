import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel, waitForState, waitForTag } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';
import { answerLowOil, raiseLowOil } from './pressFaultDrill.ts';

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

describe('scenario drills', () => {
  it('a shared link opens the drill; the fault comes on schedule; a correct response passes', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&scenario=${PRESS.faultDrill}&lang=id`);
    await page.waitForSelector(`[data-testid="drill-panel"][data-drill="${PRESS.faultDrill}"]`);
    // The drill starts mid-procedure: powered, set up, ready to cut.
    await waitForTag(page, 'ready');
    expect(await page.textContent('[data-testid="drill-panel"] h2')).toBe('Oli kurang di tengah shift');
    // Swinging the arm over triggers the scheduled low-oil fault.
    await panel(page, 'arm', 'overDie');
    await waitForState(page, '"lowOil"');
    expect(await page.getAttribute('[data-testid="status"]', 'data-status-key')).toBe('status.lowOil');
    // Respond: stop, lock out, report to the mechanic (the artisan does not top up).
    await answerLowOil(page);
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

  it("a trainer's own drill file: its saved record opens on another device's home, with the drill's own title, and replays", async () => {
    const { page } = hx;
    const doc = JSON.parse(readFileSync(`scenarios/${PRESS.id}/${PRESS.faultDrill}.json`, 'utf8')) as { id: string; title: { id: string; en: string } };
    const own = { ...doc, id: 'oli-bu-ani', title: { id: 'Oli kurang (latihan Bu Ani)', en: "Low oil (Mrs Ani's drill)" } };
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=id`);
    await page.click('[data-testid="drill-list"] summary');
    await page.setInputFiles('[data-testid="open-drill"]', { name: 'oli-bu-ani.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
    await page.waitForSelector('[data-testid="drill-panel"][data-drill="oli-bu-ani"]');
    await raiseLowOil(page);
    await answerLowOil(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-record"]')]);
    const text = readFileSync(await download.path(), 'utf8');
    // A fresh page knows nothing of the file: the record brings it.
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.setInputFiles('[data-testid="open-record"]', { name: 'rekaman-bu-ani.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForSelector('[data-testid="record-summary"][data-verdict="passed"]');
    expect(await page.textContent('[data-field="drill"] dd')).toBe('Oli kurang (latihan Bu Ani)');
    await page.click('[data-testid="record-replay"]');
    await page.waitForSelector('[data-testid="replay-bar"] >> xpath=..//*[@data-testid="timeline-setup"]');
    // The same record with the file's pass mark lowered is refused, naming what is wrong.
    const forged = JSON.parse(text) as { drillFile: { text: string } };
    forged.drillFile.text = forged.drillFile.text.replace(/"passMark":\d+/, '"passMark":1');
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.setInputFiles('[data-testid="open-record"]', { name: 'diubah.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forged)) });
    await page.waitForSelector('[data-testid="file-problems"]');
    expect(await page.textContent('[data-testid="file-problems"]')).toContain('diubah.json: drillFile: is not the drill this record was made in');
    expect(hx.errors).toEqual([]);
  });

  it('the trainer panel injects a fault live and pauses the clock', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=en&trainer=1`);
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
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=id`);
    await page.click('[data-testid="drill-list"] summary');
    const bad = JSON.stringify({ id: 'x', machine: PRESS.id, title: { id: '<img src=x onerror=alert(1)>', en: 'x' }, mode: 'party' });
    await page.setInputFiles('[data-testid="open-drill"]', { name: 'latihan-saya.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.waitForSelector('[data-testid="drill-problems"]');
    const text = await page.textContent('[data-testid="drill-problems"]');
    expect(text).toContain('latihan-saya.json: mode');
    expect(await page.$('[data-testid="drill-problems"] img')).toBeNull();
    expect(await page.$('[data-testid="drill-panel"]')).toBeNull();

    // A well-formed file whose golden run fails is refused as the checker refuses it, headline in Indonesian.
    const doc = JSON.parse(readFileSync(`scenarios/${PRESS.id}/${PRESS.faultDrill}.json`, 'utf8')) as { golden: unknown[] };
    const open = async (name: string, bytes: Buffer) => {
      await page.setInputFiles('[data-testid="open-drill"]', { name, mimeType: 'application/json', buffer: bytes });
      await page.waitForFunction(() => !document.querySelector('[data-testid="drill-checking"]') && !!document.querySelector('[data-testid="drill-problems"], [data-testid="drill-panel"]'));
    };
    await open('golden-gagal.json', Buffer.from(JSON.stringify({ ...doc, golden: doc.golden.slice(0, 1) })));
    const refused = await page.textContent('[data-testid="drill-problems"]');
    expect(refused).toMatch(/Berkas latihan ini tidak bisa dipakai: \d+ masalah/);
    expect(refused).toContain('golden-gagal.json: golden: must pass, but failed');
    expect(await page.$('[data-testid="drill-panel"]')).toBeNull();

    // Thousands of problems: the lines are capped, and both the checker's line and the headline say how many are left out.
    await open('banyak.json', Buffer.from(JSON.stringify({ ...doc, golden: Array.from({ length: 1000 }, () => ({ t: 'soon', event: 7 })) })));
    expect(await page.getAttribute('[data-testid="drill-problems"]', 'data-problem-count')).toBe('2000');
    const many = await page.textContent('[data-testid="drill-problems"]');
    expect(many).toContain('Berkas latihan ini tidak bisa dipakai: 2000 masalah');
    expect(many).toContain('banyak.json: (file): 1900 more problems not shown');
    expect(many).toContain('1900 masalah lagi tidak ditampilkan');
    expect(await page.$$eval('[data-testid="drill-problems"] li', (li) => li.length)).toBe(101);
    await page.screenshot({ path: 'test-results/drill-refused-many.png' });

    // A good file saved with a byte-order mark (Notepad) opens and starts.
    await open('oli-saya.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(`scenarios/${PRESS.id}/${PRESS.faultDrill}.json`)]));
    await page.waitForSelector(`[data-testid="drill-panel"][data-drill="${PRESS.faultDrill}"]`);
    expect(hx.errors).toEqual([]);
  });
});
