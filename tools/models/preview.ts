/**
 * Render preview PNGs of the generated models in headless Chromium (SwiftShader):
 *   npx tsx tools/models/preview.ts [filter]
 * Starts a Vite dev server on tools/models/preview/ (public dir = the repo's public/), opens each
 * shot of every machine folder's `model/shots.ts` and saves /tmp/gladi-previews/<shot>.png.
 * `filter` keeps shots whose name contains it.
 */
import { existsSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { importMachineFile, machineFolder } from '../machineFolders.ts';
import { MODELS, MODEL_SHOTS } from './models.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const outDir = '/tmp/gladi-previews';

/**
 * Every machine's shots (its `model/shots.ts`: name → query without `model=`), each with the
 * machine's model added to the query. Shot names must be unique across machines: they name files.
 */
async function allShots(): Promise<Record<string, string>> {
  const shots: Record<string, string> = {};
  for (const id of MODELS) {
    if (!existsSync(join(machineFolder(id), MODEL_SHOTS))) continue;
    const own = (await importMachineFile(id, MODEL_SHOTS)).default;
    if (typeof own !== 'object' || own === null) throw new Error(`src/machines/${id}/${MODEL_SHOTS} must export default { name: query }`);
    for (const [name, query] of Object.entries(own)) {
      if (typeof query !== 'string') throw new Error(`${id} shot ${name}: query must be a string`);
      if (name in shots) throw new Error(`shot name ${name} is used twice`);
      shots[name] = `model=${encodeURIComponent(id)}&${query}`;
    }
  }
  return shots;
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const shots = await allShots();
  mkdirSync(outDir, { recursive: true });
  const server = await createServer({
    configFile: false,
    root: join(here, 'preview'),
    publicDir: join(repo, 'public'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', fs: { allow: [repo] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 5173;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gladi-preview-')), {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1100, height: 820 },
    args: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[page] ${m.text()}`);
    });
    for (const [name, query] of Object.entries(shots)) {
      if (!name.includes(filter)) continue;
      await page.goto(`http://127.0.0.1:${port}/?${query}`);
      await page.waitForFunction(() => window.__previewDone === true || window.__previewError !== undefined, undefined, { timeout: 120_000 });
      const error = await page.evaluate(() => window.__previewError);
      if (error) {
        console.error(`${name}: ${error}`);
        continue;
      }
      await page.locator('canvas').screenshot({ path: join(outDir, `${name}.png`) });
      console.log(`${outDir}/${name}.png`);
    }
  } finally {
    await context.close();
    await server.close();
  }
}

await main();
