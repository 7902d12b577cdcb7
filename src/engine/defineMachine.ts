import type { AnyMachineSnapshot, AnyStateMachine, SnapshotFrom } from 'xstate';
import type { ProcessModel } from './continuous.ts';
import type { GladiEvent, MachineModule, StatusLine } from './machineModule.ts';
import { modelFileUrl } from './modelFile.ts';

/**
 * What a machine folder declares about itself, with its own snapshot type. `defineMachine` turns it
 * into the engine's `MachineModule`, so no folder needs casts or adapter lambdas of its own.
 */
export interface MachineDefinition<TMachine extends AnyStateMachine, TProcess = unknown>
  extends Omit<MachineModule, 'machine' | 'modelUrl' | 'readControl' | 'status' | 'refusal' | 'cycles' | 'exploration' | 'process' | 'explainProcess'> {
  readonly machine: TMachine;
  /** Defaults to `modelFileUrl(id)`, the file `npm run models` writes from the folder's `model/build.ts`. */
  readonly modelUrl?: string;
  readonly readControl: (snapshot: SnapshotFrom<TMachine>, controlId: string) => string | undefined;
  readonly status: (snapshot: SnapshotFrom<TMachine>) => StatusLine;
  readonly refusal: (snapshot: SnapshotFrom<TMachine>, event: GladiEvent) => StatusLine;
  readonly cycles?: (snapshot: SnapshotFrom<TMachine>) => number;
  readonly exploration: {
    readonly events: readonly GladiEvent[];
    readonly key: (snapshot: SnapshotFrom<TMachine>) => string;
    readonly signals?: MachineModule['exploration']['signals'];
  };
  readonly process?: ProcessModel<TProcess, SnapshotFrom<TMachine>>;
  /** Debrief lines about the continuous work, from the process state and the final snapshot. */
  readonly explainProcess?: (state: TProcess, snapshot: SnapshotFrom<TMachine>) => readonly StatusLine[];
}

/**
 * The one place where a machine's typed snapshot functions meet the engine's untyped snapshots:
 * the engine only ever hands a module snapshots of the module's own chart.
 */
export function defineMachine<TMachine extends AnyStateMachine, TProcess = unknown>(def: MachineDefinition<TMachine, TProcess>): MachineModule {
  const own = (s: AnyMachineSnapshot) => s as SnapshotFrom<TMachine>;
  const { cycles, process, explainProcess, readControl, status, refusal, exploration, modelUrl, machine, ...shared } = def;
  return {
    ...shared,
    machine,
    modelUrl: modelUrl ?? modelFileUrl(def.id),
    readControl: (s, id) => readControl(own(s), id),
    status: (s) => status(own(s)),
    refusal: (s, e) => refusal(own(s), e),
    ...(cycles ? { cycles: (s: AnyMachineSnapshot) => cycles(own(s)) } : {}),
    ...(process ? { process: process as ProcessModel } : {}),
    // The engine only ever hands it the state of this module's own process.
    ...(explainProcess ? { explainProcess: (state: unknown, s: AnyMachineSnapshot) => explainProcess(state as TProcess, own(s)) } : {}),
    exploration: { events: exploration.events, key: (s) => exploration.key(own(s)), ...(exploration.signals ? { signals: exploration.signals } : {}) },
  };
}
