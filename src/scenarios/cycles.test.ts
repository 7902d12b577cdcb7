import { describe, expect, it } from 'vitest';
import { followHints } from '../../tests/contract/hintFollower.ts';
import { createSession } from '../engine/session.ts';
import { machineModules } from '../machines/index.ts';

// Drills count good work with `MachineModule.cycles`; every machine must provide an honest counter.
describe.each(machineModules.map((m) => [m.id, m] as const))('cycles counter: %s', (_id, m) => {
  it('starts at 0 and counts the good piece of a correct run', () => {
    expect(m.cycles).toBeDefined();
    const fresh = createSession(m);
    expect(m.cycles?.(fresh.actor.getSnapshot())).toBe(0);
    const done = followHints(m, 'free');
    expect(m.cycles?.(done.actor.getSnapshot())).toBeGreaterThanOrEqual(1);
  });
});
