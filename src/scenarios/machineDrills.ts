import type { MachineModule } from '../engine/machineModule.ts';
import { loadScenario } from './loader.ts';
import type { Drill } from './types.ts';

/**
 * The drill files shipped with the app (`scenarios/<machine-id>/*.json`), as text read at build
 * time: small, so every machine's travel together; each is parsed only with its own machine.
 */
const files = import.meta.glob<string>('../../scenarios/*/*.json', { eager: true, query: '?raw', import: 'default' });

export interface MachineDrills {
  readonly drills: readonly Drill[];
  /** Problems of bundled files that did not load (a unit test keeps this empty). */
  readonly problems: readonly string[];
}

/**
 * One machine's bundled drills, put through the same loader as a trainer's own file. A bad file is
 * left out and its problems kept, so one broken drill cannot stop the app. In file-name order.
 */
export function machineDrills(module: MachineModule): MachineDrills {
  const loaded = Object.entries(files)
    .map(([path, text]) => [path.replace(/^(\.\.\/)+/, ''), text] as const)
    .filter(([path]) => path.startsWith(`scenarios/${module.id}/`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => loadScenario(path, text, [module]));
  return {
    drills: loaded.flatMap((r) => (r.ok ? [r.drill] : [])),
    problems: loaded.flatMap((r) => (r.ok ? [] : r.problems)),
  };
}

/** Folders under `scenarios/` that hold drills (a drill folder without a machine folder is a problem). */
export const drillFolders = (): string[] => [...new Set(Object.keys(files).map((p) => p.replace(/^(\.\.\/)+/, '').split('/')[1]!))].sort();
