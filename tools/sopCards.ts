// Printable SOP cards: `npm run sop [-- <machine-id> …] [--lang=id|en] [--paper=A4|A5]` (builds
// first) opens each machine's card in Chromium (`?sop=<id>`, the same page a trainer prints from the
// app) and prints it to sop-cards/<machine-id>-<lang>-<paper>.pdf with the card's own print CSS.
// Default: every machine, Indonesian, A4. The QR codes point at the address given with
// --base=<url> (where the trainees open Gladi, e.g. the centre's server); without it, at this
// run's local server, which is only right for trying the card out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openHarness } from '../tests/browser/harness.ts';
import { loadMachineModules } from './machineModules.ts';

const OUT_DIR = 'sop-cards';
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const lang = option('lang') ?? 'id';
const paper = (option('paper') ?? 'A4').toUpperCase();
const base = option('base');
if (lang !== 'id' && lang !== 'en') throw new Error(`--lang must be id or en, not "${lang}"`);
if (paper !== 'A4' && paper !== 'A5') throw new Error(`--paper must be A4 or A5, not "${paper}"`);
if (base !== undefined && !/^https?:\/\//.test(base)) throw new Error(`--base must be an http(s) address, not "${base}"`);
if (base === undefined) console.warn('no --base=<url>: the QR codes point at this run\'s local server (only for trying the card out)');
const wanted = args.filter((a) => !a.startsWith('--'));
const all = await loadMachineModules();
const unknown = wanted.filter((id) => !all.some((m) => m.id === id));
if (unknown.length) throw new Error(`no machine ${unknown.join(', ')} (machines: ${all.map((m) => m.id).join(', ')})`);
const ids = wanted.length ? wanted : all.map((m) => m.id);

mkdirSync(OUT_DIR, { recursive: true });
const hx = await openHarness({ width: 1000, height: 1400 });
try {
  const { page } = hx;
  for (const id of ids) {
    // The codes must open the trainees' Gladi, not this run's server: `qrBase` says where that is.
    await page.goto(`${hx.baseUrl}?sop=${id}&lang=${lang}&paper=${paper}${base ? `&qrBase=${encodeURIComponent(base)}` : ''}`);
    await page.waitForSelector(`[data-testid="sop-card"][data-machine="${id}"][data-ready="true"]`, { timeout: 60_000 });
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.sop-pic')].every((i) => i.complete), undefined, { timeout: 60_000 });
    const missing = (await page.getAttribute('[data-testid="sop-card"]', 'data-pictures-missing')) ?? '';
    const file = join(OUT_DIR, `${id}-${lang}-${paper}.pdf`);
    writeFileSync(file, await page.pdf({ format: paper, preferCSSPageSize: true }));
    console.log(`${file}${missing ? ` (no picture yet for ${missing}: npm run sop:pictures -- ${id})` : ''}`);
  }
  if (hx.errors.length) {
    console.error(hx.errors.join('\n'));
    process.exitCode = 1;
  }
} finally {
  await hx.close();
}
