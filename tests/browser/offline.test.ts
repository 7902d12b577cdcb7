import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { canvasCoverage, followGlow, panel } from './gladiPage.ts';
import { PRESS, SOLE } from './machinesUnderTest.ts';
import { OFFLINE_CACHE } from '../../src/offline/offlineFiles.ts';
import { REVISION_HEADER } from '../../src/offline/revisionHeader.ts';
import { modelFileUrl } from '../../src/engine/modelFile.ts';

/**
 * Issue 12, "Offline and installable" (production build, with the service worker allowed):
 * install criteria, a machine downloaded online that works offline after a reload, an
 * undownloaded one that says so in Indonesian, the update prompt kept out of sessions, and no
 * request leaving the origin.
 */

/** The service worker controls the page and has finished its precache (it activates only after). */
async function workerControls(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

async function modelShown(page: Page, machineId: string): Promise<void> {
  await page.waitForSelector(`[data-machine="${machineId}"] [data-testid="stage"][data-stage-ready="true"]`, { timeout: 60_000 });
  await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, undefined, { timeout: 60_000 });
  await expect.poll(() => canvasCoverage(page), { timeout: 30_000, interval: 250 }).toBeGreaterThan(0.02);
}

describe('installable (manifest and service worker)', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await openHarness({ viewport: { width: 1280, height: 720 }, serviceWorkers: true });
  });
  afterAll(async () => hx?.close());

  it('the manifest has the Indonesian name, the theme colour and icons that load; the worker controls after a reload', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.waitForSelector('[data-machine-card]');
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href!, hx.baseUrl).href;
    const manifest = (await (await page.request.get(manifestUrl)).json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string; purpose?: string }[] };
    expect(manifest).toMatchObject({ short_name: 'Gladi', lang: 'id', display: 'standalone', start_url: '.' });
    expect(String(manifest.name)).toMatch(/latihan mesin alas kaki/);
    expect(String(manifest.description)).toMatch(/Latihan mengoperasikan mesin/);
    expect(manifest.theme_color).toBe(await page.getAttribute('meta[name="theme-color"]', 'content'));
    expect(manifest.theme_color).toBe(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim()));
    const sizes = (purpose: string) => manifest.icons.filter((i) => (i.purpose ?? 'any').split(' ').includes(purpose)).map((i) => i.sizes);
    expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(sizes('maskable')).toEqual(['512x512']);
    for (const icon of manifest.icons) {
      const url = new URL(icon.src, manifestUrl).href;
      const size = await page.evaluate(async (u) => {
        const bitmap = await createImageBitmap(await (await fetch(u)).blob());
        return `${bitmap.width}x${bitmap.height}`;
      }, url);
      expect(size, icon.src).toBe(icon.sizes);
    }
    await workerControls(page);
    const worker = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { active: r?.active?.state, scope: r?.scope, controller: navigator.serviceWorker.controller?.scriptURL };
    });
    expect(worker).toEqual({ active: 'activated', scope: hx.baseUrl, controller: `${hx.baseUrl}serviceWorker.js` });
    expect(hx.errors).toEqual([]);
    expect(hx.foreignRequests()).toEqual([]);
  });
});

