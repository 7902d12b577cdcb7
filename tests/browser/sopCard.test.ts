import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineCatalogue } from '../../src/machines/catalogue.ts';
import { findMachine } from '../../src/machines/index.ts';
import { sessionAtStep, startAtStep } from '../../src/engine/startAtStep.ts';
import { openHarness, type Harness } from './harness.ts';
import { followGlow } from './gladiPage.ts';
import { readPdf, type PdfPage } from './pdfPages.ts';

/** Where the card puts its QR codes: mm from the page's right edge, per paper (page margin + code column). */
const STRIP = { A4: [42, 6], A5: [36, 4] } as const;
/** A printed page is "not blank" above this share of ink (text, rules, codes), and not a black slab below the other. */
const INK_MIN = 0.01;
const INK_MAX = 0.5;

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1000, height: 1400 });
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

async function printCard(machineId: string, paper: 'A4' | 'A5', lang = 'id'): Promise<{ pdf: Buffer; missing: string[] }> {
  const { page } = hx;
  await page.goto(`${hx.baseUrl}?sop=${machineId}&lang=${lang}&paper=${paper}`);
  await page.waitForSelector(`[data-testid="sop-card"][data-machine="${machineId}"][data-ready="true"]`, { timeout: 60_000 });
  // Every picture the card shows has loaded (or fell back to its frame) before printing.
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.sop-pic')].every((i) => i.complete), undefined, { timeout: 60_000 });
  const missing = ((await page.getAttribute('[data-testid="sop-card"]', 'data-pictures-missing')) ?? '').split(',').filter(Boolean);
  const pdf = await page.pdf({ format: paper, preferCSSPageSize: true });
  return { pdf, missing };
}

/** Guided practice opened from a decoded URL: the step the QR names is the current one, with its hint. */
async function expectAtStep(url: string, webgl: boolean): Promise<void> {
  const { page } = hx;
  const u = new URL(url);
  const machineId = u.searchParams.get('machine')!;
  const stepId = u.searchParams.get('step')!;
  const m = findMachine(machineId)!;
  const start = startAtStep(m, stepId);
  if (!start.ok) throw new Error(start.detail);
  // The step itself is current, or (done by the same action as another) the one it is done with.
  const current = start.with?.length ? start.with : [stepId];
  if (!webgl) u.searchParams.set('webgl', 'off');
  await page.goto(u.href);
  await page.waitForSelector(`[data-machine="${machineId}"][data-mode="guided"]`, { timeout: 60_000 });
  await page.waitForSelector(`[data-testid="step-notice"][data-step-start="${stepId}"]`);
  for (const id of current) await page.waitForSelector(`[data-step="${id}"][aria-current="step"]`);
  // A hinted control (a wait hints the fast-forward, continuous work its control), unless the step is
  // a process running on its own that nobody may hurry (a tank venting): then the trainee waits.
  const s = sessionAtStep(m, start);
  const waitsOnItsOwn = s.hints().length === 0 && !s.canSkip() && s.processActive();
  s.stop();
  if (!waitsOnItsOwn) await page.waitForSelector('[data-hint]', { timeout: 30_000 });
  expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('running');
}

