import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../engine/session.ts';
import type { GladiEvent } from '../../engine/gladiEvent.ts';
import { autoclave } from './index.ts';
import type { AutoclaveContext } from './types.ts';

const set = (control: string, value: string | number): GladiEvent => ({ type: 'user.set', control, value: String(value) });
const press = (control: string): GladiEvent => ({ type: 'user.press', control });
const ctx = (s: Session) => s.actor.getSnapshot().context as AutoclaveContext;
const at = (s: Session, v: object) => s.actor.getSnapshot().matches(v as never);
const kpa = (s: Session) => (s.process() as { kpa: number }).kpa;

/** Controller on, the cart in, door closed and locked, the ticket's settings, vent shut. */
function loaded(mode: 'free' | 'exam' = 'free', setpoint = 135, cure = 60): Session {
  const s = createSession(autoclave, mode);
  for (const e of [set('controller', 'on'), set('cart', 'in'), set('door', 'closed'), set('doorLock', 'locked'), set('setpoint', setpoint), set('cureTime', cure), set('ventValve', 'closed')])
    expect(s.send(e), JSON.stringify(e)).toBe(true);
  return s;
}
/** Waits in one-second steps until `done` (bounded). */
function waitFor(s: Session, done: () => boolean, maxS = 600): number {
  for (let t = 0; t < maxS; t++) {
    if (done()) return t;
    s.advance(1000);
  }
  throw new Error('never happened');
}

describe('autoclave interlocks', () => {
  it('no steam into a door that is not closed and locked (and the attempt is critical)', () => {
    const s = createSession(autoclave, 'free');
    s.send(set('controller', 'on'));
    expect(s.send(set('supplyValve', 'open'))).toBe(false);
    s.send(set('door', 'closed'));
    expect(s.send(set('supplyValve', 'open'))).toBe(false);
    expect(s.mistakes().filter((m) => m.id === 'steamDoorNotLocked')).toHaveLength(2);
    s.send(set('doorLock', 'locked'));
    expect(s.send(set('supplyValve', 'open'))).toBe(true);
  });

  it('the door cannot unlock with pressure on the gauge, nor with the vent shut', () => {
    const s = loaded();
    s.send(set('supplyValve', 'open'));
    waitFor(s, () => kpa(s) > 100, 1200);
    s.send(set('supplyValve', 'closed'));
    expect(s.send(set('doorLock', 'unlocked'))).toBe(false);
    expect(s.mistakes().map((m) => m.id)).toContain('unlockUnderPressure');
    // Shut in, the tank keeps its pressure.
    s.advance(60_000);
    expect(ctx(s).pressurised).toBe(true);
    s.send(set('ventValve', 'open'));
    const took = waitFor(s, () => !ctx(s).pressurised);
    expect(took).toBeGreaterThan(5);
    expect(s.send(set('doorLock', 'unlocked'))).toBe(true);
  });

  it('settings are locked while steam is in', () => {
    const s = loaded();
    s.send(set('supplyValve', 'open'));
    expect(s.send(set('setpoint', 150))).toBe(false);
    expect(s.send(set('cureTime', 90))).toBe(false);
  });
});

describe('autoclave e-stop', () => {
  it('shuts the supply, opens the vent, and the door stays locked until the gauge reads zero', () => {
    const s = loaded();
    s.send(set('supplyValve', 'open'));
    s.skipWait();
    expect(at(s, { vessel: 'holding' })).toBe(true);
    expect(s.send(press('estop'))).toBe(true);
    const c = ctx(s);
    expect([c.supplyOpen, c.ventOpen, c.door, c.pressurised]).toEqual([false, true, 'locked', true]);
    expect(s.actor.getSnapshot().hasTag('hazard')).toBe(false);
    expect(s.send(set('doorLock', 'unlocked'))).toBe(false);
    expect(s.send(set('ventValve', 'closed'))).toBe(false);
    expect(s.send(set('supplyValve', 'open'))).toBe(false);
    // The pressure falls on its own (the process keeps stepping under the e-stop); then the door may be unlocked.
    waitFor(s, () => !ctx(s).pressurised);
    expect(kpa(s)).toBeLessThan(3);
    expect(s.send(set('doorLock', 'unlocked'))).toBe(true);
  });
});

