import type { MachineModule } from '../engine/machineModule.ts';
import { byFolder } from './folderId.ts';

/**
 * Every machine, found by folder: `src/machines/<id>/index.ts` default-exports its module. Eager, so
 * only tests, the drill-file worker and the record reader import this; the app opens one machine
 * at a time through `registry.ts`.
 */
const found = import.meta.glob<MachineModule>('./*/index.ts', { eager: true, import: 'default' });

export const machineModules: readonly MachineModule[] = byFolder(found).map(([id, module]) => {
  if (module.id !== id) throw new Error(`src/machines/${id}/index.ts defines machine "${module.id}": a folder and its machine share one id`);
  return module;
});

export const findMachine = (id: string | null | undefined): MachineModule | undefined =>
  machineModules.find((m) => m.id === id);
