import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import { createSession } from '../../engine/session.ts';
import { solePress } from './index.ts';
import {
  OPEN_TIME_MS,
  REACTIVATOR_WARM_UP_MS,
  TICKET_REACTIVATOR_TEMP_C,
  TICKET_REACTIVATOR_TIME_S,
} from './constants.ts';
import { at, ctx, EXPOSURE_MS, pressCycle, readouts, refusalKey, shoeOnPad, snap, stationReady, statusKey, tags } from './testSessions.ts';

// Sole press chart: the reactivator and the adhesive's open time.

describe('sole press: reactivator', () => {
  it('warms up for the set time before the ready lamp; the IR lamps are a hazard while on', () => {
    const s = createSession(solePress);
    expect(tags(s)).not.toContain('hazard');
    s.send(set('reactivatorSwitch', 'on'));
    expect(tags(s)).toContain('hazard');
    expect(readouts(s).irLamps).toBe('full');
    s.advance(REACTIVATOR_WARM_UP_MS - 1);
    expect(snap(s).hasTag('reactivatorReady')).toBe(false);
    expect(s.send(set('tray', 'in'))).toBe(false);
    expect(refusalKey(s, set('tray', 'in'))).toBe('refusal.reactivatorWarming');
    s.advance(1);
    expect(snap(s).hasTag('reactivatorReady')).toBe(true);
    expect(readouts(s).reactivatorReadyLamp).toBe(true);
    expect(readouts(s).irLamps).toBe('standby');
  });

  it('a new setpoint means waiting for the ready lamp again', () => {
    const s = stationReady();
    s.send(set('reactivatorTemp', 60));
    expect(at(s, { reactivator: { on: 'warming' } })).toBe(true);
    s.advance(REACTIVATOR_WARM_UP_MS);
    expect(at(s, { reactivator: { on: 'ready' } })).toBe(true);
  });

  it('times the exposure: under the lamps until the timer runs out, then the film is active', () => {
    const s = stationReady();
    s.send(set('tray', 'in'));
    expect(statusKey(s)).toBe('status.activating');
    expect(readouts(s).trayIn).toBe(true);
    // Settings are locked while an exposure is timed.
    expect(s.send(set('reactivatorTimer', 8))).toBe(false);
    expect(s.send(set('reactivatorTemp', 80))).toBe(false);
    s.advance(EXPOSURE_MS - 1);
    expect(at(s, { work: 'inReactivator' })).toBe(true);
    expect(readouts(s).reactivatorTimerS).toBe(1);
    s.advance(1);
    expect(at(s, { work: { open: 'inTray' } })).toBe(true);
    expect(at(s, { reactivator: { on: 'ready' } })).toBe(true);
    expect(ctx(s).film).toEqual({ tempC: TICKET_REACTIVATOR_TEMP_C, exposureS: TICKET_REACTIVATOR_TIME_S });
  });

  it('pulling the tray out early gives a short exposure', () => {
    const s = stationReady();
    s.send(set('tray', 'in'));
    s.advance(2000);
    s.send(set('tray', 'out'));
    expect(at(s, { work: { open: 'inHand' } })).toBe(true);
    expect(ctx(s).film?.exposureS).toBe(2);
  });

  it('the cement must be reactivated before the sole can be laid', () => {
    const s = stationReady();
    expect(s.send(press('laySole'))).toBe(false);
    expect(refusalKey(s, press('laySole'))).toBe('refusal.reactivateFirst');
    expect(s.send(set('shoe', 'onPad'))).toBe(false);
  });
});

describe('sole press: open time', () => {
  it('the film goes dead exactly at the open time unless it is under pressure', () => {
    const s = stationReady();
    s.send(set('tray', 'in'));
    s.advance(EXPOSURE_MS);
    s.advance(OPEN_TIME_MS - 1);
    expect(ctx(s).adhesiveDead).toBe(false);
    s.advance(1);
    expect(ctx(s).adhesiveDead).toBe(true);
    expect(statusKey(s)).toBe('status.adhesiveDeadReactivate');
  });

  it('a dead film can be reactivated again before the sole is laid', () => {
    const s = stationReady();
    s.send(set('tray', 'in'));
    s.advance(EXPOSURE_MS + OPEN_TIME_MS);
    s.send(set('tray', 'out'));
    expect(s.send(set('tray', 'in'))).toBe(true);
    expect(ctx(s).adhesiveDead).toBe(false);
    s.advance(EXPOSURE_MS);
    s.send(set('tray', 'out'));
    s.send(press('laySole'));
    s.send(set('shoe', 'onPad'));
    pressCycle(s);
    expect(ctx(s).lastBond?.outcome).toBe('good');
  });

  it('waiting too long with the sole laid gives dead cement', () => {
    const s = shoeOnPad(stationReady());
    s.advance(OPEN_TIME_MS);
    expect(statusKey(s)).toBe('status.adhesiveDead');
    pressCycle(s);
    expect(ctx(s).lastBond).toEqual({ outcome: 'deadAdhesive', cause: 'openTimeExceeded' });
  });

  it('the open time stops once the pad presses', () => {
    const s = shoeOnPad(stationReady({ pressTimeS: 99 }));
    s.send(release('handsZone'));
    s.send(press('start'));
    s.advance(OPEN_TIME_MS + 5000);
    expect(at(s, { press: { powered: { cycle: { pressed: 'holding' } } } })).toBe(true);
    expect(ctx(s).adhesiveDead).toBe(false);
  });
});
