// Speed and size figures against the project's goals: `npm run bench` builds, then runs each
// tools/bench/*.ts module in turn (one Chromium each) and prints one table. Not part of `npm test`.
import { execSync } from 'node:child_process';
import type { BenchRow } from './bench/row.ts';
import { sizesBench } from './bench/sizes.ts';
import { renderingBench } from './bench/rendering.ts';

const modules: (() => Promise<BenchRow[]>)[] = [sizesBench, renderingBench];

execSync('npx vite build', { stdio: 'ignore' });
const rows: BenchRow[] = [];
for (const run of modules) rows.push(...(await run()));

let failed = 0;
for (const r of rows) {
  const ok = r.goal === null || r.value <= r.goal;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${r.what.padEnd(52)} ${String(r.value).padStart(9)} ${r.unit.padEnd(3)} ${r.goal === null ? '' : `(goal ≤ ${r.goal})`}`);
}
console.log(failed ? `${failed} goal(s) missed` : 'all goals met');
process.exit(failed ? 1 : 0);
