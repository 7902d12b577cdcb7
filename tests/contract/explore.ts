import { getShortestPaths } from 'xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { waitEvents, type StepEvent } from '../../src/engine/exploration.ts';
import type { MachineModule } from '../../src/engine/machineModule.ts';

export interface ReachedState {
  readonly snapshot: AnyMachineSnapshot;
  /** Events from the initial state to here (xstate.init excluded). */
  readonly steps: readonly StepEvent[];
}

const cache = new Map<string, ReachedState[]>();

/** Shortest paths (xstate/graph) to every distinct exploration key of the module; cached per module. */
export function reachableStates(module: MachineModule): ReachedState[] {
  const hit = cache.get(module.id);
  if (hit) return hit;
  const machine = module.machine as AnyStateMachine;
  const paths = getShortestPaths(machine, {
    events: (s: AnyMachineSnapshot) => [...module.exploration.events, ...(module.exploration.signals ?? []), ...waitEvents(s)] as EventObject[],
    serializeState: (s: AnyMachineSnapshot) => module.exploration.key(s),
    limit: 500_000,
  });
  const reached = paths.map((p) => ({
    snapshot: p.state as AnyMachineSnapshot,
    steps: p.steps.slice(1).map((st) => st.event as StepEvent),
  }));
  cache.set(module.id, reached);
  return reached;
}
