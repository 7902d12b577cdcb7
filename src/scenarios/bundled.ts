import { machineModules } from '../machines/index.ts';
import { drillFolders, machineDrills } from './machineDrills.ts';
import type { Drill } from './types.ts';

/**
 * Every machine's bundled drills at once: for tests, tools and the record reader (a record may be
 * of any machine's drill). The app's machine screen loads only its own machine's (`machineDrills`).
 */
const all = machineModules.map(machineDrills);

export const bundledDrills: readonly Drill[] = all.flatMap((d) => d.drills);
export const bundledProblems: readonly string[] = [
  ...all.flatMap((d) => d.problems),
  ...drillFolders()
    .filter((folder) => !machineModules.some((m) => m.id === folder))
    .map((folder) => `scenarios/${folder}/: no machine folder src/machines/${folder}/ for these drills`),
];

export const findDrill = (machineId: string | null | undefined, drillId: string | null | undefined): Drill | undefined =>
  bundledDrills.find((d) => d.machine === machineId && d.id === drillId);

/** The drills of one machine, in file-name order. */
export const drillsFor = (machineId: string): readonly Drill[] => bundledDrills.filter((d) => d.machine === machineId);
