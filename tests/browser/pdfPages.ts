import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const PREFIX = '__pdf-reader/';

/** The reader that runs in the page (plain JavaScript, served as a module; `window.readCard(options)`). */
const READER = `window.readCard = async ({ stripMm, scale, png }) => {
        const pdfjs = (await import('./pdf.mjs'));
        pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.mjs';
        const jsQR = window.jsQR;
        const doc = await pdfjs.getDocument('./card.pdf').promise;
        const pages = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const p = await doc.getPage(n);
          const viewport = p.getViewport({ scale });
          const canvas = document.createElement('canvas');
          canvas.width = Math.ceil(viewport.width);
          canvas.height = Math.ceil(viewport.height);
          const ctx = canvas.getContext('2d', { willReadFrequently: true });
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          await p.render({ canvasContext: ctx, viewport }).promise;
          const { width: w, height: h } = canvas;
          const px = ctx.getImageData(0, 0, w, h).data;
          const dark = (i) => px[i] + px[i + 1] + px[i + 2] < 384;
          let ink = 0;
          for (let i = 0; i < px.length; i += 4) if (dark(i)) ink++;
          // The strip, in pixels (1 mm = 72 / 25.4 pt at \`scale\` px per pt).
          const mm = (72 / 25.4) * scale;
          const x0 = Math.max(0, Math.floor(w - stripMm[0] * mm));
          const x1 = Math.min(w, Math.ceil(w - stripMm[1] * mm));
          const rowInk = (y) => {
            let c = 0;
            for (let x = x0; x < x1; x++) if (dark((y * w + x) * 4)) c++;
            return c;
          };
          const bands = [];
          let start = -1;
          for (let y = 0; y <= h; y++) {
            const inked = y < h && rowInk(y) > 0;
            if (inked && start < 0) start = y;
            if (!inked && start >= 0) {
              if (y - start > 8 * mm) bands.push([start, y]);
              start = -1;
            }
          }
          const qr = [];
          for (const [y0, y1] of bands) {
            const pad = Math.round(2 * mm);
            const top = Math.max(0, y0 - pad);
            const bh = Math.min(h, y1 + pad) - top;
            const crop = ctx.getImageData(x0, top, x1 - x0, bh);
            const found = jsQR(crop.data, crop.width, crop.height, { inversionAttempts: 'dontInvert' });
            if (found) qr.push(found.data);
          }
          pages.push({ width: p.view[2], height: p.view[3], ink: ink / (w * h), qr, png: png ? canvas.toDataURL('image/png').slice(22) : undefined });
        }
        return pages;
      };`;
const files: Record<string, { path: string; type: string }> = {
  'pdf.mjs': { path: require.resolve('pdfjs-dist/legacy/build/pdf.mjs'), type: 'text/javascript' },
  'pdf.worker.mjs': { path: require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), type: 'text/javascript' },
  'jsQR.js': { path: require.resolve('jsqr'), type: 'text/javascript' },
};

/** What one printed page holds: its size, how much of it is ink, and the QR codes read off it. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** Share of pixels darker than mid-grey. */
  readonly ink: number;
  /** Texts of the QR codes decoded from the page's right-hand column (the step and header codes). */
  readonly qr: readonly string[];
  /** The page as a PNG (base64), when asked for. */
  readonly png?: string;
}

/**
 * Renders a PDF with pdf.js to pixels inside Chromium (no canvas library in Node) and reads its QR
 * codes with jsQR. pdf.js, its worker, jsQR and the PDF are served by `page.route` on the app's own
 * origin under /__pdf-reader/ (nothing leaves the origin), on a plain page without the app's CSP.
 * jsQR reads one code per picture, so the right-hand strip where the card puts its codes is cut
 * into bands of ink separated by white, each band decoded on its own.
 * `stripMm` is the strip's [from, to] in mm from the page's right edge.
 */
export async function readPdf(page: Page, baseUrl: string, pdf: Buffer, stripMm: readonly [number, number], scale = 3, png = false): Promise<PdfPage[]> {
  await page.route(`${baseUrl}${PREFIX}**`, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script src="jsQR.js"></script><script type="module" src="reader.mjs"></script><body></body>' });
    if (name === 'reader.mjs') return route.fulfill({ contentType: 'text/javascript', body: READER });
    if (name === 'card.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
    const f = files[name];
    return f ? route.fulfill({ contentType: f.type, body: readFileSync(f.path) }) : route.fulfill({ status: 404, body: '' });
  });
  try {
    await page.goto(`${baseUrl}${PREFIX}index.html`);
    await page.waitForFunction('typeof window.readCard === "function"');
    return (await page.evaluate(`window.readCard(${JSON.stringify({ stripMm, scale, png })})`)) as PdfPage[];
  } finally {
    await page.unroute(`${baseUrl}${PREFIX}**`);
  }
}