describe('printable SOP cards', () => {
  const missingPictures: Record<string, string[]> = {};

  it.each(machineCatalogue.map((m) => m.id))('%s: the A4 card prints, every page has ink, every step QR opens guided practice at that step', async (machineId) => {
    const { pdf, missing } = await printCard(machineId, 'A4');
    if (missing.length) missingPictures[machineId] = missing;
    writeFileSync(`test-results/sop-${machineId}-A4.pdf`, pdf);
    const pages: PdfPage[] = await readPdf(hx.page, hx.baseUrl, pdf, STRIP.A4, 3, true);
    // The pages as pictures, for a person to look at (test-results/).
    pages.forEach((p, i) => p.png && writeFileSync(`test-results/sop-${machineId}-A4-p${i + 1}.png`, Buffer.from(p.png, 'base64')));
    expect(pages.length).toBeGreaterThan(0);
    for (const [i, p] of pages.entries()) {
      // A4 is 595.3 × 841.9 pt (Chromium rounds to whole points).
      expect(Math.abs(p.width - 595.3) < 2 && Math.abs(p.height - 841.9) < 2, `page ${i + 1} size ${p.width} × ${p.height}`).toBe(true);
      expect(p.ink, `page ${i + 1} ink`).toBeGreaterThan(INK_MIN);
      expect(p.ink, `page ${i + 1} ink`).toBeLessThan(INK_MAX);
    }
    const codes = pages.flatMap((p) => p.qr);
    const m = findMachine(machineId)!;
    const steps = codes.map((c) => new URL(c)).filter((u) => u.searchParams.has('step'));
    // Every step's code, in procedure order, and the header's code to the machine itself.
    expect(steps.map((u) => u.searchParams.get('step'))).toEqual(m.procedure.steps.map((st) => st.id));
    for (const u of steps) expect(Object.fromEntries(u.searchParams)).toMatchObject({ machine: machineId, mode: 'guided', lang: 'id' });
    const header = codes.filter((c) => !new URL(c).searchParams.has('step'));
    expect(header.map((c) => Object.fromEntries(new URL(c).searchParams)), 'the header code').toEqual([{ machine: machineId, lang: 'id' }]);
    for (const u of steps) expect(u.origin + u.pathname).toBe(hx.baseUrl);
    // Every step URL opens the app at that step (2D view: the verdict is the session, not the drawing).
    for (const u of steps) await expectAtStep(u.href, false);
  });

  it('an A5 card (English) prints on A5 pages with every step code readable', async () => {
    const machineId = machineCatalogue[0]!.id;
    const { pdf } = await printCard(machineId, 'A5', 'en');
    writeFileSync(`test-results/sop-${machineId}-A5.pdf`, pdf);
    const pages = await readPdf(hx.page, hx.baseUrl, pdf, STRIP.A5, 3, true);
    pages.forEach((p, i) => p.png && writeFileSync(`test-results/sop-${machineId}-A5-p${i + 1}.png`, Buffer.from(p.png, 'base64')));
    for (const p of pages) {
      // A5 is 419.5 × 595.3 pt.
      expect(Math.abs(p.width - 419.5) < 2 && Math.abs(p.height - 595.3) < 2, `size ${p.width} × ${p.height}`).toBe(true);
      expect(p.ink).toBeGreaterThan(INK_MIN);
    }
    const steps = pages.flatMap((p) => p.qr).map((c) => new URL(c)).filter((u) => u.searchParams.has('step'));
    expect(steps.map((u) => u.searchParams.get('step'))).toEqual(findMachine(machineId)!.procedure.steps.map((st) => st.id));
    expect(steps.every((u) => u.searchParams.get('lang') === 'en')).toBe(true);
  });

  it('one step URL through the 3D view: the stage draws and the step is current', async () => {
    const machineId = machineCatalogue[machineCatalogue.length - 1]!.id;
    const m = findMachine(machineId)!;
    const step = m.procedure.steps[Math.floor(m.procedure.steps.length / 2)]!.id;
    await expectAtStep(`${hx.baseUrl}?machine=${machineId}&mode=guided&step=${step}&lang=id`, true);
    await hx.page.waitForSelector('[data-stage-ready="true"]', { timeout: 120_000 });
  });

  it('the card screen has a main landmark and no serious accessibility violation (axe), in both languages', async () => {
    const { page } = hx;
    const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    for (const lang of ['id', 'en']) {
      await page.goto(`${hx.baseUrl}?sop=${machineCatalogue[0]!.id}&lang=${lang}`);
      await page.waitForSelector('[data-testid="sop-card"][data-ready="true"]');
      expect(await page.$('main [data-testid="sop-card"]')).not.toBeNull();
      // Through the debugging protocol: the app's CSP rightly refuses a script tag.
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const serious = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' ')))`)) as string[];
      expect(serious, lang).toEqual([]);
    }
  });

  it('an unknown machine in ?sop= is named on the home screen', async () => {
    await hx.page.goto(`${hx.baseUrl}?sop=tidak-ada&lang=en`);
    await hx.page.waitForSelector('text=There is no machine "tidak-ada"');
  });

  it('practice from a late step runs to the end, and the debrief says it started there (not a whole procedure)', async () => {
    const { page } = hx;
    const machineId = machineCatalogue[0]!.id;
    const steps = findMachine(machineId)!.procedure.steps;
    const step = steps[steps.length - 2]!;
    await page.goto(`${hx.baseUrl}?machine=${machineId}&mode=guided&step=${step.id}&webgl=off&lang=id`);
    await page.waitForSelector(`[data-step="${step.id}"][aria-current="step"]`);
    await followGlow(page);
    expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('complete');
    await page.waitForSelector('[data-testid="debrief-start-step"]');
    expect(await page.textContent('[data-testid="debrief-start-step"]')).toContain(`dimulai dari langkah ${steps.length - 1}`);
    expect(hx.errors).toEqual([]);
  });

  it('a bad step id is named in a notice and practice opens at the start', async () => {
    const machineId = machineCatalogue[0]!.id;
    await hx.page.goto(`${hx.baseUrl}?machine=${machineId}&mode=guided&step=tidak-ada&webgl=off&lang=en`);
    await hx.page.waitForSelector('[data-testid="step-notice"]');
    expect(await hx.page.textContent('[data-testid="step-notice"]')).toContain('"tidak-ada"');
    const first = findMachine(machineId)!.procedure.steps[0]!.id;
    await hx.page.waitForSelector(`[data-step="${first}"][aria-current="step"]`);
    expect(hx.errors).toEqual([]);
  });

  afterAll(() => {
    // New machines may not have their pictures yet: say which, the card shows frames for them.
    if (Object.keys(missingPictures).length) console.warn(`SOP step pictures missing (run npm run sop:pictures): ${JSON.stringify(missingPictures)}`);
  });
});
