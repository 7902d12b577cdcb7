import type { MachineModule } from '../engine/machineModule.ts';
import { readBundledDrill } from './readBundledDrill.ts';
import type { Drill } from './types.ts';

/**
 * The drill files shipped with the app (`scenarios/<machine-id>/*.json`), as text read at build
 * time: small, so every machine's travel together; each is read only with its own machine.
 */
const files = import.meta.glob<string>('../../scenarios/*/*.json', { eager: true, query: '?raw', import: 'default' });

/** Every bundled drill file as `[path from the repo root, text]`, in file-name order. */
export const bundledDrillFiles: readonly (readonly [string, string])[] = Object.entries(files)
  .map(([path, text]) => [path.replace(/^(\.\.\/)+/, ''), text] as const)
  .sort(([a], [b]) => a.localeCompare(b));

/**
 * One machine's bundled drills, in file-name order. Not checked here (no zod, no simulated
 * starts on opening a machine): `bundled.test.ts` checks every file as the loader would.
 */
export const machineDrills = (module: MachineModule): readonly Drill[] =>
  bundledDrillFiles.filter(([path]) => path.startsWith(`scenarios/${module.id}/`)).map(([path, text]) => readBundledDrill(path, text, module));
