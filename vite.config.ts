import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { headPlugin } from './tools/html/headPlugin.ts';
import { threeCatalogue } from './tools/build/threeCatalogue.ts';
import { offlineFilesPlugin } from './tools/offline/offlineFilesPlugin.ts';
import { BRAND, PAPER } from './tools/offline/brand.ts';

const offlineFiles = offlineFilesPlugin();

/**
 * The installable app and its service worker (src/offline/serviceWorker.ts). Build only: `npm start`
 * runs without a service worker (devOptions off), so the dev server never serves stale code.
 *
 * Precached (fetched once on the first visit, ~0.4 MiB gzip): the shell, texts, every machine's chart
 * chunk, icons and fonts. Left out of the precache: three.js with the 3D stage (~1 MiB, ~265 KiB gzip)
 * and the machine views, and the models and thumbnails. On paid mobile data a first visit should
 * cost what the visitor opens, not every machine's 3D: those files are cached when first used
 * (cache-first) or when the learner presses "Unduh untuk offline", which shows their size first.
 */
const pwa = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/offline',
  filename: 'serviceWorker.ts',
  registerType: 'prompt',
  // Registered by src/ui/offline/serviceWorkerClient.ts (an inline register script would break the CSP).
  injectRegister: false,
  devOptions: { enabled: false },
  includeAssets: [],
  manifest: {
    name: 'Gladi: latihan mesin alas kaki',
    short_name: 'Gladi',
    description: 'Latihan mengoperasikan mesin alas kaki Sentra IKM Alas Kaki Kota Mojokerto sebelum memegang mesin sungguhan, juga tanpa internet.',
    lang: 'id',
    dir: 'ltr',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    orientation: 'any',
    theme_color: BRAND,
    background_color: PAPER,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  injectManifest: {
    // A classic script: every browser that has service workers runs it (module workers are newer).
    rollupFormat: 'iife',
    // The manifest and its icons are added by the plugin (includeManifestIcons).
    globPatterns: ['**/*.{js,css,html,json,woff2,woff,ttf}'],
    globIgnores: ['models/**', 'thumbnails/**'],
    manifestTransforms: [(entries) => ({ manifest: entries.filter((e) => !offlineFiles.notPrecached.has(e.url)), warnings: [] })],
  },
});

export default defineConfig({
  plugins: [react(), threeCatalogue(fileURLToPath(new URL('./src', import.meta.url))), headPlugin(), offlineFiles, pwa],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // A machine screen was about 60 requests, most of them chunks under 2 KiB: on HTTP/1.1 (six
    // connections) over a 3G link's half-second round trips, those queued for seconds. Small common
    // chunks are copied into the chunks that use them instead; rolldown's runtime keeps one module
    // state across the copies. That needs the entry's unused exports dropped (it has none that are
    // read) and strict execution order (turned on by the option). Styles stay files, as Vite asks.
    rolldownOptions: {
      preserveEntrySignatures: false,
      output: {
        codeSplitting: {
          experimentalInlineCommonChunks: { maxSize: 8 * 1024, exclude: /\.css(\?|$)/ },
        },
      },
    },
  },
});
