// Speed and size figures against the project's goals: `npm run bench` (builds first).
// Deterministic figures (bytes, triangles, draw calls) carry the goals; JS time per frame in
// software rendering is reported as a coarse signal only.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countTriangles, readGlbJson } from './models/lib/glb.ts';
import { openHarness } from '../tests/browser/harness.ts';
import { loadMachineModules } from './machineModules.ts';

const machineModules = await loadMachineModules();

const GOALS = {
  homeJsGzipKiB: 100, // the home screen loads neither three.js nor the machines' charts
  stageJsGzipKiB: 350,
  modelTriangles: 30_000,
  modelKiB: 600,
  drawCalls: 200,
  stageReadyMs: 15_000,
};

interface Row { what: string; value: number; goal: number | null; unit: string }
const rows: Row[] = [];
const add = (what: string, value: number, goal: number | null, unit: string) => rows.push({ what, value: Math.round(value * 10) / 10, goal, unit });

execSync('npx vite build', { stdio: 'ignore' });
const assets = readdirSync('dist/assets');
const gz = (f: string) => gzipSync(readFileSync(join('dist/assets', f))).length / 1024;
const entry = readFileSync('dist/index.html', 'utf8').match(/assets\/(index-[^"]+\.js)/)?.[1];
if (!entry) throw new Error('no entry chunk in dist/index.html');
add('home JS (entry chunk, gzip)', gz(entry), GOALS.homeJsGzipKiB, 'KiB');
const stage = assets.find((f) => f.startsWith('MachineStage-') && f.endsWith('.js'));
if (stage) add('3D stage chunk (gzip)', gz(stage), GOALS.stageJsGzipKiB, 'KiB');
for (const f of assets.filter((a) => a.endsWith('.css'))) add(`CSS ${f} (gzip)`, gz(f), null, 'KiB');

for (const m of machineModules) {
  const bytes = readFileSync(join('public', m.modelUrl));
  add(`${m.id}: model file`, bytes.length / 1024, GOALS.modelKiB, 'KiB');
  add(`${m.id}: model triangles`, countTriangles(readGlbJson(new Uint8Array(bytes))), GOALS.modelTriangles, '');
}

const hx = await openHarness({ width: 1280, height: 720 });
try {
  for (const m of machineModules) {
    const t0 = Date.now();
    await hx.page.goto(`${hx.baseUrl}?machine=${m.id}&mode=free`);
    await hx.page.waitForFunction(() => (window.gladiStage?.nodeNames().length ?? 0) > 5, null, { timeout: 60_000 });
    add(`${m.id}: open → model on stage`, Date.now() - t0, GOALS.stageReadyMs, 'ms');
    const r = await hx.page.evaluate(() => window.gladiStage!.measureRender(30));
    add(`${m.id}: draw calls per frame`, r.calls, GOALS.drawCalls, '');
    add(`${m.id}: triangles per frame`, r.triangles, null, '');
    add(`${m.id}: JS ms per frame (SwiftShader, coarse)`, r.msPerFrame, null, 'ms');
  }
} finally {
  await hx.close();
}

let failed = 0;
for (const r of rows) {
  const ok = r.goal === null || r.value <= r.goal;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${r.what.padEnd(48)} ${String(r.value).padStart(9)} ${r.unit.padEnd(3)} ${r.goal === null ? '' : `(goal ≤ ${r.goal})`}`);
}
console.log(failed ? `${failed} goal(s) missed` : 'all goals met');
process.exit(failed ? 1 : 0);
