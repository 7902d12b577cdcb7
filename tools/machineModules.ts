/**
 * Every machine module for Node tools (tsx has no `import.meta.glob`): the folders under
 * src/machines, each importing its own `index.ts`. The app and the tests use src/machines/index.ts;
 * a contract test keeps the two lists equal.
 */
import type { MachineModule } from '../src/engine/machineModule.ts';
import { importMachineFile, machineFolderIds } from './machineFolders.ts';

export async function loadMachineModules(): Promise<MachineModule[]> {
  return Promise.all(
    machineFolderIds().map(async (id) => {
      const module = (await importMachineFile(id, 'index.ts')).default as MachineModule | undefined;
      if (!module || module.id !== id) throw new Error(`src/machines/${id}/index.ts must default-export the module of machine "${id}" (defineMachine)`);
      return module;
    }),
  );
}
