import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineIds } from '../../src/machines/registry.ts';
import { openHarness, type Harness } from './harness.ts';
import { finishSession, followGlow, panel, SCHEMATIC, waitForState } from './gladiPage.ts';
import { PRESS } from './machinesUnderTest.ts';

/**
 * The 2D view (issue 12): without WebGL (`?webgl=off`, and a browser whose getContext gives no
 * WebGL) every machine's full guided procedure runs on the drawing, reading only the hints; a
 * click on the drawing changes the state; the device's 2D/3D choice is kept; a lost WebGL
 * context comes back with the session intact, or, not restored, the 2D view takes over with the
 * session intact. Screenshots of each drawing at three sizes go to test-results/.
 */
const OUT = 'test-results/schematic';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious or critical axe violations on the page (as tests/browser/a11y.test.ts judges the 3D screens). */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}
const WAIT = 60_000;
/** A whole guided procedure, seams and skives fed in real time on a shared 2-core machine: a bound, not a goal. */
const GUIDED_TIMEOUT_MS = 480_000;

/** An init script: this browser has no WebGL at all (both context kinds come back null). */
const BLOCK_WEBGL = `(() => {
  const real = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    if (kind === 'webgl' || kind === 'webgl2' || kind === 'experimental-webgl') return null;
    return real.call(this, kind, ...rest);
  };
})();`;

async function guidedOnTheDrawing(hx: Harness, id: string, query: string): Promise<void> {
  const { page } = hx;
  await page.goto(`${hx.baseUrl}?machine=${id}&mode=guided&lang=en${query}`);
  await page.waitForSelector(`[data-testid="schematic"][data-schematic="${id}"] [data-control]`, { timeout: WAIT });
  expect(await page.$('[data-testid="stage"] canvas')).toBeNull();
  expect(await page.textContent('[data-testid="no-webgl"]')).toContain('WebGL');
  // The drawing rings what the guide asks, like the panel does.
  await page.waitForSelector(`${SCHEMATIC}[data-control][data-hint] .sx-hint-ring`, { timeout: WAIT });
  expect(await axeProblems(page)).toEqual([]);
  const actions = await followGlow(page, 400, SCHEMATIC);
  expect(actions).toBeGreaterThan(5);
  expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('complete');
  expect(hx.errors).toEqual([]);
}

/**
 * The first position on the drawing that is not already chosen and that the chart accepts now,
 * clicked: the chart takes it (the drawing, which reads the chart, shows it chosen; the step list
 * or the state moves on).
 */
async function oneClickChangesTheState(page: Page): Promise<void> {
  const clicked = await page.evaluate((scope) => {
    const b = [...document.querySelectorAll<HTMLButtonElement>(`${scope}[data-control] button[data-value]`)].find((x) => x.getAttribute('aria-pressed') !== 'true' && !x.classList.contains('unavailable'));
    b?.click();
    return b ? `${b.closest('[data-control]')?.getAttribute('data-control')}=${b.getAttribute('data-value')}` : null;
  }, SCHEMATIC);
  expect(clicked).not.toBeNull();
  const [control, value] = clicked!.split('=');
  await page.waitForSelector(`${SCHEMATIC}[data-control="${control}"] button[data-value="${value}"][aria-pressed="true"]`, { timeout: 10_000 });
  // The panel, driven by the same session, agrees.
  await page.waitForSelector(`[data-testid="side-panel"] [data-control="${control}"] button[data-value="${value}"][aria-pressed="true"]`, { timeout: 10_000 });
}

describe('the 2D view with ?webgl=off', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await openHarness({ width: 1280, height: 720 });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => hx?.close());

  it.each(machineIds)('%s: a full guided procedure on the drawing', async (id) => {
    await guidedOnTheDrawing(hx, id, '&webgl=off');
  }, GUIDED_TIMEOUT_MS);

  it.each(machineIds)('%s: one click on the drawing changes the state; screenshots at three sizes', async (id) => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${id}&mode=free&lang=id&webgl=off`);
    await page.waitForSelector(`${SCHEMATIC}[data-control]`, { timeout: WAIT });
    await oneClickChangesTheState(page);
    for (const [w, h] of [[1280, 720], [1024, 600], [412, 915]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(200); // layout settles (no verdict depends on it)
      await page.screenshot({ path: `${OUT}/${id}-${w}x${h}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(hx.errors).toEqual([]);
  });
});

