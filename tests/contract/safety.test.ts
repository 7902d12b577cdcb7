import { describe, expect, it } from 'vitest';
import { transition, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import { machineModules } from '../../src/machines/index.ts';
import { waitEvents } from '../../src/engine/exploration.ts';
import { ESTOP_CONTROL_ID, TAGS, eventKey, type GladiEvent, type MachineModule } from '../../src/engine/machineModule.ts';
import { reachableStates } from './explore.ts';

const estopEvents = (m: MachineModule) => {
  const control = m.controls.find((c) => c.id === ESTOP_CONTROL_ID);
  const press = control?.events.find((e) => e.type === 'user.press');
  const release = control?.events.find((e) => e.type === 'user.release');
  return { control, press, release };
};

const step = (m: MachineModule, s: AnyMachineSnapshot, e: EventObject) =>
  transition(m.machine as AnyStateMachine, s, e)[0] as AnyMachineSnapshot;

const describeState = (s: AnyMachineSnapshot) => `${JSON.stringify(s.value)} [${[...s.tags].join(' ')}]`;

describe.each(machineModules.map((m) => [m.id, m] as const))('safety contract: %s', (_id, m) => {
  it('has an e-stop control that can be pressed and released', () => {
    const { control, press, release } = estopEvents(m);
    expect(control, 'a control with id "estop"').toBeDefined();
    expect(press).toEqual({ type: 'user.press', control: ESTOP_CONTROL_ID });
    expect(release).toEqual({ type: 'user.release', control: ESTOP_CONTROL_ID });
  });

  it('the e-stop press from every reachable state gives tag estop and never hazard', { timeout: 120_000 }, () => {
    const { press } = estopEvents(m);
    const reached = reachableStates(m);
    expect(reached.some((r) => r.snapshot.hasTag(TAGS.hazard)), 'exploration reaches hazard states').toBe(true);
    for (const r of reached) {
      const after = step(m, r.snapshot, press as GladiEvent);
      expect(after.hasTag(TAGS.estop), `estop tag after e-stop from ${describeState(r.snapshot)}`).toBe(true);
      expect(after.hasTag(TAGS.hazard), `no hazard after e-stop from ${describeState(r.snapshot)}`).toBe(false);
    }
  });

  it('while tagged estop, no event but the release/reset sequence leads to hazard', { timeout: 120_000 }, () => {
    const { press, release } = estopEvents(m);
    const forbidden = eventKey(release as GladiEvent);
    const events = m.exploration.events.filter((e) => eventKey(e) !== forbidden);
    const seen = new Set<string>();
    const queue: AnyMachineSnapshot[] = [];
    for (const r of reachableStates(m)) {
      const s = step(m, r.snapshot, press as GladiEvent);
      const k = m.exploration.key(s);
      if (!seen.has(k)) {
        seen.add(k);
        queue.push(s);
      }
    }
    while (queue.length) {
      const s = queue.shift() as AnyMachineSnapshot;
      expect(s.hasTag(TAGS.estop), `still estop: ${describeState(s)}`).toBe(true);
      expect(s.hasTag(TAGS.hazard), `hazard while estop: ${describeState(s)}`).toBe(false);
      for (const e of [...events, ...waitEvents(s)]) {
        const next = step(m, s, e);
        const k = m.exploration.key(next);
        if (!seen.has(k)) {
          seen.add(k);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(0);
  });
});
