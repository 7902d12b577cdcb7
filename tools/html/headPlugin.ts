import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { deriveMachinePreloads, machinePreloadScript } from '../../src/app/prefetch/machinePreloads.ts';
import { contentSecurityPolicy } from '../../src/app/contentSecurityPolicy.ts';
import { modelFileUrl } from '../../src/engine/modelFile.ts';
import { builtChunks } from '../offline/builtChunks.ts';

/** The lazy modules every machine screen needs, and one machine's own (group 1: its id). */
const SHARED_MODULES = [/\/src\/ui\/MachineRoute\.tsx$/, /\/src\/scene\/MachineStage\.tsx$/];
const MACHINE_MODULES = [/\/src\/machines\/([^/]+)\/index\.ts$/, /\/src\/machines\/([^/]+)\/view\.tsx$/, /\/scenarios\/([^/]+)\/[^/]+\.json(\?.*)?$/];

/**
 * The built index.html's head: the Content-Security-Policy, and the inline script that starts a
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
        const script = machinePreloadScript(preloads, base);
        const hash = createHash('sha256').update(script).digest('base64');
        // After the entry's own scripts, so those are asked for first (the screen needs them to start),
        // and before the stylesheet, as an inline script waits for the styles above it.
        const at = html.search(/<link rel="stylesheet"|<\/head>/);
        return {
          html: `${html.slice(0, at)}<script>${script}</script>\n    ${html.slice(at)}`,
          tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy([hash]) }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
