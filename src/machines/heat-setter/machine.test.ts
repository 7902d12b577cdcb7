import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ManualClock } from '../../engine/clock.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { CHILL_TUNNEL_M, CONVEYOR_TICK_MS, DEFROST_MS, FAN_RUN_ON_MS, HEAT_TUNNEL_M, HEAT_UP_MS, PULL_DOWN_MS } from './constants.ts';
import { count } from './line.ts';
import { heatSetterMachine } from './machine.ts';
import { dwellS } from './shoeJudge.ts';

const start = () => {
  const clock = new ManualClock();
  const actor = createActor(heatSetterMachine, { clock });
  actor.start();
  const send = (e: GladiEvent) => actor.send(e);
  const set = (control: string, value: string) => send({ type: 'user.set', control, value });
  const press = (control: string) => send({ type: 'user.press', control });
  return { clock, actor, send, set, press, snap: () => actor.getSnapshot() };
};

/** Isolator, fan, heat and chiller on, ticket settings: both warm-ups run at once. */
const toTicket = (t: ReturnType<typeof start>) => {
  t.set('isolator', 'on');
  t.set('fan', 'on');
  t.set('heatTemp', '100');
  t.set('chillTemp', '-10');
  t.set('conveyorSpeed', '0.5');
  t.set('steam', 'low');
  t.press('heatOn');
  t.press('chillerOn');
};
const ticks = (s: number) => Math.ceil((s * 1000) / CONVEYOR_TICK_MS) * CONVEYOR_TICK_MS;

