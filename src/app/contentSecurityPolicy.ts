/**
 * The Content-Security-Policy of the production build (a <meta> tag, so it holds on any static
 * host). Everything comes from the app's own origin; no eval, no plugins, and no inline script but
 * the one the build writes into index.html (the machine preloads, src/app/prefetch/machinePreloads.ts),
 * allowed by its own SHA-256 hash only: any other inline script, or that one changed, is refused.
 * - `img-src data:`: the favicon is `data:,` (no /favicon.ico request on a slow link).
 * - React and drei set styles through the DOM (element.style), which style-src does not restrict;
 *   no inline <style> or style="" markup is shipped, so style-src needs nothing but 'self'.
 * - `worker-src` / `manifest-src 'self'`: the service worker (serviceWorker.js) and the web app manifest
 *   (manifest.webmanifest) come from the app's own origin; named here although `default-src` would
 *   cover them, so a later loosening of `default-src` cannot widen them. Nothing else is allowed.
 * The dev server (`npm start`) injects inline scripts for React refresh, so the policy is added
 * only to the build (`npm run build` / `npm run preview`, and the browser tests, which serve dist/).
 */
export const contentSecurityPolicy = (inlineScriptHashes: readonly string[]): string =>
  [
    "default-src 'self'",
    // The models' meshopt decoder is WebAssembly: compiling it needs 'wasm-unsafe-eval' (not 'unsafe-eval': no JS eval).
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes.map((h) => `'sha256-${h}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    // The trainer's LRS (issue 11) is on another origin, entered on the device: any https endpoint,
    // and plain http only on this machine's loopback (a local LRS; the tests' LRS on 127.0.0.1).
    "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
