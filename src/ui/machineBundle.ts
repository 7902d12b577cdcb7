import type { MachineModule } from '../engine/machineModule.ts';
import { loadMachine } from '../machines/registry.ts';
import { machineDrills } from '../scenarios/machineDrills.ts';
import type { Drill } from '../scenarios/types.ts';
import { addMachineMessages } from '../common/i18n.tsx';
import { retryImport } from './reloadToRetry.ts';

/** One opened machine: its module (chart, controls, texts) and its bundled drills. */
export interface MachineBundle {
  readonly module: MachineModule;
  readonly drills: readonly Drill[];
}

const opened = new Map<string, Promise<MachineBundle>>();
/** Machines whose download failed in this page: the next load is a retry (see retryImport). */
const failedOnce = new Set<string>();

/**
 * Loads one machine's chunk, adds its texts, reads its drills. The same promise for the same id
 * (React's `use` needs a stable one); a failed download is forgotten so a retry downloads again.
 */
export function machineBundle(id: string): Promise<MachineBundle> {
  let bundle = opened.get(id);
  if (!bundle) {
    bundle = (failedOnce.has(id) ? retryImport(() => loadMachine(id)) : loadMachine(id)).then(async (module) => {
      addMachineMessages([module]);
      return { module, drills: await machineDrills(module) };
    });
    bundle.catch(() => {
      opened.delete(id);
      failedOnce.add(id);
    });
    opened.set(id, bundle);
  }
  return bundle;
}
