import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import {
  COVER_CLOSE_MS,
  COVER_OPEN_MS,
  EXHAUST_MS,
  PRESSURE_BUILD_MS,
  TICKET_PRESSURE_BAR,
  TICKET_PRESS_TIME_S,
} from './constants.ts';
import { at, ctx, HOLD_MS, inject, pressCycle, readouts, refusalKey, shoeOnPad, snap, stationReady, statusKey, tags } from './testSessions.ts';

// Sole press chart: the press cycle and its air supply.

describe('sole press: the press cycle', () => {
  it('closes, builds pressure, holds for the set time, exhausts and opens, each for its delay', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(press('start'));
    expect(at(s, { press: { powered: { cycle: 'closing' } } })).toBe(true);
    expect(tags(s)).toEqual(expect.arrayContaining(['hazard', 'coverClosing']));
    expect(readouts(s).coverClosed).toBe(1);
    s.advance(COVER_CLOSE_MS - 1);
    expect(snap(s).hasTag('coverClosing')).toBe(true);
    s.advance(1);
    expect(snap(s).hasTag('pressurising')).toBe(true);
    expect(at(s, { work: 'pressing' })).toBe(true);
    expect(readouts(s)).toMatchObject({ padInflated: 1, pressGaugeBar: TICKET_PRESSURE_BAR });
    s.advance(PRESSURE_BUILD_MS - 1);
    expect(snap(s).hasTag('pressurising')).toBe(true);
    s.advance(1);
    expect(snap(s).hasTag('holding')).toBe(true);
    expect(readouts(s).pressTimerS).toBe(TICKET_PRESS_TIME_S);
    s.advance(HOLD_MS - 1);
    expect(snap(s).hasTag('holding')).toBe(true);
    expect(readouts(s).pressTimerS).toBe(0.5);
    s.advance(1);
    expect(snap(s).hasTag('exhausting')).toBe(true);
    expect(tags(s)).toContain('hazard');
    expect(readouts(s)).toMatchObject({ padInflated: 0, pressGaugeBar: 0, coverClosed: 1 });
    // The result is known when the pad lets go; the shoe can be taken once the cover is up.
    expect(at(s, { work: { bonded: 'good' } })).toBe(true);
    expect(s.send(set('shoe', 'removed'))).toBe(false);
    s.advance(EXHAUST_MS - 1);
    expect(snap(s).hasTag('exhausting')).toBe(true);
    s.advance(1);
    expect(snap(s).hasTag('coverOpening')).toBe(true);
    // The cover swinging up is not a hazard state; only the reactivator lamps still are.
    expect(tags(s)).toContain('hazard');
    s.send(set('reactivatorSwitch', 'off'));
    expect(tags(s)).not.toContain('hazard');
    s.advance(COVER_OPEN_MS);
    expect(at(s, { press: { powered: 'ready' } })).toBe(true);
    expect(statusKey(s)).toBe('status.bonded.checkEdges');
    s.send({ type: 'user.inspect', control: 'soleEdges' });
    expect(statusKey(s)).toBe('status.bonded.allCorrect');
  });

  it('settings are locked while the cover is down', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(press('start'));
    for (const e of [set('airRegulator', 7), set('pressTime', 30), set('toeJack', 'large'), set('modeSelector', 'auto')]) {
      expect(s.send(e), JSON.stringify(e)).toBe(false);
      expect(refusalKey(s, e)).toBe('refusal.coverDown');
    }
  });

  it('MANUAL: withdrawing the hands does nothing; START with hands in the zone is refused', () => {
    const s = shoeOnPad(stationReady());
    expect(ctx(s).handsInZone).toBe(true);
    expect(statusKey(s)).toBe('status.manualWithdrawHands');
    expect(s.send(press('start'))).toBe(false);
    expect(refusalKey(s, press('start'))).toBe('refusal.handsInZone');
    expect(s.mistakes().map((m) => m.id)).toEqual(['startWithHandsInZone']);
    s.send(release('handsZone'));
    expect(snap(s).hasTag('coverClosing')).toBe(false);
    expect(statusKey(s)).toBe('status.manualPressStart');
    expect(s.send(press('start'))).toBe(true);
    expect(snap(s).hasTag('coverClosing')).toBe(true);
  });

  it('AUTO: the cover closes by itself when the hands leave; START is not used', () => {
    const s = stationReady();
    s.send(set('modeSelector', 'auto'));
    shoeOnPad(s);
    expect(statusKey(s)).toBe('status.autoWithdrawHands');
    expect(s.send(press('start'))).toBe(false);
    expect(refusalKey(s, press('start'))).toBe('refusal.autoMode');
    s.send(release('handsZone'));
    expect(snap(s).hasTag('coverClosing')).toBe(true);
  });

  it('AUTO with no shoe on the pad: hands in and out close nothing', () => {
    const s = stationReady();
    s.send(set('modeSelector', 'auto'));
    s.send(press('handsZone'));
    s.send(release('handsZone'));
    expect(snap(s).hasTag('hazard')).toBe(true); // the reactivator lamps only
    expect(at(s, { press: { powered: 'ready' } })).toBe(true);
    expect(s.send(press('start'))).toBe(false);
  });

  it('hands into the zone while the cover closes: it stops and opens again (sensor test)', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(press('start'));
    s.advance(COVER_CLOSE_MS / 2);
    s.send(press('handsZone'));
    expect(snap(s).hasTag('coverOpening')).toBe(true);
    expect(ctx(s).handsInZone).toBe(true);
    expect(ctx(s).lastStop).toBe('hands');
    expect(ctx(s).tests.sensorTrip).toBe(true);
    expect(s.mistakes().map((m) => m.id)).toContain('handsIntoClosingCover');
    s.advance(COVER_OPEN_MS);
    expect(at(s, { work: { open: 'onPad' } })).toBe(true);
    expect(statusKey(s)).toBe('status.stopped.hands');
    // The shoe was never pressed: the cycle can be run again.
    pressCycle(s);
    expect(ctx(s).lastBond?.outcome).toBe('good');
  });

  it('STOP while closing opens the cover; STOP while holding exhausts and opens, and the short hold shows', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(press('start'));
    s.send(press('stop'));
    expect(snap(s).hasTag('coverOpening')).toBe(true);
    expect(at(s, { work: { open: 'onPad' } })).toBe(true);
    s.advance(COVER_OPEN_MS);
    expect(s.send(press('start'))).toBe(true);
    s.advance(COVER_CLOSE_MS + PRESSURE_BUILD_MS + 3000);
    expect(snap(s).hasTag('holding')).toBe(true);
    s.send(press('stop'));
    expect(snap(s).hasTag('exhausting')).toBe(true);
    expect(ctx(s).lastBond).toEqual({ outcome: 'weakBond', cause: 'pressTimeShort' });
    s.advance(EXHAUST_MS + COVER_OPEN_MS);
    expect(at(s, { press: { powered: 'ready' } })).toBe(true);
    expect(s.send(press('stop'))).toBe(false);
    expect(refusalKey(s, press('stop'))).toBe('refusal.nothingToStop');
  });

  it('no cycle without a laid shoe on the pad', () => {
    const s = stationReady();
    expect(s.send(press('start'))).toBe(false);
    expect(refusalKey(s, press('start'))).toBe('refusal.noShoeOnPad');
  });
});