describe('offline after one download', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await openHarness({ viewport: { width: 1280, height: 720 }, serviceWorkers: true });
  });
  afterAll(async () => {
    await hx?.setOffline(false);
    await hx?.close();
  });

  it('first visit online, "Unduh untuk offline" for one machine: size before, stored after', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await workerControls(page);
    const card = page.locator(`[data-offline-machine="${PRESS.id}"]`);
    await expect.poll(() => card.getAttribute('data-offline-stored')).toBe('false');
    const offered = (await card.locator('[data-testid="offline-download"]').textContent()) ?? '';
    expect(offered).toMatch(/Unduh untuk offline \(\d+(,\d)? (MB|KB)\)/);
    await card.locator('[data-testid="offline-download"]').click();
    await page.waitForSelector(`[data-offline-machine="${PRESS.id}"][data-offline-stored="true"]`, { timeout: 60_000 });
    expect(await card.locator('[data-testid="offline-stored"]').textContent()).toMatch(/Tersimpan untuk offline/);
    // The other machines now need only their own files (the 3D code is shared and stored).
    expect(await page.getAttribute(`[data-offline-machine="${SOLE.id}"]`, 'data-offline-stored')).toBe('false');
    expect(await page.textContent('[data-testid="offline-summary"]')).toMatch(/^1 dari \d mesin tersimpan/);
  });

  it('offline: the home and the downloaded machine work after a reload, the model renders and a procedure runs', async () => {
    const { page } = hx;
    hx.errors.length = 0;
    await hx.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-machine-card]');
    await page.waitForSelector('[data-testid="offline-now"]');
    await page.waitForSelector(`[data-offline-machine="${PRESS.id}"][data-offline-stored="true"]`);
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=guided&lang=id`);
    await modelShown(page, PRESS.id);
    expect(await page.$$('[data-testid="model-error"]')).toHaveLength(0);
    await followGlow(page);
    expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('complete');
    expect(hx.errors).toEqual([]);
  });

  it('offline: a machine not downloaded says so in Indonesian, and its panel still works', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${SOLE.id}&mode=free&lang=id`);
    await page.waitForSelector('[data-testid="model-error"]', { timeout: 60_000 });
    const message = () => page.textContent('[data-testid="model-error"] p').then((m) => m ?? '');
    // The message follows the browser's online state (told to each new page as it opens).
    await expect.poll(message, { timeout: 10_000 }).toContain('Mesin ini belum diunduh. Sambungkan internet sekali, lalu tekan Unduh.');
    expect(await message()).not.toMatch(/Failed to fetch|Could not load/);
    // The technical detail stays folded away for support.
    expect(await page.isVisible('[data-testid="model-error"] details code')).toBe(false);
    // The button the message speaks of is on this screen.
    await page.waitForSelector(`[data-offline-machine="${SOLE.id}"] [data-testid="offline-download"]`);
    const before = await page.getAttribute('[data-machine]', 'data-state');
    await panel(page, 'mainSwitch', 'on');
    await page.waitForFunction((b) => document.querySelector('[data-machine]')?.getAttribute('data-state') !== b, before);
    // Pressing Unduh while offline says what to do, in Indonesian.
    await page.click(`[data-offline-machine="${SOLE.id}"] [data-testid="offline-download"]`);
    await page.waitForSelector(`[data-offline-machine="${SOLE.id}"] [data-testid="offline-failure"][data-failure="offline"]`);
    expect(await page.textContent(`[data-offline-machine="${SOLE.id}"] [data-testid="offline-failure"] p`)).toBe('Tidak ada internet. Sambungkan internet, lalu tekan Unduh lagi.');
    expect(hx.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  it('online again: opening the machine caches it as it loads (stored), and removal frees only its own files', async () => {
    const { page } = hx;
    await hx.setOffline(false);
    await page.goto(`${hx.baseUrl}?machine=${SOLE.id}&mode=free&lang=id`);
    await modelShown(page, SOLE.id);
    // Opened online with the worker in control: cached as it loaded, so it is offline-ready already.
    await page.waitForSelector(`[data-offline-machine="${SOLE.id}"][data-offline-stored="true"]`, { timeout: 30_000 });
    await page.goto(`${hx.baseUrl}?lang=id`);
    await page.click(`[data-offline-machine="${SOLE.id}"] [data-testid="offline-remove"]`);
    await page.waitForSelector(`[data-offline-machine="${SOLE.id}"][data-offline-stored="false"]`);
    // The shared 3D code stays for the clicking press, which is still stored.
    expect(await page.getAttribute(`[data-offline-machine="${PRESS.id}"]`, 'data-offline-stored')).toBe('true');
    expect(hx.foreignRequests()).toEqual([]);
  });
});

