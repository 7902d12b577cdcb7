import type { MachineModule } from '../engine/machineModule.ts';
import { clickingPress } from './clicking-press/index.ts';
import { solePress } from './sole-press/index.ts';

/** Every machine in the app. Tools and tests iterate this list, so a new machine is covered by adding it here. */
export const machineModules: readonly MachineModule[] = [clickingPress, solePress];

export const findMachine = (id: string | null | undefined): MachineModule | undefined =>
  machineModules.find((m) => m.id === id);
