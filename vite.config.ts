import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/app/contentSecurityPolicy.ts';
import { offlineFilesPlugin } from './tools/offline/offlineFilesPlugin.ts';
import { BRAND, PAPER } from './tools/offline/brand.ts';

/** Adds the Content-Security-Policy to the built index.html only (see contentSecurityPolicy.ts for why). */
const contentSecurityPolicy = (): Plugin => ({
  name: 'gladi-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
});

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
  plugins: [react(), contentSecurityPolicy(), offlineFiles, pwa],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
});
