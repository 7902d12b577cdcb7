// Renders the app icons (public/icons/*.png) from the SVG below with headless Chromium.
// Usage: npx tsx tools/offline/icons.ts   (rerun after changing the drawing; the PNGs are committed)
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/browser/harness.ts';
import { BRAND } from './brand.ts';

/**
 * A press ram over a die and a sole, on the brand colour. `safe`: the drawing stays inside the
 * central 80 % circle a maskable icon keeps on every launcher shape.
 */
function svg(size: number, maskable: boolean): string {
  const s = maskable ? 0.62 : 0.8; // drawing scale
  const o = (1 - s) / 2;
  const r = maskable ? 0 : 0.18; // corner radius (a maskable icon fills the whole square)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 1 1">
  <rect width="1" height="1" rx="${r}" fill="${BRAND}"/>
  <g transform="translate(${o} ${o}) scale(${s})" fill="none" stroke-linecap="round" stroke-linejoin="round">
    <rect x="0.12" y="0.1" width="0.76" height="0.12" rx="0.03" fill="#ffbf47"/>
    <rect x="0.44" y="0.22" width="0.12" height="0.2" fill="#ffffff"/>
    <rect x="0.26" y="0.42" width="0.48" height="0.09" rx="0.02" fill="#ffffff"/>
    <path d="M0.14 0.72 C0.14 0.6 0.32 0.6 0.42 0.62 L0.78 0.66 C0.9 0.68 0.9 0.8 0.78 0.8 L0.22 0.8 C0.16 0.8 0.14 0.77 0.14 0.72 Z" fill="#f6f4ef"/>
    <rect x="0.06" y="0.84" width="0.88" height="0.06" rx="0.02" fill="#c9ced6"/>
  </g>
</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(icon.size, icon.maskable)}</body></html>`);
    writeFileSync(`public/icons/${icon.file}`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } }));
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
