import { use } from 'react';
import type { MachineModule } from '../../engine/machineModule.ts';
import { machineSchematic } from './machineSchematics.ts';

/** The machine's 2D view, live from the same session as everything else (suspends while its chunk loads). */
export function SchematicView({ module }: { module: MachineModule }) {
  const Schematic = use(machineSchematic(module.id));
  return (
    <div className="schematic" data-testid="schematic" data-schematic={module.id}>
      <Schematic />
    </div>
  );
}
