import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { deriveOfflineFileList } from '../../src/offline/offlineFileList.ts';
import { builtChunks } from './builtChunks.ts';
import { modelFileUrl } from '../../src/engine/modelFile.ts';
import { OFFLINE_FILES_NAME, type OfflineFile, type OfflineFilesManifest } from '../../src/offline/offlineFiles.ts';

/** The 3D stage and the machine views (the folder is the machine), as StageSlot and machineViews.ts import them. */
const STAGE_MODULE = /\/src\/scene\/MachineStage\.tsx$/;
const VIEW_MODULE = /\/src\/machines\/([^/]+)\/view\.tsx$/;
/** What a machine needs from public/, by the conventions of `npm run models` and `npm run thumbnails`. */
const PUBLIC_FILES = (id: string) => [modelFileUrl(id), `thumbnails/${id}.png`];

const revisionOf = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * Writes `offline-files.json` (each machine's files for "Unduh untuk offline", with sizes and
 * revisions) from the build's own chunk graph, and tells the service worker's precache what to
 * leave out (`notPrecached`, read by the workbox manifest transform in vite.config.ts).
 */
export function offlineFilesPlugin(): Plugin & { readonly notPrecached: Set<string> } {
  const notPrecached = new Set<string>();
  let publicDir = '';
  return {
    name: 'gladi-offline-files',
    apply: 'build',
    notPrecached,
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const files = new Map<string, Omit<OfflineFile, 'url'>>();
      for (const out of Object.values(bundle)) {
        const content = out.type === 'chunk' ? out.code : out.source;
        files.set(out.fileName, { bytes: Buffer.byteLength(content), revision: revisionOf(content) });
      }
      const chunks = builtChunks(bundle);
      const publicFile = (url: string) => {
        const path = join(publicDir, url);
        if (!existsSync(path)) throw new Error(`offline files: public/${url} is missing (run npm run models / npm run thumbnails)`);
        const bytes = readFileSync(path);
        files.set(url, { bytes: bytes.byteLength, revision: revisionOf(bytes) });
        return url;
      };
      const list = deriveOfflineFileList({
        chunks,
        files,
        stageModule: STAGE_MODULE,
        viewModule: VIEW_MODULE,
        publicFiles: (id) => PUBLIC_FILES(id).map(publicFile),
      });
      notPrecached.clear();
      list.notPrecached.forEach((f) => notPrecached.add(f));
      const manifest: OfflineFilesManifest = { format: 'gladi-offline-files', version: 1, machines: list.machines };
      this.emitFile({ type: 'asset', fileName: OFFLINE_FILES_NAME, source: `${JSON.stringify(manifest, null, 1)}\n` });
    },
  };
}
