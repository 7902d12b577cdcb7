// `npm run bench`: speed and size figures against the project's goals, one table. It builds once,
// then runs each part (tools/bench/*.ts) in turn. Not part of `npm test`: the figures depend on
// the machine; the goals and how each figure is taken are in the parts.
import { execSync } from 'node:child_process';
import { lighthouse } from './bench/lighthouse.ts';
import { network } from './bench/network.ts';
import { rendering } from './bench/rendering.ts';
import { sizes } from './bench/sizes.ts';
import { stage } from './bench/stage.ts';
import { printTable, type BenchPart, type Row } from './bench/table.ts';

const parts: BenchPart[] = [sizes, stage, rendering, network, lighthouse];

execSync('npx vite build', { stdio: 'ignore' });
const only = process.argv.slice(2);
const rows: Row[] = [];
for (const part of parts.filter((p) => only.length === 0 || only.includes(p.name))) {
  console.error(`bench: ${part.name}…`);
  rows.push(...(await part.run()));
}
process.exit(printTable(rows) ? 1 : 0);
