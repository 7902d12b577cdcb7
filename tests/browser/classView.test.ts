import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { panel } from './gladiPage.ts';
import { addLearner, classCell as cell, downloaded, importFiles, learnersShown, openClassView, passFaultDrill, saved, SHOWN } from './recordsPage.ts';
import { PRESS } from './machinesUnderTest.ts';

/**
 * The trainer's class view (issue 11): learners of one device × machines, an attempt's debrief
 * and replay, CSV and xAPI downloads, and class bundles moved between two devices (two browser
 * profiles): merged without duplicates, a damaged one refused by name with nothing changed.
 */
let a: Harness;
let b: Harness;
beforeAll(async () => {
  a = await openHarness({ width: 1280, height: 720 });
  b = await openHarness({ width: 1280, height: 720 });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

/** axe-core's serious and critical violations on the page as it is (the same bar as a11y.test.ts). */
async function axeSerious(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('class view', () => {
  let bundleText = '';

  it('two learners practise on one device; the class view shows both with their status', async () => {
    await passFaultDrill(a, 'Siti');
    // Budi practises on the same tablet: picked from the picker, one action saved (a running attempt).
    const { page } = a;
    await page.goto(`${a.baseUrl}?lang=id&machine=${PRESS.id}&mode=guided`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    await addLearner(page, 'Budi');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    const before = await page.evaluate<string>(SHOWN);
    await panel(page, 'floorMark');
    await page.waitForFunction(`(${SHOWN}) !== ${JSON.stringify(before)}`);
    await saved(page);

    await openClassView(a);
    expect(await learnersShown(page)).toEqual(['Budi', 'Siti']);
    expect(await cell(page, 'Siti').getAttribute('data-attempts')).toBe('1');
    expect(await cell(page, 'Siti').getAttribute('data-status')).not.toBe('none');
    expect(await cell(page, 'Siti').textContent()).toMatch(/Skor terbaik: \d+/);
    expect(await cell(page, 'Budi').getAttribute('data-status')).toBe('practised');
    // The drill filter keeps only that drill's attempts: Budi's free practice drops out.
    await page.selectOption('[data-testid="filter-drill"]', PRESS.faultDrill);
    expect(await cell(page, 'Budi').getAttribute('data-attempts')).toBe('0');
    expect(await cell(page, 'Siti').getAttribute('data-attempts')).toBe('1');
    await page.selectOption('[data-testid="filter-drill"]', '');
  });

  it("a learner's attempt opens its debrief and replay; Back returns to the class view", async () => {
    const { page } = a;
    await page.click('[data-class-learner="Siti"] [data-testid="class-learner"]');
    await page.click('[data-testid="class-attempts"] [data-testid="open-attempt"]');
    await page.waitForSelector('[data-testid="record-summary"][data-verdict="passed"]');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    await page.click('[data-testid="record-replay"]');
    await page.waitForSelector('[data-testid="replay-bar"]');
    await page.click('[data-testid="back"]');
    await page.waitForSelector('[data-testid="class-table"]');
  });

  it('the CSV has a BOM and one row per attempt; the xAPI file is an array of statements', async () => {
    const { page } = a;
    const csv = await downloaded(page, 'download-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((l) => l.split(';')[1]).sort()).toEqual(['Budi', 'Siti']);
    const xapi = JSON.parse((await downloaded(page, 'download-xapi')).bytes.toString('utf8')) as { verb: { id: string } }[];
    expect(xapi.length).toBeGreaterThan(1);
    expect(xapi.some((s) => s.verb.id.endsWith('/passed'))).toBe(true);
  });

  it('a bundle from a second device merges without duplicates; importing it again skips all', async () => {
    await passFaultDrill(b, 'Dewi');
    await openClassView(b);
    const bundle = await downloaded(b.page, 'download-bundle');
    expect(bundle.name).toMatch(/^gladi-kelas-.+\.json$/);
    bundleText = bundle.bytes.toString('utf8');
    const { page } = a;
    const first = await importFiles(page, [{ name: bundle.name, text: bundleText }]);
    expect(first).toMatchObject([{ file: bundle.name, ok: 'true', added: '1', skipped: '0' }]);
    await page.waitForSelector('[data-class-learner="Dewi"]');
    expect(await learnersShown(page)).toEqual(['Budi', 'Dewi', 'Siti']);
    const again = await importFiles(page, [{ name: bundle.name, text: bundleText }]);
    expect(again).toMatchObject([{ ok: 'true', added: '0', skipped: '1' }]);
    expect(await cell(page, 'Dewi').getAttribute('data-attempts')).toBe('1');
  });

  it('a corrupted bundle is refused with the file and field named, and nothing changes', async () => {
    const { page } = a;
    const forged = JSON.parse(bundleText) as { learners: { id: string; name: string }[]; attempts: { learnerId: string }[] };
    forged.learners.push({ ...forged.learners[0]!, id: 'new-learner', name: 'Tamu' });
    forged.attempts[0]!.learnerId = 'nobody';
    const outcome = await importFiles(page, [{ name: 'kelas-rusak.json', text: JSON.stringify(forged) }]);
    expect(outcome).toHaveLength(1);
    expect(outcome[0]).toMatchObject({ file: 'kelas-rusak.json', ok: 'false' });
    expect(outcome[0]!.text).toContain('kelas-rusak.json: attempts.0.learnerId');
    expect(await learnersShown(page)).toEqual(['Budi', 'Dewi', 'Siti']);
  });

  it('fits 1280×720, 1024×600 and 412×915 without sideways scrolling of the page, and passes axe', async () => {
    const { page } = a;
    await page.click('[data-class-learner="Siti"] [data-testid="class-learner"]');
    await page.waitForSelector('[data-testid="class-manage"]');
    expect(await axeSerious(page)).toEqual([]);
    for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 600 }, { width: 412, height: 915 }]) {
      await page.setViewportSize(size);
      await page.waitForFunction((w) => window.innerWidth === w, size.width);
      expect(await noSidewaysScroll(page), `${size.width}×${size.height}`).toBe(true);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('the trainer renames, merges (asked first) and deletes (asked first) names', async () => {
    const { page } = a;
    await page.click('[data-class-learner="Budi"] [data-testid="class-learner"]');
    await page.fill('[data-testid="rename-input"]', 'Budi Santoso');
    await page.click('[data-testid="rename-save"]');
    await page.waitForSelector('[data-class-learner="Budi Santoso"]');
    // Dewi is Siti's second name on the other tablet: merged into Siti.
    await page.click('[data-class-learner="Dewi"] [data-testid="class-learner"]');
    await page.selectOption('[data-testid="merge-into"]', { label: 'Siti' });
    await page.click('[data-testid="merge"]');
    await page.click('[data-testid="confirm-dialog"] [data-testid="confirm-cancel"]');
    expect(await learnersShown(page)).toContain('Dewi');
    await page.click('[data-testid="merge"]');
    await page.click('[data-testid="confirm-dialog"] [data-testid="confirm-yes"]');
    await page.waitForSelector('[data-class-learner="Dewi"]', { state: 'detached' });
    expect(await cell(page, 'Siti').getAttribute('data-attempts')).toBe('2');
    await page.click('[data-class-learner="Budi Santoso"] [data-testid="class-learner"]');
    await page.click('[data-testid="delete-learner"]');
    await page.click('[data-testid="confirm-dialog"] [data-testid="confirm-yes"]');
    await page.waitForSelector('[data-class-learner="Budi Santoso"]', { state: 'detached' });
    expect(await learnersShown(page)).toEqual(['Siti']);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('a bare ?view=class link (no trainer mode) shows the home, not the learners\' results', async () => {
    const { page } = a;
    await page.goto(`${a.baseUrl}?lang=id&view=class`);
    await page.waitForSelector('[data-machine-card]');
    expect(await page.$('[data-testid="class-table"]')).toBeNull();
  });

  it('a damaged row on the device is named to the trainer, skipped and kept; the rest still shows', async () => {
    const { page } = a;
    const rowIds = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const req = indexedDB.open('gladi-records');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const keys = req.result.transaction('attempts').objectStore('attempts').getAllKeys();
              keys.onsuccess = () => {
                resolve((keys.result as string[]).map(String));
                req.result.close();
              };
            };
          }),
      );
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('gladi-records');
          req.onsuccess = () => {
            const tx = req.result.transaction('attempts', 'readwrite');
            tx.objectStore('attempts').put({ id: 'rusak-1', learnerId: 42, status: 'running' });
            tx.oncomplete = () => (req.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await openClassView(a);
    expect(await page.textContent('[data-testid="damaged-rows"] [data-damaged-row="rusak-1"]')).toMatch(/attempts rusak-1: kolom \w+/);
    expect(await learnersShown(page)).toEqual(['Siti']);
    expect(await rowIds()).toContain('rusak-1');
  });
});
