import { describe, expect, it } from 'vitest';
import type { BuiltChunk } from '../../offline/offlineFileList.ts';
import { deriveMachinePreloads, bootScript, type MachinePreloads } from './machinePreloads.ts';

const chunk = (fileName: string, moduleIds: string[], over: Partial<BuiltChunk> = {}): BuiltChunk => ({
  fileName,
  facadeModuleId: null,
  moduleIds,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  css: [],
  ...over,
});

/** A build like the real one: the entry lazily opens the screen, the stage, the machines and their drills. */
const chunks: BuiltChunk[] = [
  chunk('index.js', ['/r/src/main.tsx'], { isEntry: true, imports: ['i18n.js'], dynamicImports: ['route.js', 'stage.js', 'a.js', 'b.js'] }),
  chunk('i18n.js', ['/r/src/i18n/catalogue.ts']),
  chunk('route.js', ['/r/src/ui/MachineRoute.tsx'], { imports: ['i18n.js', 'replay.js'], css: ['route.css'] }),
  chunk('replay.js', ['/r/src/engine/replay.ts']),
  chunk('stage.js', ['/r/src/scene/MachineStage.tsx'], { imports: ['three.js'], dynamicImports: ['view-a.js', 'view-b.js'] }),
  chunk('three.js', ['/r/node_modules/three/build/three.module.js']),
  chunk('a.js', ['/r/src/machines/press-a/index.ts', '/r/src/machines/press-a/chart.ts'], { imports: ['xstate.js', 'replay.js'] }),
  chunk('b.js', ['/r/src/machines/press-b/index.ts'], { imports: ['xstate.js'] }),
  chunk('xstate.js', ['/r/node_modules/xstate/dist/xstate.esm.js']),
  chunk('drill-a.js', ['/r/scenarios/press-a/first.json?raw']),
  chunk('view-a.js', ['/r/src/machines/press-a/view.tsx'], { imports: ['three.js', 'look.js'] }),
  chunk('look.js', ['/r/src/scene/look.ts']),
  chunk('view-b.js', ['/r/src/machines/press-b/view.tsx'], { imports: ['three.js', 'look.js'], css: ['view-b.css'] }),
];
const input = {
  chunks,
  sharedModules: [/\/src\/ui\/MachineRoute\.tsx$/, /\/src\/scene\/MachineStage\.tsx$/],
  machineModules: [/\/src\/machines\/([^/]+)\/index\.ts$/, /\/src\/machines\/([^/]+)\/view\.tsx$/, /\/scenarios\/([^/]+)\/[^/]+\.json(\?.*)?$/],
  publicFiles: (id: string) => [`models/${id}.glb.gz`],
};

describe('deriveMachinePreloads', () => {
  const preloads = deriveMachinePreloads(input);

  it('shares the screen and the stage with their static imports and styles, not what the entry already brings', () => {
    expect([...preloads.shared].sort()).toEqual(['replay.js', 'route.css', 'route.js', 'stage.js', 'three.js']);
  });

  it("gives each machine its chart, drills, view and model, and nothing of another machine's or shared", () => {
    expect([...preloads.byMachine['press-a']!].sort()).toEqual(['a.js', 'drill-a.js', 'look.js', 'models/press-a.glb.gz', 'view-a.js', 'xstate.js']);
    expect([...preloads.byMachine['press-b']!].sort()).toEqual(['b.js', 'look.js', 'models/press-b.glb.gz', 'view-b.css', 'view-b.js', 'xstate.js']);
    expect(Object.keys(preloads.byMachine)).toEqual(['press-a', 'press-b']);
  });

  it('fails the build, naming the module, when the screen or the stage is not found', () => {
    expect(() => deriveMachinePreloads({ ...input, chunks: chunks.filter((c) => c.fileName !== 'stage.js') })).toThrow(/MachineStage/);
    expect(() => deriveMachinePreloads({ ...input, machineModules: [/nothing-here/] })).toThrow(/no chunk matches/);
  });
});

/** Runs the inline script against a stand-in page at `search`; the links it adds. */
function runScript(preloads: MachinePreloads, search: string, marks: Record<string, string> = {}): Record<string, string>[] {
  const links: Record<string, string>[] = [];
  const document = {
    documentElement: { setAttribute: (k: string, v: string) => (marks[k] = v) },
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (l: Record<string, string>) => links.push(l) },
  };
  new Function('location', 'document', bootScript(preloads, '/app/'))({ search }, document);
  return links;
}

describe('bootScript', () => {
  const preloads: MachinePreloads = { shared: ['assets/route.js', 'assets/route.css'], byMachine: { 'press-a': ['assets/a.js', 'models/press-a.glb.gz'] } };

  it("on a machine's link, preloads the shared files and that machine's, each as what will ask for it", () => {
    expect(runScript(preloads, '?machine=press-a&mode=free')).toEqual([
      { rel: 'modulepreload', crossOrigin: 'anonymous', href: '/app/assets/route.js' },
      { rel: 'preload', as: 'style', crossOrigin: 'anonymous', href: '/app/assets/route.css' },
      { rel: 'modulepreload', crossOrigin: 'anonymous', href: '/app/assets/a.js' },
      { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/app/models/press-a.glb.gz' },
    ]);
  });

  it('marks an English link for the boot notice, and nothing else', () => {
    const en: Record<string, string> = {};
    runScript(preloads, '?lang=en', en);
    expect(en).toEqual({ 'data-boot-lang': 'en' });
    for (const search of ['', '?lang=id', '?lang=fr', '?machine=press-a']) {
      const marks: Record<string, string> = {};
      runScript(preloads, search, marks);
      expect(marks, search).toEqual({});
    }
  });

  it('preloads nothing on the home, for an unknown machine, or for a name of the object prototype', () => {
    for (const search of ['', '?lang=id', '?machine=nope', '?machine=constructor', '?machine=__proto__']) expect(runScript(preloads, search), search).toEqual([]);
  });
});
