import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openHarness, type Harness } from './harness.ts';
import { canvasCoverage, panel, waitForState } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';
import { modelFileUrl } from '../../src/engine/modelFile.ts';

/**
 * Issue 19, "No blank screens": every lazily loaded part and the 3D model fail into a plain
 * message with a retry that really works once the network is back; WebGL context loss heals
 * without a click; no failure leaks as an uncaught page error.
 */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness();
});
afterAll(async () => {
  await hx?.close();
});

const pageErrors = () => hx.errors.filter((e) => e.startsWith('pageerror'));
const MODEL = `**/${modelFileUrl(PRESS.id)}`;
const open = (page: Page, extra = '') => page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=en${extra}`);

/** The model is on stage and drawn: its nodes are known and the canvas shows more than the background. */
async function modelShown(page: Page) {
  await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, null, { timeout: 60_000 });
  await expect.poll(() => canvasCoverage(page), { timeout: 30_000, interval: 250 }).toBeGreaterThan(0.02);
}

/** Deterministic "random" bytes (a broken download). */
function noise(length: number): Buffer {
  const b = Buffer.alloc(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

describe('no blank screens (Chromium)', () => {
  it("from the first paint, before any of the app's code has come, the page says it is opening, in the link's language; the app then replaces it", async () => {
    const { page } = hx;
    const visibleNotices = () => page.$$eval('[data-testid="boot-notice"]', (ps) => ps.filter((p) => p.checkVisibility()).map((p) => p.textContent));
    // The code held back, as on a link that has not delivered it yet.
    await page.route('**/assets/*.js', () => undefined);
    try {
      for (const [lang, text] of [['id', 'Membuka Gladi…'], ['en', 'Opening Gladi…'], ['xx', 'Membuka Gladi…']] as const) {
        // Not DOMContentLoaded: that waits for the (held back) module scripts.
        await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&lang=${lang}`, { waitUntil: 'commit' });
        await expect.poll(visibleNotices, { timeout: 10_000 }).toEqual([text]);
      }
    } finally {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    }
    await open(page);
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await page.$$('[data-testid="boot-notice"]')).toEqual([]);
  });

  it('offline while opening a machine: a message in the learner language, the app keeps working, retry opens it', async () => {
    const { page } = hx;
    hx.errors.length = 0;
    // The screen's own chunk and a chunk it imports (the machines), as a flaky link would drop them.
    await page.route('**/assets/{MachineRoute,machines}-*.js', (route) => route.abort('internetdisconnected'));
    try {
      await page.goto(`${hx.baseUrl}?lang=id`);
      await page.click(`[data-open-machine="${PRESS.id}"][data-open-mode="free"]`);
      await page.waitForSelector('[data-testid="machine-load-error"]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid="machine-load-error"] p')).toContain('Periksa koneksi internet');
      // The rest of the app works: the language switch, and the way back.
      await page.click('[data-testid="lang-switch"]');
      await page.waitForFunction(() => document.querySelector('[data-testid="machine-load-error"] p')?.textContent?.includes('Check the internet connection'));
    } finally {
      await page.unroute('**/assets/{MachineRoute,machines}-*.js');
    }
    await page.click('[data-testid="machine-load-error"] [data-testid="retry"]');
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`, { timeout: 30_000 });
    await panel(page, 'mainSwitch', 'on');
    await waitForState(page, '"powered"');
    expect(pageErrors()).toEqual([]);
  });

  it('opening a record while offline says so (no silent failure) and retry reads the file', async () => {
    const { page } = hx;
    hx.errors.length = 0;
    await page.route('**/assets/sessionRecord-*.js', (route) => route.abort('internetdisconnected'));
    try {
      await page.goto(`${hx.baseUrl}?lang=en`);
      await page.setInputFiles('[data-testid="open-record"]', { name: 'rekaman.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"a record"}') });
      await page.waitForSelector('[data-testid="record-load-error"]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid="record-load-error"] p')).toContain('the record reader');
    } finally {
      await page.unroute('**/assets/sessionRecord-*.js');
    }
    await page.click('[data-testid="record-load-error"] [data-testid="retry"]');
    // The reader loaded and judged the file (this one is not a record, so it is refused by name).
    await page.waitForSelector('[data-testid="file-problems"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="file-problems"]')).toContain('rekaman.json');
    expect(await page.$('[data-testid="record-load-error"]')).toBeNull();
    expect(pageErrors()).toEqual([]);
  });

  it('a model request that never answers ends in a plain message after the (shortened) timeout; retry loads it', async () => {
    const { page } = hx;
    hx.errors.length = 0;
    await page.route(MODEL, () => undefined); // never fulfilled
    try {
      await open(page, '&modelTimeout=2');
      await page.waitForSelector('[data-testid="model-error"]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid="model-error"] p')).toContain('taking too long');
      expect(await page.$('.stage-loading')).toBeNull();
    } finally {
      await page.unroute(MODEL);
    }
    await page.click('[data-testid="model-error"] [data-testid="retry"]');
    await modelShown(page);
    expect(pageErrors()).toEqual([]);
  });

  it('a broken model file gets a plain message (parser text folded away), no page error; a failed request then succeeds on retry', async () => {
    const { page } = hx;
    hx.errors.length = 0;
    const real = await (await fetch(new URL(modelFileUrl(PRESS.id), hx.baseUrl))).arrayBuffer();
    const bodies = [noise(4000), Buffer.from(real).subarray(0, 1904)];
    let served = 0;
    await page.route(MODEL, (route) => {
      const body = bodies[served++];
      return body ? route.fulfill({ status: 200, contentType: 'model/gltf-binary', body }) : route.abort('internetdisconnected');
    });
    try {
      await open(page);
      for (let i = 0; i < bodies.length; i++) {
        await page.waitForSelector('[data-testid="model-error"]', { timeout: 30_000 });
        const message = await page.textContent('[data-testid="model-error"] p');
        expect(message).toContain('damaged');
        // The parser's own words are for support, inside the folded details.
        expect(await page.isVisible('[data-testid="model-error"] details code')).toBe(false);
        expect((await page.textContent('[data-testid="model-error"] details code'))?.length).toBeGreaterThan(0);
        await page.click('[data-testid="model-error"] [data-testid="retry"]');
      }
      // Third try: the request fails (offline).
      await page.waitForFunction(() => document.querySelector('[data-testid="model-error"] p')?.textContent?.includes('could not be downloaded'), null, { timeout: 30_000 });
    } finally {
      await page.unroute(MODEL);
    }
    expect(served).toBe(3);
    await page.click('[data-testid="model-error"] [data-testid="retry"]');
    await modelShown(page);
    expect(pageErrors()).toEqual([]);
  });

  it('after a WebGL context loss the view shows a notice and redraws on restore without a click', async () => {
    const { page } = hx;
    hx.errors.length = 0;
    await open(page);
    await modelShown(page);
    await panel(page, 'mainSwitch', 'on');
    await waitForState(page, '"powered"');
    await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="stage"] canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const ext = gl.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
      ext.loseContext();
    });
    await page.waitForSelector('[data-testid="context-lost"]', { timeout: 10_000 });
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await page.waitForSelector('[data-testid="context-lost"]', { state: 'detached', timeout: 10_000 });
    await expect.poll(() => canvasCoverage(page), { timeout: 30_000, interval: 250 }).toBeGreaterThan(0.02);
    expect(await page.getAttribute('[data-machine]', 'data-state')).toContain('"powered"');
    expect(pageErrors()).toEqual([]);
  });

  it('window.gladiStage.measureRender is bounded', async () => {
    const { page } = hx;
    await open(page);
    await modelShown(page);
    const ok = await page.evaluate(() => window.gladiStage!.measureRender(3));
    expect(ok.calls).toBeGreaterThan(0);
    for (const frames of [0, 121, 1e9, 2.5, Number.NaN]) {
      const outcome = await page.evaluate((n) => {
        try {
          window.gladiStage!.measureRender(n);
          return 'ran';
        } catch (e) {
          return e instanceof RangeError ? 'refused' : String(e);
        }
      }, frames);
      expect(outcome, `measureRender(${frames})`).toBe('refused');
    }
  });
  // Last: its learner keeps a running attempt on the press, which would make later opens ask "continue?".
  it('offline while the 3D view loads: the panel works, retry brings the stage', async () => {
    const { page } = hx;
    hx.errors.length = 0;
    await page.route('**/assets/MachineStage-*.js', (route) => route.abort('internetdisconnected'));
    try {
      // A learner is chosen, so the session is saved as it runs: a retry that must reload the page
      // (the browser keeps the failed import) continues it without asking.
      await open(page, '&learner=Uji');
      await page.waitForSelector('[data-testid="model-error"]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid="model-error"] p')).toContain('the 3D view');
      await panel(page, 'mainSwitch', 'on');
      await waitForState(page, '"powered"');
    } finally {
      await page.unroute('**/assets/MachineStage-*.js');
    }
    await page.click('[data-testid="model-error"] [data-testid="retry"]');
    await modelShown(page);
    expect(await page.getAttribute('[data-machine]', 'data-state')).toContain('"powered"'); // session untouched
    expect(await page.$('[data-testid="resume-dialog"]')).toBeNull();
    expect(pageErrors()).toEqual([]);
  });

});
