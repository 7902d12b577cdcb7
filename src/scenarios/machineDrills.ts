import type { MachineModule } from '../engine/machineModule.ts';
import { machineDrillTexts } from './drillTexts.ts';
import { readBundledDrill } from './readBundledDrill.ts';
import type { Drill } from './types.ts';

/**
 * One machine's bundled drills (only its own files are downloaded), in file-name order. Not
 * checked here (no zod, no simulated starts on opening a machine): `bundled.test.ts` checks every
 * file as the loader would.
 */
export async function machineDrills(module: MachineModule): Promise<readonly Drill[]> {
  return (await machineDrillTexts(module.id)).map(([path, text]) => readBundledDrill(path, text, module));
}
