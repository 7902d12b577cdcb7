// Bundle and model sizes, and how long a machine takes to appear: part of `npm run bench` (after a build).
// Deterministic figures (bytes, triangles, draw calls) carry the goals; JS time per frame in
// software rendering is reported as a coarse signal only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countTriangles, readGlbJson } from '../models/lib/glb.ts';
import { openHarness } from '../../tests/browser/harness.ts';
import { loadMachineModules } from '../machineModules.ts';
import { row, type BenchRow } from './row.ts';

export const SIZE_GOALS = {
  homeJsGzipKiB: 100, // the home screen loads neither three.js nor the machines' charts
  stageJsGzipKiB: 350,
  modelTriangles: 30_000,
  modelKiB: 600,
  drawCalls: 200,
  stageReadyMs: 15_000,
};

export async function sizesBench(): Promise<BenchRow[]> {
  const machineModules = await loadMachineModules();
  const rows: BenchRow[] = [];
  const add = (what: string, value: number, goal: number | null, unit: string) => rows.push(row(what, value, goal, unit));
  const assets = readdirSync('dist/assets');
  const gz = (f: string) => gzipSync(readFileSync(join('dist/assets', f))).length / 1024;
  const entry = readFileSync('dist/index.html', 'utf8').match(/assets\/(index-[^"]+\.js)/)?.[1];
  if (!entry) throw new Error('no entry chunk in dist/index.html');
  add('home JS (entry chunk, gzip)', gz(entry), SIZE_GOALS.homeJsGzipKiB, 'KiB');
  const stage = assets.find((f) => f.startsWith('MachineStage-') && f.endsWith('.js'));
  if (stage) add('3D stage chunk (gzip)', gz(stage), SIZE_GOALS.stageJsGzipKiB, 'KiB');
  for (const f of assets.filter((a) => a.endsWith('.css'))) add(`CSS ${f} (gzip)`, gz(f), null, 'KiB');

  for (const m of machineModules) {
    const bytes = readFileSync(join('public', m.modelUrl));
    add(`${m.id}: model file`, bytes.length / 1024, SIZE_GOALS.modelKiB, 'KiB');
    add(`${m.id}: model triangles`, countTriangles(readGlbJson(new Uint8Array(bytes))), SIZE_GOALS.modelTriangles, '');
  }

  const hx = await openHarness({ width: 1280, height: 720 });
  try {
    for (const m of machineModules) {
      const t0 = Date.now();
      await hx.page.goto(`${hx.baseUrl}?machine=${m.id}&mode=free`);
      await hx.page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, null, { timeout: 60_000 });
      add(`${m.id}: open → model on stage`, Date.now() - t0, SIZE_GOALS.stageReadyMs, 'ms');
      const r = await hx.page.evaluate(() => window.gladiStage!.measureRender(30));
      add(`${m.id}: draw calls per frame`, r.calls, SIZE_GOALS.drawCalls, '');
      add(`${m.id}: triangles per frame`, r.triangles, null, '');
      add(`${m.id}: JS ms per frame (SwiftShader, coarse)`, r.msPerFrame, null, 'ms');
    }
  } finally {
    await hx.close();
  }
  return rows;
}
