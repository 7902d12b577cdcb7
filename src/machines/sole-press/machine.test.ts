import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import { createSession, type Session } from '../../engine/session.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { BOND_CAUSES, BOND_OUTCOMES } from './bondQuality.ts';
import { solePress } from './index.ts';
import {
  AMBIENT_C,
  BOND_MIN_PRESSURE_BAR,
  BOND_MIN_PRESS_S,
  COVER_CLOSE_MS,
  COVER_OPEN_MS,
  EXHAUST_MS,
  FILM_TEMP_MAX_C,
  FILM_TEMP_MIN_C,
  OPEN_TIME_MS,
  PRESSURE_BUILD_MS,
  REACTIVATION_MAX_S,
  REACTIVATION_MIN_S,
  REACTIVATOR_COLD_FAULT_OFFSET_C,
  REACTIVATOR_WARM_UP_MS,
  SCORCH_EXPOSURE_S,
  TICKET_PRESSURE_BAR,
  TICKET_PRESS_TIME_S,
  TICKET_REACTIVATOR_TEMP_C,
  TICKET_REACTIVATOR_TIME_S,
} from './constants.ts';
import type { SolePressContext } from './chart/types.ts';
import { solePressReadouts } from './status.ts';

const inject = (fault: string): GladiEvent => ({ type: 'fault.inject', fault });

const snap = (s: Session) => s.actor.getSnapshot();
const ctx = (s: Session) => snap(s).context as SolePressContext;
const at = (s: Session, v: object) => snap(s).matches(v as never);
const tags = (s: Session) => [...snap(s).tags];
const readouts = (s: Session) => solePressReadouts(snap(s) as never);
const statusKey = (s: Session) => solePress.status(snap(s)).key;
const refusalKey = (s: Session, e: GladiEvent) => solePress.refusal(snap(s), e).key;

const HOLD_MS = TICKET_PRESS_TIME_S * 1000;
const EXPOSURE_MS = TICKET_REACTIVATOR_TIME_S * 1000;

/** The pre-operation sensor test: the test rod into the beam blocks the press; rod out, hands out. */
function sensorTest(s: Session) {
  s.send(press('sensorTestRod'));
  s.send(press('clearZone'));
  s.send(release('handsZone'));
}
/** Air open at the ticket pressure, press on and set for the ticket, reactivator at temperature. */
function stationReady(over: { pressTimeS?: number; toeJack?: string; heelJack?: string; tempC?: number; timerS?: number; bar?: number } = {}) {
  const s = createSession(solePress);
  s.send(press('filterDrain'));
  s.send({ type: 'user.inspect', control: 'filterBowl' });
  s.send({ type: 'user.inspect', control: 'pad' });
  s.send({ type: 'user.inspect', control: 'upperPrep' });
  s.send({ type: 'user.inspect', control: 'solePrep' });
  s.send(set('airLineValve', 'open'));
  s.send(set('airRegulator', over.bar ?? TICKET_PRESSURE_BAR));
  s.send(set('mainSwitch', 'on'));
  sensorTest(s);
  s.send(set('pressTime', over.pressTimeS ?? TICKET_PRESS_TIME_S));
  s.send(set('toeJack', over.toeJack ?? 'medium'));
  s.send(set('heelJack', over.heelJack ?? 'medium'));
  s.send(set('reactivatorTemp', over.tempC ?? TICKET_REACTIVATOR_TEMP_C));
  s.send(set('reactivatorTimer', over.timerS ?? TICKET_REACTIVATOR_TIME_S));
  s.send(set('reactivatorSwitch', 'on'));
  s.advance(REACTIVATOR_WARM_UP_MS);
  return s;
}
/** Reactivate for the set time, take out, lay the sole and put the shoe on the pad (hands in). */
function shoeOnPad(s: Session, exposureMs = ctx(s).reactivatorTimeS * 1000) {
  expect(s.send(set('tray', 'in'))).toBe(true);
  s.advance(exposureMs);
  s.send(set('tray', 'out'));
  expect(s.send(press('laySole'))).toBe(true);
  expect(s.send(set('shoe', 'onPad'))).toBe(true);
  return s;
}
/** MANUAL: hands out, START, and the whole cycle until the cover is up again. */
function pressCycle(s: Session) {
  s.send(release('handsZone'));
  expect(s.send(press('start'))).toBe(true);
  s.advance(COVER_CLOSE_MS + PRESSURE_BUILD_MS + ctx(s).pressTimeS * 1000 + EXHAUST_MS + COVER_OPEN_MS);
  return s;
}

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

