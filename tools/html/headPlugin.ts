import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { deriveMachinePreloads, bootScript } from '../../src/app/prefetch/machinePreloads.ts';
import { contentSecurityPolicy } from '../../src/app/contentSecurityPolicy.ts';
import { modelFileUrl } from '../../src/engine/modelFile.ts';
import { builtChunks } from '../offline/builtChunks.ts';
import { appMessages } from '../../src/i18n/appMessages.ts';
import { LANGS } from '../../src/i18n/catalogue.ts';

/** The lazy modules every machine screen needs, and one machine's own (group 1: its id). */
const SHARED_MODULES = [/\/src\/ui\/MachineRoute\.tsx$/, /\/src\/scene\/MachineStage\.tsx$/];
const MACHINE_MODULES = [/\/src\/machines\/([^/]+)\/index\.ts$/, /\/src\/machines\/([^/]+)\/view\.tsx$/, /\/scenarios\/([^/]+)\/[^/]+\.json(\?.*)?$/];

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * What the page shows from its first paint until the app's code has arrived and runs (seconds on a
 * slow link, which would otherwise be a blank page): "Membuka Gladi…" in each language, the one of
 * the link's language shown (styles.css, `data-boot-lang` set by the boot script). React replaces it.
 */
const bootNotice = () =>
  LANGS.map((lang) => `<p class="boot-notice" lang="${lang}" data-testid="boot-notice">${appMessages[lang]['app.opening']}</p>`).join('');

/**
 * The built index.html's head and boot notice: the Content-Security-Policy, and the inline script that starts a
 * machine screen's downloads at once (src/app/prefetch/machinePreloads.ts), allowed by the policy
 * through its hash. Build only: the dev server injects inline scripts of its own (React refresh),
 * so it runs without the policy, and without the preloads (it has no chunks).
 */
export function headPlugin(): Plugin {
  let base = '/';
  return {
    name: 'gladi-html-head',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) throw new Error('gladi-html-head: no bundle to read the machine preloads from');
        const preloads = deriveMachinePreloads({
          chunks: builtChunks(ctx.bundle),
          sharedModules: SHARED_MODULES,
          machineModules: MACHINE_MODULES,
          publicFiles: (id) => [modelFileUrl(id)],
        });
        const script = bootScript(preloads, base);
        const hash = createHash('sha256').update(script).digest('base64');
        // After the entry's own scripts, so those are asked for first (the screen needs them to start),
        // and before the stylesheet, as an inline script waits for the styles above it.
        const at = html.search(/<link rel="stylesheet"|<\/head>/);
        const withScript = `${html.slice(0, at)}<script>${script}</script>\n    ${html.slice(at)}`;
        if (!withScript.includes(EMPTY_ROOT)) throw new Error(`gladi-html-head: index.html has no ${EMPTY_ROOT}`);
        return {
          html: withScript.replace(EMPTY_ROOT, `<div id="root">${bootNotice()}</div>`),
          tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy([hash]) }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