describe('sole press: air', () => {
  it('no cycle with the valve shut or the regulator below the minimum', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(set('airRegulator', 1));
    expect(at(s, { air: { open: 'low' } })).toBe(true);
    expect(at(s, { press: { powered: 'noAir' } })).toBe(true);
    expect(s.send(press('start'))).toBe(false);
    expect(refusalKey(s, press('start'))).toBe('refusal.regulatorLow');
    expect(statusKey(s)).toBe('status.regulatorLow');
    s.send(set('airRegulator', 2));
    expect(at(s, { press: { powered: 'ready' } })).toBe(true);
    s.send(set('airLineValve', 'closed'));
    expect(readouts(s).airGaugeBar).toBe(0);
    expect(refusalKey(s, press('start'))).toBe('refusal.airValveClosed');
  });

  it('fault airLow: the supply falls below the minimum; restarting the compressor clears it', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(inject('airLow'));
    expect(tags(s)).toEqual(expect.arrayContaining(['fault', 'airLow']));
    expect(readouts(s).airGaugeBar).toBeLessThan(2);
    expect(s.send(press('start'))).toBe(false);
    expect(refusalKey(s, press('start'))).toBe('refusal.airSupplyLow');
    expect(s.send(press('compressor'))).toBe(true);
    expect(s.send(press('start'))).toBe(true);
  });

  it('air lost in the hold: pressing stops, the cover opens, the short hold is judged', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(press('start'));
    s.advance(COVER_CLOSE_MS + PRESSURE_BUILD_MS + 2000);
    s.send(inject('airLow'));
    expect(snap(s).hasTag('exhausting')).toBe(true);
    expect(ctx(s).lastStop).toBe('airLost');
    expect(ctx(s).lastBond?.cause).toBe('pressTimeShort');
  });

  it('air lost while closing: the cover goes back up', () => {
    const s = shoeOnPad(stationReady());
    s.send(release('handsZone'));
    s.send(press('start'));
    s.send(set('airLineValve', 'closed'));
    expect(snap(s).hasTag('coverOpening')).toBe(true);
    expect(s.mistakes().map((m) => m.id)).toEqual(['cycleCutOff']);
  });
});
