import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import { createSession } from '../../engine/session.ts';
import { solePress } from './index.ts';
import {
  COVER_CLOSE_MS,
  COVER_OPEN_MS,
  PRESSURE_BUILD_MS,
  REACTIVATOR_COLD_FAULT_OFFSET_C,
  REACTIVATOR_WARM_UP_MS,
  TICKET_REACTIVATOR_TEMP_C,
} from './constants.ts';
import { at, ctx, inject, pressCycle, readouts, refusalKey, shoeOnPad, snap, stationReady, statusKey, tags } from './testSessions.ts';

// Sole press chart: the e-stop circuit and the injected faults.

describe('sole press: emergency stop', () => {
  it('dumps the pressure, switches the lamps off and latches until both mushrooms are out and RESET', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(press('start'));
    s.advance(COVER_CLOSE_MS + PRESSURE_BUILD_MS + 1000);
    s.send(press('estop'));
    expect(tags(s)).toContain('estop');
    expect(tags(s)).not.toContain('hazard');
    expect(at(s, { press: 'halted' })).toBe(true);
    expect(at(s, { reactivator: 'halted' })).toBe(true);
    expect(readouts(s)).toMatchObject({ pressGaugeBar: 0, padInflated: 0, coverClosed: 0, irLamps: 'off' });
    // The interrupted hold is judged (too short).
    expect(ctx(s).lastBond?.cause).toBe('pressTimeShort');
    // Nothing re-energises while latched.
    expect(s.send(press('reset'))).toBe(false);
    expect(refusalKey(s, press('reset'))).toBe('refusal.estopStillLatched');
    s.send(set('reactivatorSwitch', 'off'));
    s.send(set('reactivatorSwitch', 'on'));
    expect(tags(s)).not.toContain('hazard');
    s.advance(REACTIVATOR_WARM_UP_MS);
    expect(tags(s)).not.toContain('hazard');
    // A second mushroom (the reactivator's) on the same circuit.
    s.send(press('reactivatorEstop'));
    s.send(release('estop'));
    expect(at(s, { safety: { estopped: 'latched' } })).toBe(true);
    expect(s.send(press('reset'))).toBe(false);
    s.send(release('reactivatorEstop'));
    expect(at(s, { safety: { estopped: 'released' } })).toBe(true);
    expect(statusKey(s)).toBe('status.estopReleased');
    expect(s.send(press('reset'))).toBe(true);
    expect(at(s, { safety: 'normal' })).toBe(true);
    expect(at(s, { press: { powered: 'ready' } })).toBe(true);
    expect(at(s, { reactivator: { on: 'warming' } })).toBe(true);
  });

  it('the reactivator mushroom alone stops both machines', () => {
    const s = stationReady();
    s.send(set('tray', 'in'));
    s.advance(2000);
    s.send(press('reactivatorEstop'));
    expect(tags(s)).toContain('estop');
    expect(tags(s)).not.toContain('hazard');
    expect(at(s, { press: 'halted' })).toBe(true);
    // The exposure was cut short: the work waits on the tray with an under-heated film.
    expect(at(s, { work: { open: 'inTray' } })).toBe(true);
    expect(ctx(s).film?.exposureS).toBe(2);
  });

  it('main switch off while e-stopped: RESET brings the press back off', () => {
    const s = stationReady();
    s.send(press('estop'));
    s.send(set('mainSwitch', 'off'));
    s.send(release('estop'));
    s.send(press('reset'));
    expect(at(s, { press: { off: 'idle' } })).toBe(true);
  });

  it('switching a machine on while e-stopped does not energise it', () => {
    const s = createSession(solePress);
    s.send(press('estop'));
    s.send(set('mainSwitch', 'on'));
    s.send(set('reactivatorSwitch', 'on'));
    expect(at(s, { press: 'halted' })).toBe(true);
    expect(at(s, { reactivator: 'halted' })).toBe(true);
    expect(tags(s)).not.toContain('hazard');
  });
});

