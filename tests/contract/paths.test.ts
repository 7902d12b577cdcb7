import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { machineModules } from '../../src/machines/index.ts';
import { stateSignature } from '../../src/engine/exploration.ts';
import { reachableStates } from './explore.ts';
import { replaySteps } from './replay.ts';

interface NodeLike {
  id: string;
  type: string;
  states: Record<string, NodeLike>;
}
const atomicIds = (n: NodeLike): string[] =>
  n.type === 'atomic' || n.type === 'final' ? [n.id] : Object.values(n.states).flatMap(atomicIds);

describe.each(machineModules.map((m) => [m.id, m] as const))('model-based paths: %s', (_id, m) => {
  it('reaches every atomic state of the chart', { timeout: 120_000 }, () => {
    const machine = m.machine as AnyStateMachine;
    const all = atomicIds(machine.root as unknown as NodeLike);
    const reached = new Set(
      reachableStates(m).flatMap((r) =>
        (r.snapshot as unknown as { _nodes: NodeLike[] })._nodes.filter((n) => n.type === 'atomic' || n.type === 'final').map((n) => n.id),
      ),
    );
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('the shortest path to every reachable state value replays to that state', { timeout: 120_000 }, () => {
    const machine = m.machine as AnyStateMachine;
    const byValue = new Map<string, (typeof reached)[number]>();
    const reached = reachableStates(m);
    for (const r of reached) {
      const sig = stateSignature(r.snapshot);
      const known = byValue.get(sig);
      if (!known || r.steps.length < known.steps.length) byValue.set(sig, r);
    }
    expect(byValue.size).toBeGreaterThan(5);
    for (const [sig, r] of byValue) {
      const actor = replaySteps(machine, r.steps);
      expect(stateSignature(actor.getSnapshot()), `replay of path to ${sig}`).toBe(sig);
      expect([...actor.getSnapshot().tags].sort()).toEqual([...r.snapshot.tags].sort());
      actor.stop();
    }
  });
});
