import type { AnyMachineSnapshot } from 'xstate';
import type { MachineModule, StatusLine } from '../engine/machineModule.ts';
import type { Session } from '../engine/session.ts';

/**
 * What the machine says about the continuous work of this run (the skive's width and thickness
 * along the edge, a cut-through), from the session's process state; nothing for a machine
 * without a process to explain.
 */
export function handworkLines(module: MachineModule, session: Session, snapshot: AnyMachineSnapshot): readonly StatusLine[] {
  return module.explainProcess?.(session.process(), snapshot) ?? [];
}
