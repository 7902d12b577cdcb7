/**
 * Render preview PNGs of the generated models in headless Chromium (SwiftShader):
 *   npx tsx tools/models/preview.ts [filter]
 * Starts a Vite dev server on tools/models/preview/ (public dir = the repo's public/), opens each
 * shot below and saves /tmp/gladi-previews/<shot>.png. `filter` keeps shots whose name contains it.
 */
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const outDir = '/tmp/gladi-previews';

const CP = 'model=clicking-press';
const SP = 'model=sole-press';
const SP_HIDE = 'hide=SoleToeGap,SoleHeelGap';
const SHOTS: Record<string, string> = {
  'clicking-press-front': `${CP}&view=front`,
  'clicking-press-quarter': `${CP}&view=quarter`,
  'clicking-press-side': `${CP}&view=side`,
  'clicking-press-rear': `${CP}&view=rear`,
  'clicking-press-arm-aside': `${CP}&view=quarter&rot=ArmPivot:y:40`,
  'clicking-press-arm-minus45-stroke': `${CP}&view=front&rot=ArmPivot:y:-45&move=ArmStroke:y:-0.06`,
  'clicking-press-stroke-side': `${CP}&view=side&move=ArmStroke:y:-0.06&target=0,0.9,-0.28&dist=1.1`,
  'clicking-press-strip': `${CP}&view=front&target=0,0.7,-0.04&dist=0.75&glow=LampPower:fff0a0,LampPump:40ff60`,
  'clicking-press-board': `${CP}&view=top&target=0,0.85,-0.3&dist=1.3&rot=ArmPivot:y:60`,
  'clicking-press-oil': `${CP}&view=side&target=0.38,0.33,-0.65&dist=0.5`,
  'sole-press-front': `${SP}&view=front&${SP_HIDE}`,
  'sole-press-quarter': `${SP}&view=quarter&${SP_HIDE}&glow=IrLampGlow:ff7a1a`,
  'sole-press-side': `${SP}&view=side&${SP_HIDE}`,
  'sole-press-rear': `${SP}&view=rear&${SP_HIDE}`,
  'sole-press-left': `${SP}&view=left&${SP_HIDE}&glow=IrLampGlow:ff7a1a`,
  'sole-press-open': `${SP}&view=quarter&rot=CoverHinge:x:-75&${SP_HIDE}&target=0,0.9,-0.4&dist=1.4`,
  'sole-press-open-side': `${SP}&view=side&rot=CoverHinge:x:-75&${SP_HIDE}&target=0,0.9,-0.4&dist=1.6`,
  'sole-press-panel': `${SP}&view=front&target=0,0.55,0&dist=0.8&glow=PressLampPower:fff0a0,PressTimerLed:ff2010`,
  'sole-press-air': `${SP}&view=quarter&target=0.25,0.55,-0.3&dist=0.7&rot=AirLineValve:y:90`,
  'sole-press-shoe': `${SP}&view=quarter&rot=CoverHinge:x:-75&target=0,0.9,-0.38&dist=0.6`,
  'sole-press-gaps': `${SP}&view=side&rot=CoverHinge:x:-75&target=0,0.86,-0.38&dist=0.5`,
  'sole-press-reactivator': `${SP}&view=front&move=ReactivatorTray:z:0.3&target=-0.75,0.9,0&dist=1.2&glow=IrLampGlow:ff7a1a,ReactivatorLed:ff2010,ReactivatorLampReady:40ff60`,
};

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
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
    for (const [name, query] of Object.entries(SHOTS)) {
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
