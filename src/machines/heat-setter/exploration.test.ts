import { describe, expect, it } from 'vitest';
import { createActor, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { ManualClock } from '../../engine/clock.ts';
import { isWait, moduleEvents, waitMs } from '../../engine/exploration.ts';
import { exploreTimed } from '../../engine/timedExploration.ts';
import { heatSetterControls, heatSetterFaults } from './controls.ts';
import { heatSetterExplorationKey, keepRepresentative } from './exploration.ts';
import { heatSetterMachine } from './machine.ts';

/**
 * What the kit's contract tests will check once the module is registered, run here on the chart
 * alone: the state space stays small, every atomic state is reached, every path replays on a
 * clock, and the e-stop from every reachable state ends every hazard.
 */
/** The events the module will hand the contract tests: every control and fault, one value per process setting. */
const events = keepRepresentative(moduleEvents({ controls: heatSetterControls, faults: heatSetterFaults }));
const machine = heatSetterMachine as unknown as AnyStateMachine;

interface NodeLike {
  id: string;
  type: string;
  states: Record<string, NodeLike>;
}
const atomicIds = (n: NodeLike): string[] => (n.type === 'atomic' || n.type === 'final' ? [n.id] : Object.values(n.states).flatMap(atomicIds));

describe('heat setter state space (timed exploration)', { timeout: 240_000 }, () => {
  const states = exploreTimed(machine, { events: () => events, key: heatSetterExplorationKey, limit: 150_000 });

  it('stays small enough for the contract tests', () => {
    expect(states.length).toBeGreaterThan(100);
    expect(states.length).toBeLessThan(100_000);
  });

  it('reaches every atomic state, a kept shoe and the end of the shift', () => {
    const reached = new Set(states.flatMap((r) => (r.snapshot as unknown as { _nodes: NodeLike[] })._nodes.filter((n) => n.type === 'atomic').map((n) => n.id)));
    expect(atomicIds(machine.root as unknown as NodeLike).filter((id) => !reached.has(id))).toEqual([]);
    expect(states.some((r) => r.snapshot.context.lastVerdict?.outcome === 'kept')).toBe(true);
    expect(states.some((r) => r.snapshot.hasTag('complete'))).toBe(true);
  });

  it('the e-stop from every reachable state gives estop and no hazard', () => {
    expect(states.some((r) => r.snapshot.hasTag('hazard'))).toBe(true);
    for (const r of states) {
      const after = transition(machine, r.snapshot, { type: 'user.press', control: 'estop' })[0] as AnyMachineSnapshot;
      expect(after.hasTag('estop')).toBe(true);
      expect(after.hasTag('hazard')).toBe(false);
    }
  });

  it('the path to every 50th state replays on a clock to the same key', () => {
    for (let i = 0; i < states.length; i += 50) {
      const r = states[i]!;
      const clock = new ManualClock();
      const actor = createActor(machine, { clock });
      actor.start();
      for (const st of r.steps) {
        if (isWait(st)) clock.advance(waitMs(machine, st));
        else actor.send(st);
      }
      expect(heatSetterExplorationKey(actor.getSnapshot())).toBe(heatSetterExplorationKey(r.snapshot));
      actor.stop();
    }
  });
});