describe('heat setter chart', () => {
  it('heat and cold warm up in parallel: heat READY first, chiller READY later, both by the chiller\'s time', () => {
    const t = start();
    toTicket(t);
    expect(t.snap().hasTag('heating')).toBe(true);
    expect(t.snap().hasTag('chillerCooling')).toBe(true);
    t.clock.advance(HEAT_UP_MS);
    expect(t.snap().hasTag('heatReady')).toBe(true);
    expect(t.snap().hasTag('chillReady')).toBe(false);
    t.clock.advance(PULL_DOWN_MS - HEAT_UP_MS);
    expect(t.snap().hasTag('chillReady')).toBe(true);
  });

  it('a shoe at the ticket goes through heat and cold, keeps its shape, and the shift ends after the shutdown care', () => {
    const t = start();
    toTicket(t);
    t.clock.advance(PULL_DOWN_MS);
    t.press('conveyorStart');
    expect(t.snap().hasTag('hazard')).toBe(true);
    t.press('loadShoe');
    t.clock.advance(ticks(dwellS(HEAT_TUNNEL_M, 0.5)));
    expect(count(t.snap().context.line, 'exit')).toBe(1);
    t.press('unloadShoe');
    t.clock.advance(ticks(dwellS(CHILL_TUNNEL_M, 0.5)));
    expect(count(t.snap().context.line, 'out')).toBe(1);
    t.press('delast');
    expect(t.snap().context.lastVerdict?.outcome).toBe('kept');
    t.press('conveyorStop');
    // Shutdown: heaters off first, fans run on, then the chiller off, defrost, drain, isolator off.
    t.press('heatOff');
    expect(t.snap().hasTag('fanRunOn')).toBe(true);
    t.clock.advance(FAN_RUN_ON_MS);
    expect(t.snap().hasTag('fanRunOn')).toBe(false);
    t.set('fan', 'off');
    t.press('chillerOff');
    t.press('defrost');
    expect(t.snap().hasTag('defrosting')).toBe(true);
    t.clock.advance(DEFROST_MS);
    t.press('drain');
    expect(t.snap().hasTag('complete')).toBe(false);
    t.set('isolator', 'off');
    expect(t.snap().hasTag('complete')).toBe(true);
  });

  it('the heat button does nothing without the fan (fan interlock); a fan failure switches the heater off', () => {
    const t = start();
    t.set('isolator', 'on');
    t.press('heatOn');
    expect(t.snap().hasTag('heating')).toBe(false);
    t.set('fan', 'on');
    t.press('heatOn');
    expect(t.snap().hasTag('heating')).toBe(true);
    t.send({ type: 'fault.inject', fault: 'fanFailure' });
    expect(t.snap().hasTag('fanFailure')).toBe(true);
    expect(t.snap().context.heatOn).toBe(false);
    t.press('repairFan');
    expect(t.snap().hasTag('fault')).toBe(false);
  });

  it('the over-temperature cut-out trips the heater and holds until it is switched off and repaired', () => {
    const t = start();
    toTicket(t);
    t.send({ type: 'fault.inject', fault: 'overTemp' });
    expect(t.snap().hasTag('overTemp')).toBe(true);
    t.press('heatOn');
    expect(t.snap().context.heatOn).toBe(false);
    t.press('repairController');
    expect(t.snap().hasTag('overTemp')).toBe(false);
  });

  it('an e-stop or a pull-cord stops the belt and the heaters; RESET only with both released', () => {
    const t = start();
    toTicket(t);
    t.clock.advance(PULL_DOWN_MS);
    t.press('conveyorStart');
    t.press('pullCord');
    expect(t.snap().hasTag('estop')).toBe(true);
    expect(t.snap().hasTag('hazard')).toBe(false);
    expect(t.snap().context.heatOn).toBe(false);
    t.press('estop');
    t.send({ type: 'user.release', control: 'pullCord' });
    t.press('reset');
    expect(t.snap().hasTag('estop')).toBe(true);
    t.send({ type: 'user.release', control: 'estop' });
    t.press('reset');
    expect(t.snap().hasTag('estop')).toBe(false);
    t.press('conveyorStart');
    expect(t.snap().hasTag('hazard')).toBe(true);
  });

  it('an open chiller door stops the belt and keeps it from starting', () => {
    const t = start();
    t.set('isolator', 'on');
    t.press('conveyorStart');
    t.set('chillerDoor', 'open');
    expect(t.snap().hasTag('conveyorRunning')).toBe(false);
    t.press('conveyorStart');
    expect(t.snap().hasTag('conveyorRunning')).toBe(false);
  });

  it('a jam at the exit stops the belt; it is cleared with the belt stopped', () => {
    const t = start();
    t.set('isolator', 'on');
    t.press('conveyorStart');
    t.send({ type: 'fault.inject', fault: 'exitJam' });
    expect(t.snap().hasTag('jam')).toBe(true);
    expect(t.snap().hasTag('hazard')).toBe(false);
    t.press('conveyorStart');
    expect(t.snap().hasTag('conveyorRunning')).toBe(false);
    t.press('clearJam');
    expect(t.snap().hasTag('jam')).toBe(false);
  });

  it('an iced chiller (fault wetShoes) wets the shoes until defrosted', () => {
    const t = start();
    toTicket(t);
    t.set('conveyorSpeed', '0.3');
    t.send({ type: 'fault.inject', fault: 'wetShoes' });
    t.clock.advance(PULL_DOWN_MS);
    t.press('conveyorStart');
    t.press('loadShoe');
    t.clock.advance(ticks(dwellS(HEAT_TUNNEL_M, 0.3)));
    t.press('unloadShoe');
    t.clock.advance(ticks(dwellS(CHILL_TUNNEL_M, 0.3)));
    t.press('delast');
    expect(t.snap().context.lastVerdict?.outcome).toBe('wet');
  });

  it('the settings as the previous job left them blister the shoe (130 °C) — too fast also loses the shape', () => {
    const t = start();
    t.set('isolator', 'on');
    t.set('fan', 'on');
    t.press('heatOn');
    t.press('chillerOn');
    t.set('chillTemp', '-10');
    t.clock.advance(PULL_DOWN_MS);
    t.press('conveyorStart');
    t.press('loadShoe');
    t.clock.advance(ticks(dwellS(HEAT_TUNNEL_M, 7)));
    t.press('unloadShoe');
    t.clock.advance(ticks(dwellS(CHILL_TUNNEL_M, 7)));
    t.press('delast');
    expect(t.snap().context.lastVerdict?.defects).toEqual(expect.arrayContaining(['tooHot', 'steamWet', 'tooShortHot', 'tooShortCold']));
  });
});