describe('a new version', () => {
  let hx: Harness;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'gladi-dist-'));
    cpSync('dist', dist, { recursive: true });
    hx = await openHarness({ viewport: { width: 1280, height: 720 }, serviceWorkers: true, distDir: dist });
  });
  afterAll(async () => {
    await hx?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('waits during a session (no prompt there), is offered on the home screen, and "Perbarui" reloads into it', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await workerControls(page);
    await page.click(`[data-open-machine="${PRESS.id}"][data-open-mode="guided"]`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"][data-session="running"]`);
    await panel(page, 'floorMark');
    // Deploy: a changed service worker on the server, found while the learner practises.
    const sw = join(dist, 'serviceWorker.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting), undefined, { timeout: 30_000, polling: 250 });
    // Mid-session: no prompt, no reload, the session goes on.
    expect(await page.$$('[data-testid="update-prompt"]')).toHaveLength(0);
    await panel(page, 'oilSightGlass');
    expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('running');
    // Back on the home screen (the session left), the prompt is there.
    await page.click('[data-testid="back"]');
    // Leaving a started attempt asks first; say yes.
    await page.waitForSelector('[data-testid="leave-dialog"], [data-testid="home"]');
    if ((await page.$$('[data-testid="leave-dialog"]')).length > 0) await page.click('[data-testid="leave-dialog"] [data-testid="confirm-yes"]');
    await page.waitForSelector('[data-testid="update-prompt"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="update-prompt"] p')).toBe('Versi baru Gladi sudah siap.');
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="update-apply"]')]);
    await page.waitForSelector('[data-machine-card]');
    const after = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(r?.waiting), controller: navigator.serviceWorker.controller?.scriptURL ?? null };
    });
    // Without "Perbarui" (skip waiting) a reload leaves the new version waiting; now it is in control.
    expect(after).toEqual({ waiting: false, controller: `${hx.baseUrl}serviceWorker.js` });
    expect(await page.$$('[data-testid="update-prompt"]')).toHaveLength(0);
    expect(hx.errors).toEqual([]);
  });
});

describe('a downloaded machine after a new version', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await openHarness({ viewport: { width: 1280, height: 720 }, serviceWorkers: true });
  });
  afterAll(async () => hx?.close());

  it('says an older version is stored while offline, and updates by itself once online, without a press of Unduh', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=id`);
    await workerControls(page);
    const card = `[data-offline-machine="${PRESS.id}"]`;
    await page.click(`${card} [data-testid="offline-download"]`);
    await page.waitForSelector(`${card}[data-offline-stored="true"]`, { timeout: 60_000 });
    // A new version changed the model: the stored copy now carries an older revision than the build's list.
    const aged = await page.evaluate(
      async ([cacheName, header, model]) => {
        const cache = await caches.open(cacheName);
        const request = (await cache.keys()).find((r) => r.url.includes(model));
        const response = request && (await cache.match(request));
        if (!request || !response) return false;
        const headers = new Headers(response.headers);
        headers.set(header, 'an-older-version');
        await cache.put(request, new Response(await response.arrayBuffer(), { headers }));
        return true;
      },
      [OFFLINE_CACHE, REVISION_HEADER, modelFileUrl(PRESS.id)] as const,
    );
    expect(aged).toBe(true);
    await hx.setOffline(true);
    await page.reload();
    // Whether or not the browser tried the update first (a new page may think it is online), it ends saying so, without alarm.
    await expect
      .poll(() => page.textContent(card), { timeout: 30_000 })
      .toMatch(/^Tersimpan versi lama; unduh lagi saat ada internet\.⤓ Unduh versi baru/);
    expect(await page.$$(`${card} [data-testid="offline-failure"]`)).toHaveLength(0);
    await hx.setOffline(false);
    await page.reload();
    await page.waitForSelector(`${card}[data-offline-stored="true"]`, { timeout: 60_000 });
    expect(await page.$$(`${card} [data-testid="offline-stored-old"]`)).toHaveLength(0);
    // A machine never downloaded is not fetched behind the learner's back.
    expect(await page.getAttribute(`[data-offline-machine="${SOLE.id}"]`, 'data-offline-stored')).toBe('false');
    expect(hx.errors).toEqual([]);
  }, 180_000);
});

describe('no request leaves the origin', () => {
  it('the harness sees a request to another host (page or worker) and fails the test in close()', async () => {
    const hx = await openHarness({ viewport: { width: 1280, height: 720 }, serviceWorkers: true });
    let closed: unknown;
    try {
      await hx.page.goto(`${hx.baseUrl}?lang=id`);
      await hx.page.waitForSelector('[data-machine-card]');
      expect(hx.foreignRequests()).toEqual([]);
      // The CSP allows https: for a trainer's LRS, so this one really goes out (and fails to resolve).
      await hx.page.evaluate(() => fetch('https://gladi-foreign.invalid/probe').catch(() => undefined));
      expect(hx.foreignRequests()).toEqual(['GET https://gladi-foreign.invalid/probe']);
    } finally {
      closed = await hx.close().then(() => null, (error: unknown) => error);
    }
    expect(String(closed)).toMatch(/requests left the app's origin[\s\S]*gladi-foreign\.invalid/);
  });
});
