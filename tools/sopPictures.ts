// SOP card step pictures: `npm run sop:pictures [-- <machine-id> …]` (builds first) plays every
// machine's presenter tour in Chromium (the golden run cut at each step, the camera turned to the
// step's part and the part ringed, src/scene/CameraFocus.tsx) and saves the 3D stage at each stop as
// public/sop/<machine-id>/<step-id>.png, one per procedure step that stop does; the list of what
// exists goes to public/sop/pictures.json (the card shows a neutral frame for a step not on it).
// Regenerate after a model, camera or procedure change; a new machine gets its pictures here.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openHarness } from '../tests/browser/harness.ts';
import { buildTour } from '../src/presenter/tour.ts';
import { loadMachineModules } from './machineModules.ts';

export const SOP_PICTURE_SIZE = { width: 240, height: 180 } as const;
const OUT_DIR = 'public/sop';
const LIST = join(OUT_DIR, 'pictures.json');
const MAX_BYTES = 60 * 1024;
/** The camera is on the part once it is this near the stage's centre (share of width/height). */
const CENTRED = 0.12;
const GLIDE_WAIT_MS = 20_000;

const wanted = process.argv.slice(2);
const all = await loadMachineModules();
const unknown = wanted.filter((id) => !all.some((m) => m.id === id));
if (unknown.length) throw new Error(`no machine ${unknown.join(', ')} (machines: ${all.map((m) => m.id).join(', ')})`);
const machines = wanted.length ? all.filter((m) => wanted.includes(m.id)) : all;

const list: Record<string, string[]> = existsSync(LIST) ? (JSON.parse(readFileSync(LIST, 'utf8')) as Record<string, string[]>) : {};
// Machines that are gone lose their entry.
for (const id of Object.keys(list)) if (!all.some((m) => m.id === id)) delete list[id];

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

/** Waits (bounded) until the camera's glide has brought `node` near the stage's centre. */
async function waitCentred(page: Page, node: string): Promise<void> {
  const probe = `(() => {
    const p = window.gladiStage && window.gladiStage.screenPosition(${JSON.stringify(node)});
    const c = document.querySelector('[data-testid="stage"] canvas');
    if (!p || !c) return false;
    const r = c.getBoundingClientRect();
    return Math.abs(p.x - (r.left + r.width / 2)) / r.width < ${CENTRED} && Math.abs(p.y - (r.top + r.height / 2)) / r.height < ${CENTRED};
  })()`;
  const deadline = Date.now() + GLIDE_WAIT_MS;
  while (!((await page.evaluate(probe)) as boolean) && Date.now() < deadline) await page.waitForTimeout(200);
}

mkdirSync(OUT_DIR, { recursive: true });
const hx = await openHarness({ width: 1024, height: 768 });
await hx.context.addInitScript(() => localStorage.setItem('gladi.quality', JSON.stringify({ choice: 'high', auto: 'high' })));
try {
  const { page } = hx;
  for (const m of machines) {
    const tour = buildTour(m);
    const dir = join(OUT_DIR, m.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await page.goto(`${hx.baseUrl}?present=${m.id}&lang=id`);
    await page.waitForSelector('[data-tour-stops]', { timeout: 60_000 });
    await page.waitForSelector('[data-stage-ready="true"]', { timeout: 60_000 });
    const made: string[] = [];
    for (let p = 0; p < tour.steps.length; p++) {
      if (p > 0) await page.keyboard.press('PageDown');
      await waitPosition(page, m.id, p);
      const stop = tour.steps[p]!;
      if (stop.focus) await waitCentred(page, stop.focus);
      await page.waitForTimeout(600); // the last frames of the glide are drawn (software rendering)
      const shot = await page.locator('[data-testid="stage"] canvas').screenshot({ scale: 'css' });
      // The stage's picture, cut down to the card's size round its centre (where the part is).
      const png = await page.evaluate(
        async ([b64, w, h]) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = w;
          c.height = h;
          const ctx = c.getContext('2d')!;
          // Cover: the middle of the stage, the part's ring in it.
          const s = Math.max(w / img.width, h / img.height) * 1.6;
          const sw = w / s;
          const sh = h / s;
          ctx.drawImage(img, (img.width - sw) / 2, (img.height - sh) / 2, sw, sh, 0, 0, w, h);
          return c.toDataURL('image/png').slice('data:image/png;base64,'.length);
        },
        [shot.toString('base64'), SOP_PICTURE_SIZE.width, SOP_PICTURE_SIZE.height] as const,
      );
      for (const stepId of stop.stepIds) {
        const file = join(dir, `${stepId}.png`);
        writeFileSync(file, Buffer.from(png, 'base64'));
        made.push(stepId);
        const bytes = statSync(file).size;
        if (bytes > MAX_BYTES) {
          console.error(`${file}: ${(bytes / 1024).toFixed(1)} KiB, over the ${MAX_BYTES / 1024} KiB budget`);
          process.exitCode = 1;
        }
      }
    }
    list[m.id] = m.procedure.steps.map((st) => st.id).filter((id) => made.includes(id));
    const without = m.procedure.steps.map((st) => st.id).filter((id) => !made.includes(id));
    console.log(`${m.id}: ${made.length} pictures${without.length ? ` (none for ${without.join(', ')}: no stop of the tour does them)` : ''}`);
  }
  const sorted = Object.fromEntries(Object.entries(list).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(LIST, `${JSON.stringify(sorted, null, 1)}\n`);
  if (hx.errors.length) {
    console.error(hx.errors.join('\n'));
    process.exitCode = 1;
  }
} finally {
  await hx.close();
}
