import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { machineModules } from '../../src/machines/index.ts';
import { buildTour } from '../../src/presenter/tour.ts';

/**
 * Presenter mode (issue 13): a whole workshop show driven by the keys a clicker sends, the camera
 * on each step's part, two windows in step, text sizes for a projector, and axe on the look.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** How far (share of the stage's width and height) a step's part may sit from the stage's centre. */
const CENTRE_TOLERANCE = 0.12;
/** The status line's least height share for reading from the back of a room. */
const STATUS_MIN_SHARE = 0.025;

const ids = machineModules.map((m) => m.id);
const tours = new Map(machineModules.map((m) => [m.id, buildTour(m)]));

let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 1280, height: 720 });
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => hx?.close());

const attr = (page: Page, name: string) => page.$eval('[data-tour-position]', (el, n) => el.getAttribute(n) ?? '', name);

async function openShow(page: Page, search: string): Promise<void> {
  await page.goto(`${hx.baseUrl}${search}`);
  await page.waitForSelector('[data-tour-stops]', { timeout: 60_000 });
  await page.waitForSelector('[data-stage-ready="true"]', { timeout: 60_000 });
}

async function waitPosition(page: Page, machine: string, position: number): Promise<void> {
  await page.waitForFunction(
    ([m, p]) => {
      const el = document.querySelector('[data-tour-position]');
      return el?.getAttribute('data-machine') === m && el.getAttribute('data-tour-position') === String(p);
    },
    [machine, position] as const,
    { timeout: 30_000 },
  );
}

/**
 * How far `node` is from the stage's centre (share of the stage's width and height), once the
 * camera got it within `tolerance`, or when the wait ran out. The camera glides on the stage's own
 * frames, slowly under software rendering: the wait is for it to arrive.
 */
async function offCentre(page: Page, node: string, tolerance: number): Promise<{ dx: number; dy: number }> {
  const probe = `(() => {
    const p = window.gladiStage && window.gladiStage.screenPosition(${JSON.stringify(node)});
    const c = document.querySelector('[data-testid="stage"] canvas');
    if (!p || !c) return { dx: 1, dy: 1 };
    const r = c.getBoundingClientRect();
    return { dx: Math.abs(p.x - (r.left + r.width / 2)) / r.width, dy: Math.abs(p.y - (r.top + r.height / 2)) / r.height };
  })()`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    // Evaluated through the debugging protocol (the app's CSP allows no eval in the page itself).
    const off = (await page.evaluate(probe)) as { dx: number; dy: number };
    if ((off.dx < tolerance && off.dy < tolerance) || Date.now() > deadline) return off;
    await page.waitForTimeout(200);
  }
}

/** Whether the camera sees `node` (no other part in the way), waiting for the glide to get there. */
async function inSight(page: Page, node: string): Promise<boolean> {
  const probe = `Boolean(window.gladiStage && window.gladiStage.inSight(${JSON.stringify(node)}))`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if ((await page.evaluate(probe)) as boolean) return true;
    if (Date.now() > deadline) return false;
    await page.waitForTimeout(200);
  }
}

