import { describe, expect, it } from 'vitest';
import { transition, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import { reachableStates } from '../../../tests/contract/explore.ts';
import { autoclave } from './index.ts';
import type { AutoclaveContext } from './types.ts';

const step = (s: AnyMachineSnapshot, e: EventObject) => transition(autoclave.machine as AnyStateMachine, s, e)[0] as AnyMachineSnapshot;
const ctx = (s: AnyMachineSnapshot) => s.context as AutoclaveContext;
const ESTOP = { type: 'user.press', control: 'estop' };
const where = (s: AnyMachineSnapshot) => JSON.stringify([s.value, ctx(s).door, ctx(s).pressurised]);

/**
 * The autoclave's own e-stop contract, from every state the exhaustive walk reaches: the steam
 * supply is shut, the vent is open, the door keeps its position, and a locked door stays locked
 * for as long as the gauge shows pressure, whatever is tried meanwhile.
 */
describe('autoclave e-stop from every reachable state', () => {
  const reached = reachableStates(autoclave);
  it('reaches states with steam in and with pressure on the gauge', () => {
    expect(reached.some((r) => ctx(r.snapshot).supplyOpen)).toBe(true);
    expect(reached.some((r) => ctx(r.snapshot).pressurised && ctx(r.snapshot).door === 'locked')).toBe(true);
  });

  it('shuts the supply, opens the vent and leaves the door as it was', { timeout: 60_000 }, () => {
    for (const r of reached) {
      const after = step(r.snapshot, ESTOP);
      const c = ctx(after);
      expect([c.supplyOpen, c.ventOpen, c.door], where(r.snapshot)).toEqual([false, true, ctx(r.snapshot).door]);
      expect(after.matches({ vessel: 'idle' }), where(r.snapshot)).toBe(true);
    }
  });

  it('while latched and under pressure, nothing unlocks the door, closes the vent or lets steam in', { timeout: 60_000 }, () => {
    const events = autoclave.exploration.events.filter((e) => !(e.type === 'user.release' && 'control' in e && e.control === 'estop'));
    const tries = [...events, { type: 'user.set', control: 'safetyLever', value: 'lifted' }];
    for (const r of reached) {
      const latched = step(r.snapshot, ESTOP);
      if (!(ctx(latched).pressurised && ctx(latched).door === 'locked')) continue;
      for (const e of tries) {
        const next = ctx(step(latched, e));
        expect([next.door, next.ventOpen, next.supplyOpen], `${where(latched)} then ${JSON.stringify(e)}`).toEqual(['locked', true, false]);
      }
    }
  });
});
