import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import type { StepEvent } from '../../src/engine/exploration.ts';
import type { MachineModule } from '../../src/engine/machineModule.ts';
import { exploreTimed } from '../../src/engine/timedExploration.ts';

export interface ReachedState {
  readonly snapshot: AnyMachineSnapshot;
  /** Events from the initial state to here (xstate.init excluded); waits carry their distance. */
  readonly steps: readonly StepEvent[];
}

const cache = new Map<string, ReachedState[]>();

/**
 * Shortest paths to every distinct exploration key (plus running timers) of the module; cached per
 * module. Timers are tracked per state, so charts with timers running in parallel replay exactly.
 */
export function reachableStates(module: MachineModule): ReachedState[] {
  const hit = cache.get(module.id);
  if (hit) return hit;
  const machine = module.machine as AnyStateMachine;
  const events = [...module.exploration.events, ...(module.exploration.signals ?? [])] as EventObject[];
  const reached = exploreTimed(machine, { events: () => events, key: (s) => module.exploration.key(s), limit: 500_000 }).map((r) => ({
    snapshot: r.snapshot,
    steps: r.steps,
  }));
  cache.set(module.id, reached);
  return reached;
}