describe('sole press: wrong settings give the same defects', () => {
  it.each([
    [{ tempC: 50 }, { outcome: 'deadAdhesive', cause: 'filmTooCold' }],
    [{ tempC: 90 }, { outcome: 'cohesiveFailure', cause: 'filmTooHot' }],
    [{ timerS: 2 }, { outcome: 'deadAdhesive', cause: 'reactivatedTooShort' }],
    [{ timerS: 12 }, { outcome: 'cohesiveFailure', cause: 'reactivatedTooLong' }],
    [{ timerS: 20 }, { outcome: 'scorched', cause: 'scorchedUnderLamps' }],
    [{ bar: 3 }, { outcome: 'weakBond', cause: 'pressureLow' }],
    [{ pressTimeS: 5 }, { outcome: 'weakBond', cause: 'pressTimeShort' }],
    [{ toeJack: 'small' }, { outcome: 'toeLifting', cause: 'toeJackWrong' }],
    [{ heelJack: 'large' }, { outcome: 'heelLifting', cause: 'heelJackWrong' }],
  ] as const)('%o → %o', (over, expected) => {
    const s = pressCycle(shoeOnPad(stationReady(over)));
    expect(ctx(s).lastBond).toEqual(expected);
    expect(at(s, { work: { bonded: 'defect' } })).toBe(true);
    // The edge check finds the defect and tells the remedy.
    expect(statusKey(s)).toBe('status.bonded.checkEdges');
    s.send({ type: 'user.inspect', control: 'soleEdges' });
    expect(statusKey(s)).toBe(`status.bonded.${expected.cause}`);
  });
});

describe('sole press: whole shift', () => {
  it('a good sole end to end, then a proper shutdown completes the procedure', () => {
    const s = pressCycle(shoeOnPad(stationReady()));
    expect(at(s, { work: { bonded: 'good' } })).toBe(true);
    expect(tags(s)).toContain('bondGood');
    expect(readouts(s)).toMatchObject({ toeGap: false, heelGap: false, shoeOnPad: true });
    s.send({ type: 'user.inspect', control: 'soleEdges' });
    expect(ctx(s).checks.soleEdges).toBe(true);
    s.send(set('shoe', 'removed'));
    expect(ctx(s).goodSoles).toBe(1);
    expect(statusKey(s)).toBe('status.loadTray');
    s.send(set('reactivatorSwitch', 'off'));
    s.send(set('mainSwitch', 'off'));
    expect(tags(s)).not.toContain('complete');
    expect(statusKey(s)).toBe('status.shutDownRest');
    s.send(set('airLineValve', 'closed'));
    expect(tags(s)).toContain('complete');
    expect(statusKey(s)).toBe('status.shiftDone');
    expect(s.outcome().status).toBe('complete');
    expect(s.mistakes()).toEqual([]);
    // The session stops at complete; the chart itself leaves it if the air is opened again.
    expect(s.send(set('airLineValve', 'open'))).toBe(false);
    s.actor.send(set('airLineValve', 'open'));
    expect(tags(s)).not.toContain('complete');
  });

  it('a bad sole end to end: counted as a defect, no completion without a good one', () => {
    const s = pressCycle(shoeOnPad(stationReady({ heelJack: 'small' })));
    expect(tags(s)).toContain('fault');
    s.send(set('shoe', 'removed'));
    expect(ctx(s).defectSoles).toBe(1);
    // Jacks may still be set after heating (S33): only the lifting heel is counted, on removal.
    expect(s.mistakes().map((m) => [m.id, m.params])).toEqual([['soleLifting', undefined]]);
    s.send(set('reactivatorSwitch', 'off'));
    s.send(set('mainSwitch', 'off'));
    s.send(set('airLineValve', 'closed'));
    expect(tags(s)).not.toContain('complete');
  });

  it('pre-operation checks: the filter bowl passes only once drained', () => {
    const s = createSession(solePress);
    s.send({ type: 'user.inspect', control: 'filterBowl' });
    expect(ctx(s).checks.filterBowl).toBe(false);
    s.send(press('filterDrain'));
    expect(s.send(press('filterDrain'))).toBe(false);
    s.send({ type: 'user.inspect', control: 'filterBowl' });
    expect(ctx(s).checks.filterBowl).toBe(true);
  });

  it('cold machines read ambient and zero', () => {
    const s = createSession(solePress);
    expect(readouts(s)).toMatchObject({ airGaugeBar: 0, pressGaugeBar: 0, reactivatorDisplayC: AMBIENT_C, irLamps: 'off', pressPowerLamp: false });
    expect(statusKey(s)).toBe('status.off');
  });
});

describe('sole press: texts follow the numbers', () => {
  it('cause texts quote the windows in constants.ts', () => {
    for (const lang of ['id', 'en'] as const) {
      const m = solePress.messages[lang];
      expect(m['cause.filmTooHot']).toContain(String(FILM_TEMP_MAX_C));
      expect(m['cause.filmTooCold']).toContain(String(FILM_TEMP_MIN_C));
      expect(m['cause.reactivatedTooLong']).toContain(String(REACTIVATION_MAX_S));
      expect(m['cause.scorchedUnderLamps']).toContain(String(SCORCH_EXPOSURE_S));
      expect(m['cause.reactivatedTooShort']).toContain(String(REACTIVATION_MIN_S));
      expect(m['cause.openTimeExceeded']).toContain(String(OPEN_TIME_MS / 1000));
      expect(m['cause.pressureLow']).toContain(String(BOND_MIN_PRESSURE_BAR));
      expect(m['cause.pressTimeShort']).toContain(String(BOND_MIN_PRESS_S));
    }
  });

  it('every bond cause has a status line and every outcome its reason, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const m = solePress.messages[lang];
      for (const o of BOND_OUTCOMES)
        expect([m[`outcome.${o}`], m[`outcome.${o}.why`]].every(Boolean), `${lang} ${o}`).toBe(true);
      for (const c of BOND_CAUSES)
        expect([m[`status.bonded.${c}`], m[`cause.${c}`]].every(Boolean), `${lang} ${c}`).toBe(true);
    }
  });
});
