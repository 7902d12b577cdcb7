// Deterministic figures of the build and the models: bundle sizes (gzip), model files, triangles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countTriangles, readGlbJson, readModelFile } from '../models/lib/glb.ts';
import { loadMachineModules } from '../machineModules.ts';
import { row, type BenchPart, type Row } from './table.ts';

const GOALS = {
  homeJsGzipKiB: 100, // the home screen loads neither three.js nor the machines' charts
  stageJsGzipKiB: 350,
  modelTriangles: 30_000,
  modelKiB: 600,
};

export const sizes: BenchPart = {
  name: 'sizes',
  async run(): Promise<Row[]> {
    const rows: Row[] = [];
    const assets = readdirSync('dist/assets');
    const gz = (f: string) => gzipSync(readFileSync(join('dist/assets', f))).length / 1024;
    // The entry script and the modules index.html preloads with it: what every page downloads first.
    const html = readFileSync('dist/index.html', 'utf8');
    const entry = [...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    if (entry.length === 0) throw new Error('no entry chunk in dist/index.html');
    rows.push(row(`home JS (entry and its ${entry.length - 1} static imports, gzip)`, entry.reduce((sum, f) => sum + gz(f), 0), GOALS.homeJsGzipKiB, 'KiB'));
    // The bundler may put three.js in a chunk shared by the stage and its warmer: count the chunks with it.
    const stage = assets.filter((f) => f.endsWith('.js') && (f.startsWith('MachineStage-') || readFileSync(join('dist/assets', f), 'utf8').includes('WebGLRenderer')));
    rows.push(row(`3D stage + three.js chunks (gzip: ${stage.join(', ')})`, stage.reduce((sum, f) => sum + gz(f), 0), GOALS.stageJsGzipKiB, 'KiB'));
    for (const f of assets.filter((a) => a.endsWith('.css'))) rows.push(row(`CSS ${f} (gzip)`, gz(f), null, 'KiB'));
    for (const m of await loadMachineModules()) {
      const bytes = readFileSync(join('public', m.modelUrl));
      rows.push(row(`${m.id}: model file (meshopt, gzipped)`, bytes.length / 1024, GOALS.modelKiB, 'KiB'));
      rows.push(row(`${m.id}: model triangles`, countTriangles(readGlbJson(readModelFile(join('public', m.modelUrl)))), GOALS.modelTriangles, ''));
    }
    return rows;
  },
};
