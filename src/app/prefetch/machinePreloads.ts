import type { BuiltChunk } from '../../offline/offlineFileList.ts';

/**
 * What a machine screen downloads beyond the app's entry, read from the build's chunk graph, so
 * index.html can ask for all of it at once (bootScript). Left to the code, those downloads
 * start only once the entry has arrived and run (src/app/prefetch/warmMachine.ts): on a 3G link with
 * half a second per round trip that is seconds of an idle line. Pure: tools/html/headPlugin.ts feeds it.
 */
export interface MachinePreloads {
  /** Files every machine screen needs (the screen, the 3D stage with three.js). */
  readonly shared: readonly string[];
  /** Each machine's own files (its chart, view, drills and model), by id. */
  readonly byMachine: Readonly<Record<string, readonly string[]>>;
}

export interface MachinePreloadInput {
  readonly chunks: readonly BuiltChunk[];
  /** The modules every machine screen imports lazily (MachineRoute, MachineStage). */
  readonly sharedModules: readonly RegExp[];
  /** The modules of one machine imported lazily; group 1 is the machine id (its index, view, drills). */
  readonly machineModules: readonly RegExp[];
  /** A machine's files outside the bundle (its model). */
  readonly publicFiles: (machineId: string) => readonly string[];
}

export function deriveMachinePreloads(input: MachinePreloadInput): MachinePreloads {
  const byName = new Map(input.chunks.map((c) => [c.fileName, c]));
  /** The files a chunk needs before it runs: itself, its CSS and its static imports, deep. */
  const needs = (roots: readonly BuiltChunk[]): Set<string> => {
    const seen = new Set<string>();
    const walk = (c: BuiltChunk) => {
      if (seen.has(c.fileName)) return;
      seen.add(c.fileName);
      c.css.forEach((f) => seen.add(f));
      c.imports.forEach((f) => {
        const next = byName.get(f);
        if (next) walk(next);
      });
    };
    roots.forEach(walk);
    return seen;
  };
  // index.html already asks for the entry and its static imports.
  const entry = needs(input.chunks.filter((c) => c.isEntry));
  // By the modules a chunk holds, not its facade: the chunk of a lazy glob's target may have none.
  const holds = (c: BuiltChunk, m: RegExp) => c.moduleIds.some((id) => m.test(id));
  const sharedRoots = input.chunks.filter((c) => input.sharedModules.some((m) => holds(c, m)));
  if (sharedRoots.length !== input.sharedModules.length) {
    throw new Error(`machine preloads: expected one chunk for each of ${input.sharedModules.join(', ')}, found ${sharedRoots.length}`);
  }
  const shared = [...needs(sharedRoots)].filter((f) => !entry.has(f));
  const taken = new Set([...entry, ...shared]);
  const rootsById = new Map<string, BuiltChunk[]>();
  for (const c of input.chunks) {
    const ids = new Set(c.moduleIds.flatMap((mod) => input.machineModules.map((m) => m.exec(mod)?.[1]).filter((x) => x !== undefined)));
    for (const id of ids) rootsById.set(id, [...(rootsById.get(id) ?? []), c]);
  }
  if (rootsById.size === 0) throw new Error(`machine preloads: no chunk matches ${input.machineModules.join(', ')}`);
  const byMachine: Record<string, readonly string[]> = {};
  for (const [id, roots] of [...rootsById].sort(([a], [b]) => a.localeCompare(b))) {
    byMachine[id] = [...[...needs(roots)].filter((f) => !taken.has(f)), ...input.publicFiles(id)];
  }
  return { shared, byMachine };
}

/**
 * The one inline script, which index.html runs first. It marks `lang=en` on the page, for the boot
 * notice shown until the app runs (tools/html/headPlugin.ts), and on `?machine=<id>` it adds a preload link for each of
 * that machine's files (scripts as modulepreload, styles as style, the model as a fetch the
 * model loader's `fetch` takes over). All in CORS mode with same-origin credentials, as the module
 * loader, Vite's CSS loader and `fetch` ask for them, so each preload is used, not fetched twice.
 * Plain ES2015 and self-contained, as it runs before any module.
 */
export function bootScript(preloads: MachinePreloads, base: string): string {
  const data = JSON.stringify({ s: preloads.shared, m: preloads.byMachine });
  return (
    // The boot notice (headPlugin) in the link's language; anything but lang=en is Indonesian, as the app reads it.
    `(function(p,b){var q=new URLSearchParams(location.search);if(q.get('lang')==='en')document.documentElement.setAttribute('data-boot-lang','en');` +
    `var id=q.get('machine');` +
    `var own=id&&Object.prototype.hasOwnProperty.call(p.m,id)?p.m[id]:null;if(!own)return;` +
    `p.s.concat(own).forEach(function(f){var l=document.createElement('link');` +
    `if(/\\.js$/.test(f))l.rel='modulepreload';else{l.rel='preload';l.as=/\\.css$/.test(f)?'style':'fetch';}` +
    `l.crossOrigin='anonymous';l.href=b+f;document.head.appendChild(l);});})(${data},${JSON.stringify(base)});`
  );
}
