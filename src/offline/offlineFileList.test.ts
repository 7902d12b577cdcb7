import { describe, expect, it } from 'vitest';
import { deriveOfflineFileList, type BuiltChunk } from './offlineFileList.ts';

const chunk = (fileName: string, over: Partial<BuiltChunk> = {}): BuiltChunk => ({ fileName, facadeModuleId: null, moduleIds: [], isEntry: false, imports: [], dynamicImports: [], css: [], ...over });

/** A build like the real one: the entry lazily opens machine charts and the stage; the stage lazily opens views. */
const chunks: BuiltChunk[] = [
  chunk('index.js', { isEntry: true, imports: ['i18n.js'], dynamicImports: ['route.js', 'stage.js'] }),
  chunk('i18n.js'),
  chunk('route.js', { imports: ['nodes-a.js'], dynamicImports: ['press-a.js', 'press-b.js'] }),
  chunk('press-a.js', { facadeModuleId: '/r/src/machines/press-a/index.ts', imports: ['nodes-a.js'] }),
  chunk('press-b.js', { facadeModuleId: '/r/src/machines/press-b/index.ts' }),
  chunk('nodes-a.js'),
  chunk('stage.js', { facadeModuleId: '/r/src/scene/MachineStage.tsx', imports: ['i18n.js'], dynamicImports: ['view-a.js', 'view-b.js'] }),
  chunk('view-a.js', { facadeModuleId: '/r/src/machines/press-a/view.tsx', imports: ['stage.js', 'nodes-a.js', 'modelNodes.js'] }),
  chunk('view-b.js', { facadeModuleId: '/r/src/machines/press-b/view.tsx', imports: ['stage.js', 'modelNodes.js'], css: ['view-b.css'] }),
  chunk('modelNodes.js'),
];
const files = new Map(
  ['index.js', 'i18n.js', 'route.js', 'press-a.js', 'press-b.js', 'nodes-a.js', 'stage.js', 'view-a.js', 'view-b.js', 'view-b.css', 'modelNodes.js', 'models/press-a.glb', 'models/press-b.glb'].map(
    (f, i) => [f, { bytes: 100 * (i + 1), revision: `r${i}` }] as const,
  ),
);
const input = {
  chunks,
  files,
  stageModule: /\/src\/scene\/MachineStage\.tsx$/,
  viewModule: /\/src\/machines\/([^/]+)\/view\.tsx$/,
  publicFiles: (id: string) => [`models/${id}.glb`],
};

describe('deriveOfflineFileList', () => {
  const list = deriveOfflineFileList(input);
  const urls = (id: string) => list.machines.find((m) => m.id === id)?.files.map((f) => f.url).sort();

  it('each machine needs the shared stage, its own view and model, and nothing the shell already has', () => {
    expect(list.machines.map((m) => m.id)).toEqual(['press-a', 'press-b']);
    expect(urls('press-a')).toEqual(['modelNodes.js', 'models/press-a.glb', 'stage.js', 'view-a.js']);
    expect(urls('press-b')).toEqual(['modelNodes.js', 'models/press-b.glb', 'stage.js', 'view-b.css', 'view-b.js']);
  });

  it('leaves only the 3D code out of the precache; the charts and shared shell chunks stay in', () => {
    expect([...list.notPrecached].sort()).toEqual(['modelNodes.js', 'stage.js', 'view-a.js', 'view-b.css', 'view-b.js']);
  });

  it('carries each file size and revision from the build', () => {
    expect(list.machines[0]!.files.find((f) => f.url === 'models/press-a.glb')).toEqual({ url: 'models/press-a.glb', bytes: 1200, revision: 'r11' });
  });

  it('names what is wrong when the build does not look as expected', () => {
    expect(() => deriveOfflineFileList({ ...input, stageModule: /nothing/ })).toThrow(/expected one chunk for the 3D stage/);
    expect(() => deriveOfflineFileList({ ...input, viewModule: /nothing/ })).toThrow(/no machine view chunk/);
    expect(() => deriveOfflineFileList({ ...input, publicFiles: (id) => [`thumbnails/${id}.png`] })).toThrow('thumbnails/press-a.png is not in the build output or public/');
  });
});
