import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { eventKey, type GladiEvent, type MachineModule } from './machineModule.ts';

/**
 * Helpers that walk a machine's state space for tests (model-based paths, safety invariants).
 * Delayed transitions become explicit "wait" events here, since the graph walker has no clock.
 */

export interface WaitEvent extends EventObject {
  readonly type: `xstate.after.${string}`;
  /**
   * How far the clock moves, when the walk knew the timers (see timedExploration.ts): with two
   * timers running, waiting for the second is shorter than its whole delay.
   */
  readonly ms?: number;
}
export type StepEvent = GladiEvent | WaitEvent;

export const isWait = (e: EventObject): e is WaitEvent => e.type.startsWith('xstate.after.');

/** Every event any control or fault of the module can send, without duplicates. */
export function moduleEvents(module: Pick<MachineModule, 'controls' | 'faults'>): GladiEvent[] {
  const all = [...module.controls.flatMap((c) => c.events), ...module.faults.map((f) => f.event)];
  const seen = new Set<string>();
  return all.filter((e) => (seen.has(eventKey(e)) ? false : (seen.add(eventKey(e)), true)));
}

/** The `after` timers that could fire in this snapshot, as events the graph walker can take. */
export function waitEvents(snapshot: AnyMachineSnapshot): WaitEvent[] {
  const nodes = (snapshot as unknown as { _nodes: Array<{ after: Array<{ eventType: string }> }> })._nodes;
  const types = new Set(nodes.flatMap((n) => n.after.map((t) => t.eventType)));
  return [...types].map((type) => ({ type }) as WaitEvent);
}

/** Names of the delays whose timers run in this snapshot. */
export const activeDelayNames = (snapshot: AnyMachineSnapshot): string[] => waitEvents(snapshot).map((e) => e.type.split('.')[2] ?? '');

/** How long a wait event waits, in ms (delays are named in `setup({ delays })` or literal numbers). */
export function waitMs(machine: AnyStateMachine, e: WaitEvent): number {
  if (e.ms !== undefined) return e.ms;
  const delay = e.type.split('.')[2] ?? '';
  if (/^\d+$/.test(delay)) return Number(delay);
  const impl = (machine.implementations.delays as Record<string, unknown>)[delay];
  if (typeof impl === 'number') return impl;
  throw new Error(`delay "${delay}" is not a fixed number; give it a number in setup({ delays })`);
}

/** State value plus tags, for comparing a replay with a path's end. */
export const stateSignature = (s: AnyMachineSnapshot): string => JSON.stringify(s.value);