describe('sole press: faults', () => {
  it('coverBlocked: the sensor sees an object; the cover will not close until it is removed', () => {
    const s = shoeOnPad(stationReady());
    s.send(inject('coverBlocked'));
    expect(at(s, { press: { powered: 'zoneBlocked' } })).toBe(true);
    expect(tags(s)).toContain('fault');
    expect(readouts(s).sensorBeamBroken).toBe(true);
    s.send(release('handsZone'));
    expect(s.send(press('start'))).toBe(false);
    expect(refusalKey(s, press('start'))).toBe('refusal.zoneBlocked');
    expect(s.send(press('clearZone'))).toBe(true);
    expect(ctx(s).handsInZone).toBe(true);
    s.send(release('handsZone'));
    expect(s.send(press('start'))).toBe(true);
  });

  it('coverBlocked while closing: the cover goes back up', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(press('start'));
    s.send(inject('coverBlocked'));
    expect(snap(s).hasTag('coverOpening')).toBe(true);
    expect(ctx(s).lastStop).toBe('blocked');
    s.advance(COVER_OPEN_MS);
    expect(at(s, { press: { powered: 'zoneBlocked' } })).toBe(true);
  });

  it('padWorn: the toe lifts; replacing the pad needs the air shut and the pad clear', () => {
    const s = stationReady();
    s.send(inject('padWorn'));
    s.send({ type: 'user.inspect', control: 'pad' });
    expect(ctx(s).checks.pad).toBe(false);
    shoeOnPad(s);
    pressCycle(s);
    expect(ctx(s).lastBond).toEqual({ outcome: 'toeLifting', cause: 'padWorn' });
    expect(at(s, { work: { bonded: 'defect' } })).toBe(true);
    expect(tags(s)).toEqual(expect.arrayContaining(['fault', 'bondDefect']));
    expect(readouts(s)).toMatchObject({ toeGap: true, heelGap: false });
    expect(s.send(press('replacePad'))).toBe(false);
    expect(s.mistakes().map((m) => m.id)).toEqual(['padWorkWithAir']);
    s.send(set('airLineValve', 'closed'));
    expect(s.send(press('replacePad'))).toBe(false);
    expect(refusalKey(s, press('replacePad'))).toBe('refusal.removeShoeFirst');
    s.send(set('shoe', 'removed'));
    expect(s.mistakes().map((m) => m.id)).toEqual(['padWorkWithAir', 'soleLifting']);
    expect(s.send(press('replacePad'))).toBe(true);
    s.send({ type: 'user.inspect', control: 'pad' });
    expect(ctx(s).checks.pad).toBe(true);
  });

  it('reactivatorCold: the ready lamp comes on but the film stays cold; the display shows it', () => {
    const s = stationReady();
    s.send(inject('reactivatorCold'));
    expect(readouts(s).reactivatorDisplayC).toBe(TICKET_REACTIVATOR_TEMP_C + REACTIVATOR_COLD_FAULT_OFFSET_C);
    pressCycle(shoeOnPad(s));
    expect(ctx(s).lastBond).toEqual({ outcome: 'deadAdhesive', cause: 'filmTooCold' });
    // The repair is done switched off.
    expect(s.send(press('repairReactivator'))).toBe(false);
    expect(refusalKey(s, press('repairReactivator'))).toBe('refusal.switchReactivatorOff');
    s.send(set('reactivatorSwitch', 'off'));
    expect(s.send(press('repairReactivator'))).toBe(true);
    expect(ctx(s).reactivatorFault).toBeNull();
  });

  it('reactivatorHot: the film overshoots; the bond is weak (cohesive), the shoe not scorched', () => {
    const s = stationReady();
    s.send(inject('reactivatorHot'));
    pressCycle(shoeOnPad(s));
    expect(ctx(s).lastBond).toEqual({ outcome: 'cohesiveFailure', cause: 'filmTooHot' });
    s.send({ type: 'user.inspect', control: 'soleEdges' });
    s.send(set('shoe', 'removed'));
    expect(s.mistakes().map((m) => m.id)).toEqual(['cohesiveFailure']);
  });

  it('openTimeExceeded: the injected interruption kills the film', () => {
    const s = shoeOnPad(stationReady());
    expect(s.send(inject('openTimeExceeded'))).toBe(true);
    pressCycle(s);
    expect(ctx(s).lastBond?.cause).toBe('openTimeExceeded');
  });

  it('faults that need their moment are refused outside it', () => {
    const s = createSession(solePress);
    expect(s.send(inject('openTimeExceeded'))).toBe(false);
    expect(refusalKey(s, inject('openTimeExceeded'))).toBe('refusal.faultNotNow');
  });
});
