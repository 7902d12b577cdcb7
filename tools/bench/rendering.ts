// Rendering figures for `npm run bench` (issue 12): idle frames and CPU in each mode, each machine's
// frame time against an empty stage of the same size, growth after machine switches, and how long
// the frame after an input takes. Chromium with software GL (SwiftShader): absolute times are this
// machine's; the goals are ratios, zero counts and flat counts.
import type { CDPSession, Page } from 'playwright-core';
import { openHarness, type Harness } from '../../tests/browser/harness.ts';
import { MODES } from '../../src/engine/session.ts';
import { QUALITY_STORAGE_KEY } from '../../src/scene/quality/qualityStore.ts';
import { loadMachineModules } from '../machineModules.ts';
import { row, type BenchPart, type Row as BenchRow } from './table.ts';

export const RENDERING_GOALS = {
  idleFramesPerS: 0,
  idleCpuPercent: 5, // of one core, all Chromium processes together (the GPU process included)
  frameRatio: 2, // a machine's frame time ÷ the empty stage's
  domNodeGrowth: 600, // after 20 switches, against the first round (the leak was ~370 nodes a switch)
  liveContexts: 2, // the open stage's, and one fiber frees a moment after the last unmount
} as const;

const IDLE_WINDOW_MS = 5000;
const ORBIT_MS = 3000;
const SWITCHES = 20;
const INPUT_SAMPLES = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

async function stageSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, null, { timeout: 90_000 });
  // Still for a second: no stage frame, no running CSS animation (the hint ring's few pulses).
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __benchLast?: number };
      const now = window.gladiStage?.framesDrawn() ?? -1;
      const still = w.__benchLast === now && document.getAnimations().every((a) => a.playState !== 'running');
      w.__benchLast = now;
      return still;
    },
    null,
    { timeout: 90_000, polling: 1000 },
  );
}

/** CPU seconds used so far by every process of this Chromium (browser, GPU, renderers, services). */
async function chromiumCpuS(browserCdp: CDPSession): Promise<number> {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  return processInfo.reduce((s, p) => s + p.cpuTime, 0);
}

async function idleRows(hx: Harness, browserCdp: CDPSession, ids: readonly string[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const id of ids)
    for (const mode of MODES) {
      await hx.page.goto(`${hx.baseUrl}?machine=${id}&mode=${mode}&lang=id`);
      await stageSettled(hx.page);
      const f0 = await hx.page.evaluate(() => window.gladiStage!.framesDrawn());
      const c0 = await chromiumCpuS(browserCdp);
      const t0 = Date.now();
      await hx.page.waitForTimeout(IDLE_WINDOW_MS);
      const c1 = await chromiumCpuS(browserCdp);
      const f1 = await hx.page.evaluate(() => window.gladiStage!.framesDrawn());
      const s = (Date.now() - t0) / 1000;
      rows.push(row(`${id} ${mode}: idle frames/s`, (f1 - f0) / s, RENDERING_GOALS.idleFramesPerS, '/s'));
      rows.push(row(`${id} ${mode}: idle CPU (all processes)`, ((c1 - c0) / s) * 100, RENDERING_GOALS.idleCpuPercent, '%'));
    }
  return rows;
}

/** Orbits the camera back and forth with the mouse for ORBIT_MS: milliseconds per frame drawn. */
async function orbitMsPerFrame(page: Page): Promise<number> {
  const box = await page.locator('[data-testid="stage"] canvas').boundingBox();
  if (!box) throw new Error('bench: no stage canvas');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  const f0 = await page.evaluate(() => window.gladiStage!.framesDrawn());
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < ORBIT_MS; i++) await page.mouse.move(x + (i % 40 < 20 ? i % 20 : 20 - (i % 20)) * 6, y);
  const f1 = await page.evaluate(() => window.gladiStage!.framesDrawn());
  const ms = Date.now() - t0;
  await page.mouse.up();
  return ms / Math.max(1, f1 - f0);
}