describe('autoclave cure results', () => {
  /** Steam in, wait out the heat-up and the hold, vent, open, drain, gloves, unload. */
  function cure(s: Session, { ventEarly = false, gloves = true } = {}): void {
    s.send(set('supplyValve', 'open'));
    s.skipWait();
    // Early: 20 minutes into the hour's hold.
    if (ventEarly) s.advance(20 * 60_000);
    else s.skipWait();
    s.send(set('supplyValve', 'closed'));
    s.send(set('ventValve', 'open'));
    waitFor(s, () => !ctx(s).pressurised);
    s.send(set('doorLock', 'unlocked'));
    s.send(set('door', 'open'));
    s.send(press('drain'));
    if (gloves) s.send(set('gloves', 'on'));
    expect(s.send(set('cart', 'out'))).toBe(true);
  }
  it('the ticket (135 °C, 60 min) cures well: one good batch', () => {
    const s = loaded();
    cure(s);
    expect(ctx(s).result).toBe('good');
    expect(autoclave.cycles?.(s.actor.getSnapshot())).toBe(1);
    expect(s.mistakes()).toEqual([]);
  });
  it('venting before the hold is over leaves the rubber tacky (under-cure)', () => {
    const s = loaded();
    cure(s, { ventEarly: true });
    expect(ctx(s).result).toBe('tacky');
    expect(s.mistakes().map((m) => m.id)).toContain('underCure');
  });
  it('90 minutes over-cures; 150 °C lifts the safety valve and oxidises the rubber', () => {
    const long = loaded('free', 135, 90);
    cure(long);
    expect(ctx(long).result).toBe('oxidised');
    const hot = loaded('free', 150, 60);
    cure(hot);
    expect(ctx(hot).result).toBe('oxidised');
    expect(hot.mistakes().map((m) => m.id)).toEqual(expect.arrayContaining(['setpointOffTicket', 'safetyValveLifted', 'overCure']));
  });
  it('pulling the hot cart bare-handed is a mistake (PPE)', () => {
    const s = loaded();
    cure(s, { gloves: false });
    expect(s.mistakes().map((m) => m.id)).toContain('unloadBareHanded');
  });
});

describe('autoclave faults', () => {
  it('a stuck vent keeps the pressure: the safety valve lever releases it, then the vent is freed at zero', () => {
    const s = loaded();
    s.send(set('supplyValve', 'open'));
    s.skipWait();
    s.send({ type: 'fault.inject', fault: 'ventStuck' });
    s.send(set('supplyValve', 'closed'));
    s.send(set('ventValve', 'open'));
    s.advance(120_000);
    expect(ctx(s).pressurised).toBe(true);
    expect(autoclave.status(s.actor.getSnapshot()).key).toBe('status.ventStuck');
    expect(s.send(press('freeVent'))).toBe(false);
    s.send(set('safetyLever', 'lifted'));
    waitFor(s, () => !ctx(s).pressurised);
    s.send(set('safetyLever', 'seated'));
    expect(s.send(press('freeVent'))).toBe(true);
    expect(ctx(s).ventStuck).toBe(false);
  });
  it('a leaking door seal under-cures; the seal is replaced with the door open at zero pressure', () => {
    const s = loaded();
    s.send({ type: 'fault.inject', fault: 'sealLeak' });
    s.send(set('supplyValve', 'open'));
    s.skipWait();
    expect(autoclave.status(s.actor.getSnapshot()).key).toBe('status.sealLeaking');
    s.skipWait();
    s.send(set('supplyValve', 'closed'));
    s.send(set('ventValve', 'open'));
    waitFor(s, () => !ctx(s).pressurised);
    s.send(set('doorLock', 'unlocked'));
    expect(s.send(press('replaceSeal'))).toBe(false);
    s.send(set('door', 'open'));
    expect(s.send(press('replaceSeal'))).toBe(true);
    s.send(set('gloves', 'on'));
    s.send(set('cart', 'out'));
    expect(ctx(s).result).toBe('tacky');
  });
});

describe('autoclave fast-forward', () => {
  it('offers the heat-up and the hold, never the venting', () => {
    const s = loaded();
    s.send(set('supplyValve', 'open'));
    expect(s.canSkip()).toBe(true);
    expect(s.skipWait()).toBe(15 * 60_000);
    expect(s.canSkip()).toBe(true);
    expect(s.skipWait()).toBe(60 * 60_000);
    expect(at(s, { vessel: 'cureDone' })).toBe(true);
    s.send(set('supplyValve', 'closed'));
    s.send(set('ventValve', 'open'));
    s.advance(1000);
    expect(ctx(s).pressurised).toBe(true);
    expect(s.processActive()).toBe(true);
    expect(s.canSkip()).toBe(false);
  });
});