describe('a drill and a replay in the 2D view', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await openHarness({ width: 1280, height: 720 });
  });
  afterAll(async () => hx?.close());

  it('an exam drill runs on the drawing without hints; its replay plays on the drawing, which takes no input', async () => {
    const { page } = hx;
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&scenario=${PRESS.examDrill}&lang=en&webgl=off`);
    await page.waitForSelector(`[data-mode="exam"] ${SCHEMATIC}[data-control]`, { timeout: WAIT });
    expect(await page.$$('[data-hint]')).toHaveLength(0);
    await panel(page, 'mainSwitch', 'on', SCHEMATIC);
    await waitForState(page, '"powered"');
    await finishSession(page);
    await page.click('[data-testid="replay"]');
    await page.waitForSelector('[data-testid="replay-bar"]');
    const on = `${SCHEMATIC}[data-control="mainSwitch"] button[data-value="on"]`;
    for (let i = 0; i < 40 && (await page.getAttribute(on, 'aria-pressed')) !== 'true'; i++) await page.click('[data-testid="replay-step"]');
    expect(await page.getAttribute(on, 'aria-pressed')).toBe('true');
    expect(await page.isDisabled(on)).toBe(true);
    expect(hx.errors).toEqual([]);
  });
});

describe('the 2D view in a browser without WebGL', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await openHarness({ width: 1280, height: 720 });
    await hx.context.addInitScript(BLOCK_WEBGL);
  });
  afterAll(async () => hx?.close());

  it.each(machineIds)('%s: opens by itself and runs a full guided procedure', async (id) => {
    await guidedOnTheDrawing(hx, id, '');
  }, GUIDED_TIMEOUT_MS);
});

describe('choosing the view, and a lost WebGL context', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await openHarness({ width: 1280, height: 720 });
  });
  afterAll(async () => hx?.close());

  const open = async (page: Page) => {
    await page.goto(`${hx.baseUrl}?machine=${PRESS.id}&mode=free&lang=en`);
    await page.waitForSelector('[data-testid="view-choice"]', { timeout: WAIT });
  };
  const loseContext = (page: Page) =>
    page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="stage"] canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const ext = gl.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
      ext.loseContext();
    });

  it('2D chosen on this device stays after a reload; a bad stored value is ignored', async () => {
    const { page } = hx;
    await open(page);
    await page.waitForSelector('[data-testid="stage"][data-stage-ready="true"]', { timeout: WAIT });
    await page.click('[data-view-kind="2d"]');
    await page.waitForSelector(`${SCHEMATIC}[data-control]`);
    await page.reload();
    await page.waitForSelector(`${SCHEMATIC}[data-control]`, { timeout: WAIT });
    expect(await page.getAttribute('[data-testid="view-choice"]', 'data-view')).toBe('2d');
    await page.evaluate(() => localStorage.setItem('gladi.view', '<script>'));
    await page.reload();
    await page.waitForSelector('[data-testid="stage"][data-stage-ready="true"]', { timeout: WAIT });
    expect(await page.$('[data-testid="schematic"]')).toBeNull();
    await page.click('[data-view-kind="2d"]');
    await page.click('[data-view-kind="3d"]');
    await page.waitForSelector('[data-testid="stage"][data-stage-ready="true"]', { timeout: WAIT });
    expect(hx.errors).toEqual([]);
  });

  it('a context lost mid-session and restored: the same session, and the scene comes back', async () => {
    const { page } = hx;
    await open(page);
    await page.waitForSelector('[data-testid="stage"][data-stage-ready="true"]', { timeout: WAIT });
    await panel(page, 'mainSwitch', 'on');
    await waitForState(page, '"powered"');
    const log = await page.getAttribute('[data-machine]', 'data-state');
    await loseContext(page);
    await page.waitForSelector('[data-testid="stage"][data-context-lost="true"]', { timeout: 10_000 });
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await page.waitForSelector('[data-testid="stage"][data-context-lost="false"][data-stage-ready="true"]', { timeout: 10_000 });
    expect(await page.getAttribute('[data-machine]', 'data-state')).toBe(log);
    expect(await page.$('[data-testid="schematic"]')).toBeNull();
    await panel(page, 'pumpStart');
    await waitForState(page, 'pump');
  });

  it('a context lost and never restored: the 2D view takes over with the session intact, and goes on', async () => {
    const { page } = hx;
    await open(page);
    await page.waitForSelector('[data-testid="stage"][data-stage-ready="true"]', { timeout: WAIT });
    await panel(page, 'mainSwitch', 'on');
    await waitForState(page, '"powered"');
    const before = await page.getAttribute('[data-machine]', 'data-state');
    await loseContext(page);
    await page.waitForSelector('[data-testid="webgl-gone"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="webgl-gone"]')).toContain('2D');
    await page.waitForSelector(`${SCHEMATIC}[data-control="mainSwitch"] button[data-value="on"][aria-pressed="true"]`, { timeout: WAIT });
    expect(await page.getAttribute('[data-machine]', 'data-state')).toBe(before);
    expect(await page.getAttribute('[data-machine]', 'data-session')).toBe('running');
    // The practice goes on, on the drawing.
    await panel(page, 'pumpStart', undefined, SCHEMATIC);
    await page.waitForFunction((b) => document.querySelector('[data-machine]')?.getAttribute('data-state') !== b, before, { timeout: 10_000 });
  });
});
