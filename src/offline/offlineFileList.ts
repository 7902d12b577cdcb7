import type { MachineOfflineFiles, OfflineFile } from './offlineFiles.ts';

/**
 * Derives, from the build's chunk graph, which files the service worker precaches and which each
 * machine needs on top (its 3D code, model and picture). Pure: the Vite plugin
 * (tools/offline/offlineFilesPlugin.ts) feeds it the bundle and the public files.
 */

/** A built chunk as the bundle describes it (file names relative to the output folder). */
export interface BuiltChunk {
  readonly fileName: string;
  /** The source module this chunk stands for (a dynamic import's target), posix path. */
  readonly facadeModuleId: string | null;
  /** Every source module bundled into this chunk, posix paths (a lazy glob's target may have no facade). */
  readonly moduleIds: readonly string[];
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** CSS files this chunk brings along. */
  readonly css: readonly string[];
}

export interface OfflineFileListInput {
  readonly chunks: readonly BuiltChunk[];
  /** Size and revision of every output and public file by its url (relative to the base). */
  readonly files: ReadonlyMap<string, Omit<OfflineFile, 'url'>>;
  /** The module of the shared 3D stage (three.js comes with it), e.g. `/src/scene/MachineStage.tsx`. */
  readonly stageModule: RegExp;
  /** A machine's 3D view module; group 1 is the machine id, e.g. `/src/machines/([^/]+)/view.tsx$`. */
  readonly viewModule: RegExp;
  /** Public files each machine needs, by id: `models/<id>.glb.gz`, `thumbnails/<id>.png`. */
  readonly publicFiles: (machineId: string) => readonly string[];
}

export interface OfflineFileList {
  /** Built files left out of the precache: only the 3D stage and views need them. */
  readonly notPrecached: ReadonlySet<string>;
  readonly machines: readonly MachineOfflineFiles[];
}

export function deriveOfflineFileList(input: OfflineFileListInput): OfflineFileList {
  const byName = new Map(input.chunks.map((c) => [c.fileName, c]));
  const isStage = (c: BuiltChunk) => c.facadeModuleId !== null && input.stageModule.test(c.facadeModuleId);
  const viewId = (c: BuiltChunk) => (c.facadeModuleId === null ? null : (input.viewModule.exec(c.facadeModuleId)?.[1] ?? null));
  const is3dRoot = (c: BuiltChunk) => isStage(c) || viewId(c) !== null;

  /** Files reachable from `roots` (static and dynamic imports, with their CSS), not entering `stop` chunks. */
  const closure = (roots: readonly BuiltChunk[], stop: (c: BuiltChunk) => boolean): Set<string> => {
    const seen = new Set<string>();
    const walk = (c: BuiltChunk) => {
      if (seen.has(c.fileName)) return;
      seen.add(c.fileName);
      c.css.forEach((f) => seen.add(f));
      for (const next of [...c.imports, ...c.dynamicImports]) {
        const n = byName.get(next);
        if (n && !stop(n)) walk(n);
      }
    };
    roots.forEach(walk);
    return seen;
  };

  const stage = input.chunks.filter(isStage);
  if (stage.length !== 1) throw new Error(`offline files: expected one chunk for the 3D stage (${input.stageModule}), found ${stage.length}`);
  const views = input.chunks.filter((c) => viewId(c) !== null);
  if (views.length === 0) throw new Error(`offline files: no machine view chunk matches ${input.viewModule}`);

  // Everything the app reaches without opening the 3D stage is the shell (precached).
  const shell = closure(input.chunks.filter((c) => c.isEntry), is3dRoot);
  const only3d = (files: Set<string>) => [...files].filter((f) => !shell.has(f));
  const isView = (c: BuiltChunk) => viewId(c) !== null;
  // The stage imports every view lazily (by folder); each machine takes only its own.
  const stageFiles = only3d(closure(stage, isView));
  const notPrecached = new Set(stageFiles);

  const file = (url: string): OfflineFile => {
    const known = input.files.get(url);
    if (!known) throw new Error(`offline files: ${url} is not in the build output or public/`);
    return { url, ...known };
  };
  const machines = views
    .map((view) => {
      const id = viewId(view)!;
      const code = only3d(closure([view], (c) => isView(c) && c !== view));
      code.forEach((f) => notPrecached.add(f));
      const urls = [...new Set([...stageFiles, ...code, ...input.publicFiles(id)])];
      return { id, files: urls.map(file) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return { notPrecached, machines };
}
