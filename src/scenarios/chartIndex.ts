import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { StateRef } from './types.ts';

/**
 * What a scenario file may name in a chart: every dotted state path (keys from the root, as
 * `snapshot.matches` takes them) and every tag on any state node. Read from the machine itself,
 * so a renamed state makes the drill files that name it fail to load instead of never matching.
 */
export interface ChartIndex {
  readonly paths: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
}

interface NodeLike {
  readonly tags?: readonly string[];
  readonly states?: Readonly<Record<string, NodeLike>>;
}

const cache = new WeakMap<AnyStateMachine, ChartIndex>();

export function indexChart(machine: AnyStateMachine): ChartIndex {
  const known = cache.get(machine);
  if (known) return known;
  const paths = new Set<string>();
  const tags = new Set<string>();
  const walk = (node: NodeLike, prefix: string) => {
    for (const t of node.tags ?? []) tags.add(t);
    for (const [key, child] of Object.entries(node.states ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.add(path);
      walk(child, path);
    }
  };
  walk(machine.root as unknown as NodeLike, '');
  const index = { paths, tags };
  cache.set(machine, index);
  return index;
}

/** 'power.powered.lowOil' → { power: { powered: 'lowOil' } }, the form `snapshot.matches` takes. */
export function stateValueOf(path: string): unknown {
  const parts = path.split('.');
  let value: unknown = parts.pop();
  while (parts.length) value = { [parts.pop() as string]: value };
  return value;
}

export function matchesRef(snapshot: AnyMachineSnapshot, ref: StateRef): boolean {
  return 'tag' in ref ? snapshot.hasTag(ref.tag) : snapshot.matches(stateValueOf(ref.state) as never);
}

/** Whether the chart has the state or tag a reference names. */
export function refExists(index: ChartIndex, ref: StateRef): boolean {
  return 'tag' in ref ? index.tags.has(ref.tag) : index.paths.has(ref.state);
}
