// Home-catalogue pictures: `npm run thumbnails` (builds first) opens every machine of the registry
// in Chromium, as the artisan first sees it, and saves the 3D stage alone as
// public/thumbnails/<machine-id>.png (640 × 400). Regenerate after a model or camera change.
// `npx tsx tools/thumbnails.ts <id> [<id>…]` (after `vite build`) renders only those machines.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openHarness } from '../tests/browser/harness.ts';
import { loadMachineModules } from './machineModules.ts';

const machineModules = await loadMachineModules();

export const THUMBNAIL_SIZE = { width: 640, height: 400 } as const;
const OUT_DIR = 'public/thumbnails';
const MAX_BYTES = 120 * 1024;
/** Share of the card the machine should span, at most, across or down. */
const FILL = 0.82;
/** One wheel step of the orbit control changes the camera distance by this factor. */
const WHEEL_STEP = 1 / 0.95;

/**
 * Where the machine is on the card: the box round every pixel that is neither sky nor floor
 * (the colours at the card's corners, which the machine must leave free).
 */
async function machineBox(page: Page): Promise<{ cx: number; cy: number; w: number; h: number }> {
  const box = await page.evaluate(() => {
    const src = document.querySelector('[data-testid="stage"] canvas') as HTMLCanvasElement;
    const c = document.createElement('canvas');
    c.width = src.clientWidth;
    c.height = src.clientHeight;
    const ctx = c.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    // The stage keeps no drawing buffer between frames: draw one and read it in the same task.
    window.gladiStage?.measureRender(1);
    ctx.drawImage(src, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    // (No named helpers in here: the page runs this source as it is.)
    const corners = [2 * 4 + c.width * 8, (c.width * 3 - 3) * 4, ((c.height - 3) * c.width + 2) * 4, ((c.height - 2) * c.width - 3) * 4];
    const colours = corners.map((i) => [d[i]!, d[i + 1]!, d[i + 2]!]);
    // Background: near a corner colour or a blend of two (the floor's edge against the sky).
    const blends = colours.flatMap((p, j) => colours.slice(j).map((q) => [p, q] as const));
    let [x0, y0, x1, y1] = [c.width, c.height, -1, -1];
    for (let y = 0; y < c.height; y++)
      for (let x = 0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        let background = false;
        for (const [p, q] of blends) {
          const u = [q[0]! - p[0]!, q[1]! - p[1]!, q[2]! - p[2]!];
          const v = [d[i]! - p[0]!, d[i + 1]! - p[1]!, d[i + 2]! - p[2]!];
          const len2 = u[0]! * u[0]! + u[1]! * u[1]! + u[2]! * u[2]!;
          const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (v[0]! * u[0]! + v[1]! * u[1]! + v[2]! * u[2]!) / len2));
          const e = Math.abs(v[0]! - t * u[0]!) + Math.abs(v[1]! - t * u[1]!) + Math.abs(v[2]! - t * u[2]!);
          if (e < 30) {
            background = true;
            break;
          }
        }
        if (background) continue;
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
    return x1 < 0 ? null : { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, w: x1 - x0 + 1, h: y1 - y0 + 1 };
  });
  if (!box) throw new Error('thumbnail: no machine on the stage');
  return box;
}

const settle = (page: Page) => page.waitForTimeout(1200); // a frame in software rendering

/**
 * Frames the machine on the card with the stage's own orbit control, as a user would: wheel back
 * until it is clear of the corners, wheel in to fill the card with a margin, then a right-button
 * drag (pan) to centre it.
 */
async function frame(page: Page): Promise<void> {
  const { width: W, height: H } = THUMBNAIL_SIZE;
  await page.mouse.move(W / 2, H / 2);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 100);
  await settle(page);
  const box = await machineBox(page);
  const zoom = Math.min((FILL * W) / box.w, (FILL * H) / box.h);
  const steps = Math.round(Math.log(zoom) / Math.log(WHEEL_STEP));
  for (let i = 0; i < Math.abs(steps); i++) await page.mouse.wheel(0, -Math.sign(steps) * 100);
  for (let pass = 0; pass < 2; pass++) {
    await settle(page);
    const framed = await machineBox(page);
    await page.mouse.move(W / 2, H / 2);
    await page.mouse.down({ button: 'right' });
    await page.mouse.move(W / 2 + (W / 2 - framed.cx), H / 2 + (H / 2 - framed.cy), { steps: 4 });
    await page.mouse.up({ button: 'right' });
  }
}

mkdirSync(OUT_DIR, { recursive: true });
const hx = await openHarness({ width: 1280, height: 800 });
// Full picture quality, whatever the automatic choice would find on this (software-rendering) machine.
await hx.context.addInitScript(() => localStorage.setItem('gladi.quality', JSON.stringify({ choice: 'high', auto: 'high' })));
try {
  const { page } = hx;
  const only = process.argv.slice(2);
  for (const m of machineModules) {
    if (only.length > 0 && !only.includes(m.id)) continue;
    await page.goto(`${hx.baseUrl}?machine=${m.id}&lang=id&mode=free`);
    await page.waitForSelector(`[data-machine="${m.id}"] [data-testid="stage"][data-stage-ready="true"]`, { timeout: 60_000 });
    // The model is on stage once a control's node can be found.
    const node = m.controls[0]?.node ?? '';
    await page.waitForFunction((n) => window.gladiStage?.nodeNames().includes(n) ?? false, node, { timeout: 60_000 });
    // Lift the stage out of the page layout at exactly the picture's size; the canvas follows it.
    // Through the CSSOM: the app's Content-Security-Policy refuses an injected <style>.
    await page.evaluate(([w, h]) => {
      const stage = document.querySelector<HTMLElement>('[data-testid="stage"]');
      if (!stage) throw new Error('no stage');
      for (const [name, value] of [['position', 'fixed'], ['inset', '0 auto auto 0'], ['width', `${w}px`], ['height', `${h}px`], ['z-index', '10000']] as const)
        stage.style.setProperty(name, value, 'important');
    }, [THUMBNAIL_SIZE.width, THUMBNAIL_SIZE.height] as const);
    await page.waitForFunction(
      ([w, h]) => {
        const c = document.querySelector('[data-testid="stage"] canvas');
        return c !== null && c.clientWidth === w && c.clientHeight === h;
      },
      [THUMBNAIL_SIZE.width, THUMBNAIL_SIZE.height] as const,
    );
    // The picture is the machine alone: the stage's own buttons (view switch, picture quality, download) stay out.
    await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="stage"] canvas');
      const stage = document.querySelector('[data-testid="stage"]');
      for (let el = canvas; el && el !== stage; el = el.parentElement) {
        for (const sibling of el.parentElement?.children ?? []) if (sibling !== el) (sibling as HTMLElement).style.setProperty('visibility', 'hidden', 'important');
      }
    });
    await frame(page);
    await page.waitForTimeout(1500); // the resized, framed picture is rendered (software rendering is slow)
    const file = join(OUT_DIR, `${m.id}.png`);
    await page.locator('[data-testid="stage"]').screenshot({ path: file });
    const bytes = statSync(file).size;
    console.log(`${file}: ${(bytes / 1024).toFixed(1)} KiB${bytes > MAX_BYTES ? ' — over the 120 KiB budget' : ''}`);
    if (bytes > MAX_BYTES) process.exitCode = 1;
  }
  if (hx.errors.length) {
    console.error(hx.errors.join('\n'));
    process.exitCode = 1;
  }
} finally {
  await hx.close();
}
