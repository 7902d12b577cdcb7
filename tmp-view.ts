import { readFileSync, writeFileSync } from 'node:fs';
import { openHarness } from './tests/browser/harness.ts';
import { readPdf } from './tests/browser/pdfPages.ts';
const [file, out] = process.argv.slice(2);
const hx = await openHarness();
try {
  const pages = await readPdf(hx.page, hx.baseUrl, readFileSync(file!), [36, 4], 2, true);
  pages.forEach((p, i) => writeFileSync(`${out}-p${i + 1}.png`, Buffer.from(p.png!, 'base64')));
  console.log(pages.map((p) => ({ ink: p.ink.toFixed(3), qr: p.qr })));
} finally {
  await hx.close();
}