async function frameRows(hx: Harness, ids: readonly string[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const { page } = hx;
  for (const id of ids) {
    // The empty stage: the same page, canvas, lights and floor, with the model's download held back.
    await page.route('**/*.glb.gz', () => undefined);
    await page.goto(`${hx.baseUrl}?machine=${id}&mode=free&lang=id&modelTimeout=120`);
    await page.locator('[data-testid="stage"][data-stage-ready="true"]').waitFor({ timeout: 90_000 });
    await page.waitForFunction(() => (window.gladiStage?.framesDrawn() ?? 0) > 0, null, { timeout: 90_000 });
    const empty = await orbitMsPerFrame(page);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goto(`${hx.baseUrl}?machine=${id}&mode=free&lang=id`);
    await stageSettled(page);
    const full = await orbitMsPerFrame(page);
    const r = await page.evaluate(() => window.gladiStage!.measureRender(1));
    rows.push(row(`${id}: orbit ms/frame, empty stage`, empty, null, 'ms'));
    rows.push(row(`${id}: orbit ms/frame, machine`, full, null, 'ms'));
    rows.push(row(`${id}: frame ratio machine ÷ empty`, full / empty, RENDERING_GOALS.frameRatio, '×'));
    rows.push(row(`${id}: draw calls / triangles (k)`, r.calls, null, `/${Math.round(r.triangles / 100) / 10}k`));
  }
  return rows;
}

async function switchRows(hx: Harness, cdp: CDPSession, ids: readonly string[]): Promise<BenchRow[]> {
  const { page } = hx;
  const measure = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    const contexts = await page.evaluate(() => (window as unknown as { __glContexts?: () => number }).__glContexts?.() ?? -1);
    return { nodes, contexts };
  };
  await page.goto(`${hx.baseUrl}?lang=id`);
  const openAndLeave = async (id: string) => {
    await page.click(`[data-open-machine="${id}"][data-open-mode="free"]`);
    await page.locator(`[data-machine="${id}"] [data-testid="stage"][data-stage-ready="true"]`).waitFor({ timeout: 90_000 });
    await page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, null, { timeout: 90_000 });
    await page.click('[data-testid="back"]');
    await page.locator('[data-testid="home"]').waitFor();
  };
  for (const id of ids) await openAndLeave(id);
  const first = await measure();
  for (let i = ids.length; i < SWITCHES; i++) await openAndLeave(ids[i % ids.length]!);
  const last = await measure();
  return [
    row(`DOM nodes: growth from switch ${ids.length} to ${SWITCHES}`, last.nodes - first.nodes, RENDERING_GOALS.domNodeGrowth, ''),
    row(`WebGL contexts alive after ${SWITCHES} switches`, last.contexts, RENDERING_GOALS.liveContexts, ''),
  ];
}

/**
 * Installed in the page before a click (as source text: tsx would wrap named helpers in a
 * `__name` call the page does not have). Records in `window.__input` when the press came, when the
 * chart's state changed, and when the first stage frame drawn after the press was on screen.
 */
const WATCH_INPUT = `(() => {
  const rootEl = document.querySelector('[data-machine]');
  const before = rootEl.getAttribute('data-state');
  const rec = {};
  window.__input = rec;
  document.addEventListener('pointerdown', () => {
    rec.t0 = performance.now();
    const f0 = window.gladiStage.framesDrawn();
    let drawn = false;
    const tick = () => {
      if (drawn) { rec.frame = performance.now(); return; } // drawn last turn, on screen now
      drawn = window.gladiStage.framesDrawn() > f0;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, { capture: true, once: true });
  const mo = new MutationObserver(() => {
    if (rootEl.getAttribute('data-state') === before || rec.state) return;
    rec.state = performance.now();
    mo.disconnect();
  });
  mo.observe(rootEl, { attributes: true, attributeFilter: ['data-state'] });
})()`;

/**
 * Clicks a panel selector (a position not yet chosen) and times, in the page, the state change
 * and the first stage frame drawn after it (up to the next animation frame, when it is shown).
 */
