import type { MachineModule } from '../engine/machineModule.ts';
import { byFolder } from './folderId.ts';

/** One lazy chunk per machine folder: opening a machine loads its chart and texts, and no other machine's. */
const loaders = new Map(byFolder(import.meta.glob<MachineModule>('./*/index.ts', { import: 'default' })));

/** Ids of every machine folder (without loading any machine). */
export const machineIds: readonly string[] = [...loaders.keys()];

/** Loads one machine's module; rejects for an unknown id or a failed download (the caller may retry). */
export function loadMachine(id: string): Promise<MachineModule> {
  const load = loaders.get(id);
  return load ? load() : Promise.reject(new Error(`no machine folder "${id}" (machines: ${machineIds.join(', ')})`));
}
