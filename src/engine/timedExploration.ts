import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import type { StepEvent, WaitEvent } from './exploration.ts';

/**
 * Breadth-first walk of a chart's state space that keeps its timers honest. Several `after` timers
 * may run at once (a heater warming up while a chiller pulls down): the walk records, per state,
 * every running timer and the time left on it, and its one "wait" moves time to the NEXT due timer
 * only, firing what falls due then in the order a clock would. The wait step carries the distance
 * (`ms`), so a replay advances a clock by exactly that much and lands in the same state. With one
 * timer running this is the same walk as before (the wait is that timer's whole remaining delay).
 *
 * Timers come from the actions `transition` returns: a delayed `xstate.raise` starts one, an
 * `xstate.cancel` (state exited) stops it. The state key is the module's key plus the ORDER in
 * which the running timers will fire (see `timersKey`).
 */

export interface RunningTimer {
  /** The scheduled id (`xstate.after.<delay>.<state id>`). */
  readonly id: string;
  readonly event: EventObject;
  /** Milliseconds left until it fires. */
  readonly left: number;
  /** Scheduling order, to break ties the way the clock does (earlier scheduled fires first). */
  readonly seq: number;
}

export interface TimedState {
  readonly snapshot: AnyMachineSnapshot;
  readonly timers: readonly RunningTimer[];
  /** Events from the initial state to here (xstate.init excluded); waits carry their distance. */
  readonly steps: readonly StepEvent[];
}

export interface TimedExploreOptions {
  readonly events: (s: AnyMachineSnapshot) => readonly EventObject[];
  readonly key: (s: AnyMachineSnapshot) => string;
  /** Stop (with an error) beyond this many distinct states: a chart that big is a chart to shrink. */
  readonly limit?: number;
}

interface Action {
  readonly type: string;
  readonly params?: { readonly id?: string; readonly sendId?: string; readonly delay?: unknown; readonly event?: EventObject };
}

let seqCounter = 0;

type Step = (snapshot: AnyMachineSnapshot | null, event: EventObject | null) => [AnyMachineSnapshot, Action[]];

/**
 * xstate's pure `transition`, with one inert actor scope made once per walk instead of once per
 * call (making an actor per call was most of the walk's time). Actions are collected, not run.
 */
export function pureStepper(machine: AnyStateMachine): Step {
  const self = createActor(machine);
  let collected: Action[] = [];
  const scope = {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: (a: Action) => {
      collected.push(a);
    },
  } as unknown as AnyActorScope;
  return (snapshot, event) => {
    collected = [];
    const next = snapshot === null ? machine.getInitialSnapshot(scope) : machine.transition(snapshot as never, event as never, scope);
    return [next as AnyMachineSnapshot, collected];
  };
}

/** The running timers after a step's actions: cancelled ones removed, newly delayed raises added. */
export function applyTimerActions(timers: readonly RunningTimer[], actions: readonly Action[]): RunningTimer[] {
  let out = [...timers];
  for (const a of actions) {
    if (a.type === 'xstate.cancel' && a.params?.sendId) out = out.filter((t) => t.id !== a.params?.sendId);
    else if (a.type === 'xstate.raise' && typeof a.params?.delay === 'number' && a.params.event && a.params.id) {
      const id = a.params.id;
      out = out.filter((t) => t.id !== id);
      out.push({ id, event: a.params.event, left: a.params.delay, seq: seqCounter++ });
    }
  }
  return out;
}

/** Time to the next due timer, or null when none runs. */
export const nextDue = (timers: readonly RunningTimer[]): number | null =>
  timers.length === 0 ? null : Math.min(...timers.map((t) => t.left));

/**
 * Moves time forward by the distance to the next due timer and fires every timer due then, in
 * scheduling order (a timer a firing cancels does not fire; one it starts runs from then on).
 */
export function waitForNext(step: Step, state: Pick<TimedState, 'snapshot' | 'timers'>): { snapshot: AnyMachineSnapshot; timers: RunningTimer[]; ms: number; first: EventObject } | null {
  const ms = nextDue(state.timers);
  if (ms === null) return null;
  let timers = state.timers.map((t) => ({ ...t, left: t.left - ms }));
  let snapshot = state.snapshot;
  let first: EventObject | undefined;
  for (;;) {
    const due = timers.filter((t) => t.left <= 0).sort((a, b) => a.seq - b.seq)[0];
    if (!due) break;
    first ??= due.event;
    timers = timers.filter((t) => t !== due);
    const [next, actions] = step(snapshot, due.event);
    snapshot = next;
    timers = applyTimerActions(timers, actions);
  }
  return { snapshot, timers, ms, first: first as EventObject };
}

/**
 * The running timers in the order they will fire (`=` between two due at the same moment). Only
 * the order goes into the key, not the time left: the key stays as small as the module's own
 * (a tick timer next to a long warm-up would otherwise multiply it by every remainder), while each
 * stored path keeps its real distances, so its replay stays exact.
 */
export function timersKey(timers: readonly RunningTimer[]): string {
  const sorted = [...timers].sort((a, b) => a.left - b.left || a.seq - b.seq);
  return sorted.map((t, i) => (i === 0 ? '' : t.left === (sorted[i - 1] as RunningTimer).left ? '=' : '<') + t.id.replace(/^xstate\.after\./, '')).join('');
}

interface Node {
  readonly snapshot: AnyMachineSnapshot;
  readonly timers: readonly RunningTimer[];
  readonly parent: Node | null;
  readonly step: StepEvent | null;
}

const stepsTo = (n: Node): StepEvent[] => {
  const out: StepEvent[] = [];
  for (let at: Node | null = n; at?.step; at = at.parent) out.push(at.step);
  return out.reverse();
};

/** Every distinct state (module key + order of running timers) with a shortest path to it. */
export function exploreTimed(machine: AnyStateMachine, opts: TimedExploreOptions): TimedState[] {
  const limit = opts.limit ?? 500_000;
  const step = pureStepper(machine);
  const [s0, a0] = step(null, null);
  const start: Node = { snapshot: s0, timers: applyTimerActions([], a0), parent: null, step: null };
  const keyOf = (s: AnyMachineSnapshot, timers: readonly RunningTimer[]) => `${opts.key(s)}|${timersKey(timers)}`;
  const seen = new Set<string>([keyOf(start.snapshot, start.timers)]);
  const queue: Node[] = [start];
  const visit = (n: Node) => {
    const k = keyOf(n.snapshot, n.timers);
    if (seen.has(k)) return;
    if (seen.size >= limit) throw new Error(`state space beyond ${limit} states: shrink the exploration key or the chart`);
    seen.add(k);
    queue.push(n);
  };
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i] as Node;
    // A stopped chart (final state) takes no more events.
    if (n.snapshot.status !== 'active') continue;
    for (const e of opts.events(n.snapshot)) {
      const [next, actions] = step(n.snapshot, e);
      visit({ snapshot: next, timers: applyTimerActions(n.timers, actions), parent: n, step: e as StepEvent });
    }
    const waited = waitForNext(step, n);
    if (waited) {
      const wait: WaitEvent = { type: waited.first.type as WaitEvent['type'], ms: waited.ms };
      visit({ snapshot: waited.snapshot, timers: waited.timers, parent: n, step: wait });
    }
  }
  return queue.map((n) => ({ snapshot: n.snapshot, timers: n.timers, steps: stepsTo(n) }));
}