describe('presenter mode', () => {
  /** One machine's tour by key presses: every stop with its step and camera, to the end, then PageUp back over the last stops. */
  async function playTour(page: Page, id: string): Promise<void> {
    const tour = tours.get(id)!;
    await waitPosition(page, id, 0);
    expect(Number(await attr(page, 'data-tour-stops'))).toBe(tour.steps.length);
    const states: string[] = [];
    for (let p = 0; p < tour.steps.length; p++) {
      await waitPosition(page, id, p);
      states.push(await attr(page, 'data-state'));
      const stop = tour.steps[p]!;
      expect(await page.$eval('[data-testid="present-step-text"]', (el) => el.getAttribute('data-step'))).toBe(stop.stepIds[0]);
      const node = stop.focus;
      if (node) {
        expect(await attr(page, 'data-tour-focus')).toBe(node);
        const off = await offCentre(page, node, CENTRE_TOLERANCE);
        expect(off.dx, `${id} stop ${p} (${node}) x`).toBeLessThan(CENTRE_TOLERANCE);
        expect(off.dy, `${id} stop ${p} (${node}) y`).toBeLessThan(CENTRE_TOLERANCE);
        // In sight whenever the camera has any clear view of the part to choose (a part enclosed by others, e.g. work
        // under a beam, has none: then the camera keeps its view, and the check says so).
        const seen = await inSight(page, node);
        const clearExists = (await page.evaluate(`window.gladiStage.clearViewExists(${JSON.stringify(node)})`)) as boolean;
        expect(seen || !clearExists, `${id} stop ${p} (${node}) in sight (a clear view exists)`).toBe(true);
      }
      await page.keyboard.press('PageDown');
    }
    await waitPosition(page, id, tour.steps.length);
    expect(await attr(page, 'data-session')).toBe('complete');
    // Back through the last stops: each position shows the same machine state as on the way forward.
    for (let p = tour.steps.length - 1; p >= Math.max(0, tour.steps.length - 3); p--) {
      await page.keyboard.press('PageUp');
      await waitPosition(page, id, p);
      expect(await attr(page, 'data-state'), `${id} back at ${p}`).toBe(states[p]);
    }
    // On to the end again.
    for (let p = Math.max(0, tour.steps.length - 3); p < tour.steps.length; p++) await page.keyboard.press('ArrowRight');
    await waitPosition(page, id, tour.steps.length);
  }

  it.each(ids)('%s: the whole tour by key presses, the camera on each step\'s part, PageUp back', async (id) => {
    await openShow(hx.page, `?present=${id}&lang=id`);
    await playTour(hx.page, id);
    expect(hx.errors).toEqual([]);
  }, 300_000);

  it('a workshop show moves on from one tour to the next; "b" and "." blank and unblank the screen', async () => {
    const { page } = hx;
    const [first, second] = ids as [string, string];
    await openShow(page, `?present=${first},${second}&lang=id`);
    await waitPosition(page, first, 0);
    for (let p = 0; p <= tours.get(first)!.steps.length; p++) await page.keyboard.press('PageDown');
    await waitPosition(page, second, 0);
    await page.keyboard.press('b');
    await page.waitForSelector('[data-testid="present-blanked"]');
    expect(await page.$eval('[data-presenter]', (el) => el.getAttribute('data-blank'))).toBe('true');
    await page.keyboard.press('.');
    await page.waitForSelector('[data-testid="present-blanked"]', { state: 'detached' });
    expect(hx.errors).toEqual([]);
  }, 300_000);

  it('runs by itself at the pace of its link, holds while the screen is blanked, and names a bad pace', async () => {
    const { page } = hx;
    const [first] = ids as [string];
    await openShow(page, `?present=${first}&lang=id&timer=3`);
    expect(await page.$eval('[data-presenter]', (el) => el.getAttribute('data-timer'))).toBe('true');
    // No key is pressed: the show moves on by itself.
    await waitPosition(page, first, 1);
    await waitPosition(page, first, 2);
    await page.keyboard.press('b');
    await page.waitForSelector('[data-testid="present-blanked"]');
    const held = await attr(page, 'data-tour-position');
    // Over two paces and more while blanked: a held show cannot have moved, however slow this machine is.
    await page.waitForTimeout(7_000);
    expect(await attr(page, 'data-tour-position')).toBe(held);
    await page.keyboard.press('.');
    await waitPosition(page, first, Number(held) + 1);
    await openShow(page, `?present=${first}&lang=id&timer=cepat`);
    expect(await page.textContent('[data-testid="present-notice"]')).toContain('"cepat"');
    expect(await page.$eval('[data-presenter]', (el) => el.getAttribute('data-timer'))).toBe('false');
    expect(hx.errors).toEqual([]);
  }, 180_000);

  it('starts a show from the home: every machine ticked in flow order, one unticked is left out, none ticked cannot start', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.click('[data-testid="show-picker"] summary');
    const listed = await page.$$eval('[data-show-machine]', (els) => els.map((el) => [el.getAttribute('data-show-machine'), (el as HTMLInputElement).checked]));
    const order = await page.$$eval('[data-machine-card]', (els) => els.map((el) => el.getAttribute('data-machine-card')));
    expect(listed).toEqual(order.map((id) => [id, true]));
    for (const id of ids) await page.uncheck(`[data-show-machine="${id}"]`);
    expect(await page.isDisabled('[data-testid="show-start"]')).toBe(true);
    await page.waitForSelector('[data-testid="show-none"]');
    const [first, , third] = order as [string, string, string];
    await page.check(`[data-show-machine="${third}"]`);
    await page.check(`[data-show-machine="${first}"]`);
    await page.selectOption('[data-testid="show-pace"]', '30');
    await page.click('[data-testid="show-start"]');
    await page.waitForSelector('[data-tour-stops]', { timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('present')).toBe(`${first},${third}`);
    expect(new URL(page.url()).searchParams.get('timer')).toBe('30');
    expect(await page.$eval('[data-presenter]', (el) => el.getAttribute('data-timer'))).toBe('true');
    await waitPosition(page, first, 0);
    expect(hx.errors).toEqual([]);
  }, 120_000);

  it('narrates each step in the show\'s language where the device has that voice, and stays silent while blanked', async () => {
    const [first] = ids as [string];
    const tour = tours.get(first)!;
    const page = await hx.context.newPage();
    // Headless Chromium has no voices: this device gets one Indonesian voice, and what is spoken is kept to read.
    await page.addInitScript(`(() => {
      const spoken = [];
      window.__spoken = spoken;
      const voice = { lang: 'id-ID', name: 'Suara uji', default: true, localService: true, voiceURI: 'test-id' };
      window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } };
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
        getVoices: () => [voice], speak: (u) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => undefined,
        addEventListener: () => undefined, removeEventListener: () => undefined,
      } });
    })()`);
    try {
      await openShow(page, `?present=${first}&lang=id`);
      const spoken = () => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken.map((u) => `${u.lang} ${u.text}`));
      const stepText = () => page.textContent('[data-testid="present-step-text"]').then((t) => `id-ID ${t ?? ''}`);
      expect(await page.isDisabled('.narration-toggle input')).toBe(false);
      await expect.poll(spoken, { timeout: 20_000 }).toContain(await stepText());
      await page.keyboard.press('PageDown');
      await waitPosition(page, first, 1);
      await expect.poll(spoken, { timeout: 20_000 }).toContain(await stepText());
      // Blanked: moving on speaks nothing to a dark room.
      await page.keyboard.press('b');
      await page.waitForSelector('[data-testid="present-blanked"]');
      const before = (await spoken()).length;
      await page.keyboard.press('PageDown');
      await waitPosition(page, first, 2);
      // Back on: the step on screen is spoken once, and nothing was spoken while dark before it.
      await page.keyboard.press('.');
      await expect.poll(async () => (await spoken()).slice(before), { timeout: 20_000 }).toEqual([await stepText()]);
      expect(tour.steps.length).toBeGreaterThan(2);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('keeps the presenter window and the audience window in step (two windows of one browser)', async () => {
    const id = ids[0]!;
    const audience = hx.page;
    await openShow(audience, `?present=${id}&lang=en`);
    const notes = await hx.context.newPage();
    try {
      await notes.goto(`${hx.baseUrl}?present=${id}&lang=en&screen=presenter`);
      await notes.waitForSelector('[data-testid="notes-now"]', { timeout: 30_000 });
      const notesAt = (p: number) => notes.waitForFunction((n) => document.querySelector('[data-presenter="notes"]')?.getAttribute('data-tour-position') === String(n), p);
      await notesAt(0);
      const tour = tours.get(id)!;
      // A clicker on the laptop: keys in the presenter window move the projector.
      await notes.keyboard.press('PageDown');
      await waitPosition(audience, id, 1);
      await notesAt(1);
      await notes.keyboard.press('PageDown');
      await waitPosition(audience, id, 2);
      // The projector's own keys move the presenter window too.
      await audience.keyboard.press('PageUp');
      await notesAt(1);
      const step = (await notes.textContent('[data-testid="notes-now"]')) ?? '';
      expect(step.length).toBeGreaterThan(3);
      expect(await audience.textContent('[data-testid="present-step-text"]')).toBe(step);
      if (tour.steps.length > 2) expect((await notes.textContent('[data-testid="notes-next"]'))?.length).toBeGreaterThan(3);
      expect(await notes.$$eval('[data-testid="notes-actions"] li', (li) => li.length)).toBeGreaterThan(0);
      await notes.click('[data-testid="present-blank"]');
      await audience.waitForSelector('[data-testid="present-blanked"]');
      await notes.click('[data-testid="present-blank"]');
      await audience.waitForSelector('[data-testid="present-blanked"]', { state: 'detached' });
    } finally {
      await notes.close();
    }
  }, 120_000);

  it('takes over live from the panel, shows the mistake of a step (refusal, coach card or fault) and leaves with Esc', async () => {
    const { page } = hx;
    await openShow(page, `?present=${ids[0]}&lang=id`);
    // The presenter's own click goes to the same session and takes it over; Next returns to the tour.
    const hinted = await page.$eval('[data-tour-position]', () => document.querySelector('[data-hint]')?.getAttribute('data-control') ?? '');
    await page.click('.presenter-panel summary');
    const control = hinted || ((await page.$eval('[data-control]', (el) => el.getAttribute('data-control'))) ?? '');
    await page.click(`[data-control="${control}"] button >> nth=0`);
    await page.waitForFunction(() => document.querySelector('[data-tour-live]')?.getAttribute('data-tour-live') === 'true');
    await page.keyboard.press('PageDown');
    await waitPosition(page, ids[0]!, 1);
    const before = await attr(page, 'data-state');
    await page.click('[data-testid="present-mistake"]');
    await page.waitForSelector('[data-testid="present-mistake-shown"], .presenter-caption .notice', { timeout: 10_000 });
    const kind = await page.$eval('.presenter-caption [data-kind]', (el) => el.getAttribute('data-kind')).catch(() => null);
    expect(kind).not.toBeNull();
    if (kind === 'mistake') await page.waitForSelector('[data-testid="coach"]');
    if (kind === 'refused') await page.waitForSelector('[data-testid="refusal"]');
    expect(await attr(page, 'data-tour-live')).toBe('true');
    // Back to the tour: the golden run's state again.
    await page.keyboard.press('r');
    await page.waitForFunction(() => document.querySelector('[data-tour-live]')?.getAttribute('data-tour-live') === 'false');
    expect(await attr(page, 'data-state')).toBe(before);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="home"]');
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
  }, 120_000);

  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    it(`reads from the back of the room at ${width}×${height}: status line ≥ 2.5 % of the height, no serious axe violation`, async () => {
      const { page } = hx;
      await page.setViewportSize({ width, height });
      await openShow(page, `?present=${ids.join(',')},no-such-machine&lang=id`);
      expect(await page.textContent('[data-testid="present-notice"]')).toContain('no-such-machine');
      await page.keyboard.press('PageDown');
      await waitPosition(page, ids[0]!, 1);
      const sizes = await page.evaluate(() => {
        const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
        return { status: px('[data-testid="status"]'), step: px('[data-testid="present-step-text"]'), height: innerHeight, fitsWidth: document.documentElement.scrollWidth <= innerWidth };
      });
      expect(sizes.status / sizes.height).toBeGreaterThanOrEqual(STATUS_MIN_SHARE);
      expect(sizes.step / sizes.height).toBeGreaterThanOrEqual(STATUS_MIN_SHARE);
      expect(sizes.fitsWidth).toBe(true);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `test-results/presenter-${width}x${height}.png` });
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
      const serious = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } };
        const r = await w.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      expect(serious).toEqual([]);
    }, 120_000);
  }
});
