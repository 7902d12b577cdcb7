import { machineModules } from '../machines/index.ts';
import { bundledDrillFiles } from './bundledFiles.ts';
import { readBundledDrill } from './readBundledDrill.ts';
import type { Drill } from './types.ts';

/**
 * Every machine's bundled drills at once: for tests, tools and the record reader (a record may be
 * of any machine's drill). The app's machine screen loads only its own machine's (`machineDrills`).
 * Read as trusted files (`readBundledDrill`); `bundledDrillProblems` (tests) checks them.
 */
export const bundledDrills: readonly Drill[] = machineModules.flatMap((m) =>
  bundledDrillFiles.filter(([path]) => path.startsWith(`scenarios/${m.id}/`)).map(([path, text]) => readBundledDrill(path, text, m)),
);

export const findDrill = (machineId: string | null | undefined, drillId: string | null | undefined): Drill | undefined =>
  bundledDrills.find((d) => d.machine === machineId && d.id === drillId);

/** The drills of one machine, in file-name order. */
export const drillsFor = (machineId: string): readonly Drill[] => bundledDrills.filter((d) => d.machine === machineId);