async function inputRows(hx: Harness, ids: readonly string[], orbitMs: ReadonlyMap<string, number>): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const { page } = hx;
  for (const id of ids) {
    await page.goto(`${hx.baseUrl}?machine=${id}&mode=free&lang=id`);
    await stageSettled(page);
    const toState: number[] = [];
    const toFrame: number[] = [];
    for (let i = 0; i < INPUT_SAMPLES; i++) {
      const target = page.locator('[data-control] button[data-value][aria-pressed="false"]:not([disabled])').first();
      await page.evaluate(WATCH_INPUT);
      await target.click();
      const seen = await page
        .waitForFunction(() => (window as unknown as { __input?: { frame?: number } }).__input?.frame !== undefined, null, { timeout: 30_000 })
        .then(() => true, () => false);
      if (!seen) throw new Error(`bench: ${id}: no frame after a click on ${await target.evaluate((b) => b.closest('[data-control]')?.getAttribute('data-control') + '=' + b.getAttribute('data-value'))}: ${JSON.stringify(await page.evaluate(() => (window as unknown as { __input?: unknown }).__input))}`);
      const r = await page.evaluate(() => (window as unknown as { __input: { t0: number; state?: number; frame: number } }).__input);
      if (r.state !== undefined) toState.push(r.state - r.t0); // a setting kept in the chart's context changes no state value
      toFrame.push(r.frame - r.t0);
      await stageSettled(page);
    }
    const frameMs = orbitMs.get(id) ?? NaN;
    const stateMs = toState.length ? median(toState) : 0;
    if (toState.length) rows.push(row(`${id}: input → state change (median)`, stateMs, null, 'ms'));
    // Goal: the state change, then at most two of this machine's own frames (one under way, one showing it).
    rows.push(row(`${id}: input → next frame shown (median)`, median(toFrame), Math.round(stateMs + 2 * frameMs), 'ms'));
  }
  return rows;
}

/** The picture quality the figures are taken at: full by default, `BENCH_QUALITY=low` to compare. */
const BENCH_QUALITY = process.env.BENCH_QUALITY === 'low' ? 'low' : 'high';

/**
 * Before each page (source text, see WATCH_INPUT): the picture quality held at BENCH_QUALITY, and every WebGL context the
 * page makes held weakly, so `__glContexts()` counts those something still keeps.
 */
const INIT_SCRIPT = `(() => {
  localStorage.setItem(${JSON.stringify(QUALITY_STORAGE_KEY)}, JSON.stringify({ choice: ${JSON.stringify(BENCH_QUALITY)}, auto: 'high' }));
  const made = [];
  window.__glContexts = () => made.filter((r) => r.deref() !== undefined).length;
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (...args) {
    const ctx = original.apply(this, args);
    if (ctx && String(args[0]).startsWith('webgl')) made.push(new WeakRef(ctx));
    return ctx;
  };
})()`;

/**
 * Every rendering figure, in one Chromium, at a held picture quality (the automatic level would move
 * during the run). `BENCH_ONLY=idle,frame,switch,input` picks parts.
 */
export async function renderingBench(): Promise<BenchRow[]> {
  const ids = (await loadMachineModules()).map((m) => m.id);
  const hx = await openHarness({ width: 1280, height: 720 });
  try {
    await hx.context.addInitScript(INIT_SCRIPT);
    const browser = hx.context.browser();
    if (!browser) throw new Error('bench: no browser handle for CPU figures');
    const browserCdp = await browser.newBrowserCDPSession();
    const cdp = await hx.context.newCDPSession(hx.page);
    const only = process.env.BENCH_ONLY ?? 'idle,frame,switch,input';
    const rows: BenchRow[] = [];
    if (only.includes('idle')) rows.push(...(await idleRows(hx, browserCdp, ids)));
    const frames = only.includes('frame') || only.includes('input') ? await frameRows(hx, ids) : [];
    if (only.includes('frame')) rows.push(...frames);
    if (only.includes('switch')) rows.push(...(await switchRows(hx, cdp, ids)));
    const orbit = new Map(ids.map((id) => [id, frames.find((r) => r.what === `${id}: orbit ms/frame, machine`)?.value ?? NaN]));
    if (only.includes('input')) rows.push(...(await inputRows(hx, ids, orbit)));
    if (hx.errors.length) console.error(hx.errors.join('\n'));
    return rows;
  } finally {
    await hx.close();
  }
}

export const rendering: BenchPart = { name: 'rendering', run: renderingBench };
