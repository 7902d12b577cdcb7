import { machineModules } from '../machines/index.ts';
import { loadScenario } from './loader.ts';
import type { Drill } from './types.ts';

/**
 * Every drill shipped with the app: the files under `scenarios/<machine-id>/`, read as text at
 * build time and put through the same loader as a trainer's own file. A bad file is left out and
 * its problems kept in `bundledProblems` (a unit test keeps that list empty), so one broken drill
 * cannot stop the app.
 */
const files = import.meta.glob<string>('../../scenarios/*/*.json', { eager: true, query: '?raw', import: 'default' });

const loaded = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => loadScenario(path.replace(/^(\.\.\/)+/, ''), text, machineModules));

export const bundledDrills: readonly Drill[] = loaded.flatMap((r) => (r.ok ? [r.drill] : []));
export const bundledProblems: readonly string[] = loaded.flatMap((r) => (r.ok ? [] : r.problems));

export const findDrill = (machineId: string | null | undefined, drillId: string | null | undefined): Drill | undefined =>
  bundledDrills.find((d) => d.machine === machineId && d.id === drillId);

/** The drills of one machine, in file-name order. */
export const drillsFor = (machineId: string): readonly Drill[] => bundledDrills.filter((d) => d.machine === machineId);
