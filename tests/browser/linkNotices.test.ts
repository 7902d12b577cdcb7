import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openHarness, type Harness } from './harness.ts';
import { panel, waitForState } from './gladiPage.ts';
import { finishSession } from './gladiPage.ts';
import { PRESS, SOLE } from './machinesUnderTest.ts';

/** Issue 19: the link's own values are reported, not silently replaced, and cannot widen the page. */
let hx: Harness;
beforeAll(async () => {
  hx = await openHarness({ width: 412, height: 915 });
});
afterAll(async () => {
  await hx?.close();
});

const noticesText = async (page: Page) => (await page.$$eval('[role="alert"]', (els) => els.map((e) => e.textContent ?? ''))).join('\n');
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('link notices (Chromium, 412 px wide)', () => {
  it('an unknown language says which language is used instead', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?lang=fr`);
    await page.waitForSelector('[data-testid="link-notice"]');
    expect(await page.textContent('[data-testid="link-notice"]')).toContain('"fr"');
    expect(await page.textContent('[data-testid="link-notice"]')).toContain('Bahasa Indonesia');
    // Choosing a language clears the notice (the link is now valid).
    await page.click('[data-testid="lang-switch"]');
    await page.waitForSelector('[data-testid="link-notice"]', { state: 'detached' });

    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=de`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"]`);
    expect(await noticesText(page)).toContain('"de"');
  });

  it('mode=exam with a guided drill says the drill runs in its own mode', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=exam&scenario=${PRESS.guidedDrill}&lang=en`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"][data-mode="guided"]`);
    expect(await noticesText(page)).toContain('This drill always runs as Guided practice, not as Exam');
    // Its own share link carries the drill's mode, so opening it shows no such notice.
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=guided&scenario=${PRESS.guidedDrill}&lang=en`);
    await page.waitForSelector(`[data-machine="${PRESS.id}"][data-mode="guided"]`);
    expect(await noticesText(page)).not.toContain('always runs as');
  });

  it('huge untrusted values in the link are clipped and never widen the page', async () => {
    const { page } = hx;
    const huge = 'x'.repeat(15_000);
    for (const search of [`?machine=${huge}`, `?lang=${huge}`, `?machine=${PRESS.id}&mode=${huge}&lang=en`, `?machine=${PRESS.id}&mode=free&scenario=${huge}&lang=en`]) {
      await page.goto(`${hx.baseUrl}${search}`);
      await page.waitForSelector('[role="alert"]');
      const text = await noticesText(page);
      expect(text.length, search.slice(0, 40)).toBeLessThan(600);
      expect(text).toContain('xxx…');
      expect(await pageWidth(page), search.slice(0, 40)).toBeLessThanOrEqual(412);
    }
  });
});

describe('Content-Security-Policy (Chromium)', () => {
  it('is in force and the app satisfies it: home, both machines and a record, without a violation', async () => {
    const { page } = hx;
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    hx.errors.length = 0;

    await page.goto(`${hx.baseUrl}?lang=en`);
    await page.waitForSelector('[data-testid="home"]');
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("script-src 'self'");
    // Only WebAssembly may compile (the models' meshopt decoder), no eval of JavaScript, and the only
    // inline script allowed is the build's own (the machine preloads), by the hash of its text.
    const hashes = [...(policy ?? '').matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+';/);
    expect(policy).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
    const inlineScripts = await page.$$eval('script:not([src])', (all) => all.map((s) => s.textContent ?? ''));
    expect(inlineScripts).toHaveLength(1);
    expect(hashes).toEqual([createHash('sha256').update(inlineScripts[0]!).digest('base64')]);
    // In force: an inline script is refused.
    const inlineRan = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.head.append(s);
      return Boolean((window as unknown as { __inline?: boolean }).__inline);
    });
    expect(inlineRan).toBe(false);
    expect(await violations()).toHaveLength(1);
    await page.evaluate(() => ((window as unknown as { __csp: string[] }).__csp.length = 0));
    hx.errors.length = 0;

    for (const id of [PRESS.id, SOLE.id]) {
      await page.goto(`${hx.baseUrl}?machine=${id}&mode=free&lang=en`);
      await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, null, { timeout: 60_000 });
      expect(await violations(), id).toEqual([]);
    }
    // A record: make one, then open it from the home screen.
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=en`);
    await page.waitForSelector('[data-control="mainSwitch"]');
    await panel(page, 'mainSwitch', 'on');
    await waitForState(page, '"powered"');
    await finishSession(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-record"]')]);
    const text = readFileSync(await download.path(), 'utf8');
    await page.goto(`${hx.baseUrl}?lang=en`);
    await page.setInputFiles('[data-testid="open-record"]', { name: 'rekaman.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    // A record opens on its summary first, then replays.
    await page.click('[data-testid="record-replay"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="replay-bar"]', { timeout: 30_000 });
    await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, null, { timeout: 60_000 });
    expect(await violations()).toEqual([]);
    expect(hx.errors.filter((e) => /Content.Security|Refused to/i.test(e))).toEqual([]);
  });
});
