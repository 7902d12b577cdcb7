import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Harness } from './harness.ts';
import { panel, state } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';
import { answerLowOil, raiseLowOil } from './pressFaultDrill.ts';

/** Browser steps the records tests share: saving, resuming, the class view and its files. */

/** Every change is on the device (not only queued): the saver says so on the screen. */
export const saved = (page: Page) => page.waitForSelector('[data-testid="save-status"][data-save="saved"]', { state: 'attached' });

/** The "continue where you were?" question after a reload or a crash. */
export const resumeDialogOpen = (page: Page) =>
  page.waitForFunction(() => (document.querySelector('[data-testid="resume-dialog"]') as HTMLDialogElement | null)?.open === true);

/** The chart state and the step ticks as one string (a page expression), to wait for an action's effect. */
export const SHOWN = `document.querySelector('[data-machine]')?.getAttribute('data-state') + '|' + [...document.querySelectorAll('[data-step]')].map((e) => e.getAttribute('data-step-done')).join()`;

/** What "the same state" means: the chart state and each step's tick. */
export async function machineSnapshot(page: Page) {
  const steps = await page.$$eval('[data-step]', (els) => els.map((e) => `${e.getAttribute('data-step')}=${e.getAttribute('data-step-done')}`));
  return { state: await state(page), steps };
}

/** Presses each control in turn, waiting for its effect, then for the save; returns the state reached. */
export async function actAndSave(page: Page, ...controls: [string, string?][]) {
  for (const [control, value] of controls) {
    const before = await page.evaluate<string>(SHOWN);
    await panel(page, control, value);
    await page.waitForFunction(`(${SHOWN}) !== ${JSON.stringify(before)}`);
  }
  await saved(page);
  return machineSnapshot(page);
}

/** The stored attempts, read straight from IndexedDB (what a new page will find). */
export function storedAttempts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ learnerId: string; status: string; entries: number }[]>((resolve, reject) => {
        const req = indexedDB.open('gladi-records');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('attempts').objectStore('attempts').getAll();
          all.onsuccess = () => {
            resolve((all.result as { learnerId: string; status: string; record: { log: { entries: unknown[] } } }[]).map((a) => ({ learnerId: a.learnerId, status: a.status, entries: a.record.log.entries.length })));
            req.result.close();
          };
        };
      }),
  );
}

/** The outbox as stored on the device (what survives a reload): the queued statement ids. */
export function storedOutbox(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('gladi-records');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('outbox')) {
            db.close();
            return resolve([]);
          }
          const get = db.transaction('outbox').objectStore('outbox').get('state');
          get.onsuccess = () => {
            const stored = get.result as { state: { entries: { id: string; status: string }[] } } | undefined;
            resolve((stored?.state.entries ?? []).filter((e) => e.status === 'pending').map((e) => e.id));
            db.close();
          };
        };
      }),
  );
}

/** The fault drill played to a pass (a finished attempt with a score). */
export async function passFaultDrill(hx: Harness, learner: string) {
  const { page } = hx;
  await page.goto(`${hx.baseUrl}?lang=id&machine=${PRESS.id}&scenario=${PRESS.faultDrill}&learner=${learner}`);
  await page.waitForSelector(`[data-testid="drill-panel"][data-drill="${PRESS.faultDrill}"]`);
  await raiseLowOil(page);
  await answerLowOil(page);
  await saved(page);
}

/** A new learner added with the picker (one tap on the current name), now the current one. */
export async function addLearner(page: Page, name: string) {
  await page.click('[data-testid="learner-current"]');
  await page.fill('[data-testid="learner-name"]', name);
  await page.click('[data-testid="learner-add"]');
  await page.waitForFunction((n) => document.querySelector('[data-testid="learner-current"]')?.textContent?.includes(n), name);
}

export async function openClassView(hx: Harness) {
  await hx.page.goto(`${hx.baseUrl}?lang=id&trainer=1`);
  await hx.page.click('[data-testid="open-class-view"]');
  await hx.page.waitForSelector('[data-testid="class-table"]');
}

/** The class table's cell of a learner for the machine under test. */
export const classCell = (page: Page, learner: string) => page.locator(`[data-class-learner="${learner}"] [data-cell-machine="${PRESS.id}"]`);
export const learnersShown = (page: Page) => page.$$eval('[data-class-learner]', (rows) => rows.map((r) => r.getAttribute('data-class-learner')).sort());

/** Clicks a download button and returns the file the browser saved. */
export async function downloaded(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${button}"]`)]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Imports bundle files and waits for this import's own outcome list (the old one is replaced). */
export async function importFiles(page: Page, files: { name: string; text: string }[]) {
  const shown = await page.$('[data-testid="import-outcome"]');
  const before = Number((await shown?.getAttribute('data-import-run')) ?? 0);
  await page.setInputFiles(
    '[data-testid="import-bundles"]',
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
  );
  await page.waitForSelector(`[data-testid="import-outcome"][data-import-run="${before + 1}"]`);
  return page.$$eval('[data-import-file]', (els) =>
    els.map((e) => ({ file: e.getAttribute('data-import-file'), ok: e.getAttribute('data-import-ok'), added: e.getAttribute('data-added'), skipped: e.getAttribute('data-skipped'), text: e.textContent ?? '' })),
  );
}

/** Kills the renderer (no unload, no last save) and opens a fresh page of the same device at `url`. */
export async function crashAndReopen(hx: Harness, url: string): Promise<Harness> {
  const { page, context } = hx;
  const cdp = await context.newCDPSession(page);
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  void cdp.send('Page.crash').catch(() => undefined); // the renderer dies before it can answer
  await crashed;
  const next = await context.newPage();
  next.on('pageerror', (e) => hx.errors.push(`pageerror: ${e.message}`));
  await next.goto(url);
  await page.close().catch(() => undefined);
  return { ...hx, page: next } as Harness;
}

/** The trainer panel's LRS settings, opened and ready to fill (`url` opens a machine with `trainer=1`). */
export async function openLrsSettings(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('[data-testid="trainer-panel"]');
  await page.click('[data-testid="lrs-settings"] summary');
  await page.waitForSelector('[data-testid="lrs-save"]:not([disabled])');
}
