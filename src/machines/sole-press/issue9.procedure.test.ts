import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { createSession, type Session } from '../../engine/session.ts';
import {
  COVER_CLOSE_MS,
  COVER_OPEN_MS,
  EXHAUST_MS,
  OPEN_TIME_MS,
  PRESSURE_BUILD_MS,
  REACTIVATOR_WARM_UP_MS,
  TICKET_PRESSURE_BAR,
  TICKET_PRESS_TIME_S,
  TICKET_REACTIVATOR_TEMP_C,
  TICKET_REACTIVATOR_TIME_S,
} from './constants.ts';
import { solePressMessages } from './content.ts';
import { solePress } from './index.ts';
import type { SolePressContext } from './chart/types.ts';

/** Corrections of Gladi issue 9 (sole press and reactivator), each named here: the chart and the procedure. */
const inject = (fault: string): GladiEvent => ({ type: 'fault.inject', fault });
const look = (control: string): GladiEvent => ({ type: 'user.inspect', control });
const ctx = (s: Session) => s.actor.getSnapshot().context as SolePressContext;
const at = (s: Session, v: object) => s.actor.getSnapshot().matches(v as never);
const mistakeIds = (s: Session) => s.mistakes().map((m) => m.id);
const wrongOrders = (s: Session) => s.mistakes().filter((m) => m.id === 'wrongOrder').map((m) => m.params);
const CYCLE_MS = COVER_CLOSE_MS + PRESSURE_BUILD_MS + TICKET_PRESS_TIME_S * 1000 + EXHAUST_MS + COVER_OPEN_MS;

/** The sensor test: the test rod in the beam blocks the ready press; then rod out, hands out. */
function sensorTest(s: Session) {
  expect(s.send(press('sensorTestRod'))).toBe(true);
  expect(s.actor.getSnapshot().matches({ press: { powered: 'zoneBlocked' } } as never)).toBe(true);
  expect(solePress.status(s.actor.getSnapshot()).key).toBe('status.sensorTestPassed');
  expect(s.send(press('start'))).toBe(false);
  expect(s.send(press('clearZone'))).toBe(true);
  expect(s.send(release('handsZone'))).toBe(true);
  expect(s.actor.getSnapshot().matches({ press: { powered: 'ready' } } as never)).toBe(true);
}
/** Checks, air, press on, sensor tested; the reactivator set and ready. Jacks/timer optional. */
function ready(o: { sensorTest?: boolean; benchChecks?: boolean; pressSettings?: boolean } = {}) {
  const s = createSession(solePress);
  s.send(press('filterDrain'));
  s.send(look('filterBowl'));
  s.send(look('pad'));
  if (o.benchChecks !== false) {
    s.send(look('upperPrep'));
    s.send(look('solePrep'));
  }
  s.send(set('airLineValve', 'open'));
  s.send(set('airRegulator', TICKET_PRESSURE_BAR));
  s.send(set('reactivatorTemp', TICKET_REACTIVATOR_TEMP_C));
  s.send(set('reactivatorTimer', TICKET_REACTIVATOR_TIME_S));
  s.send(set('reactivatorSwitch', 'on'));
  s.send(set('mainSwitch', 'on'));
  if (o.pressSettings !== false) {
    s.send(set('pressTime', TICKET_PRESS_TIME_S));
    s.send(set('toeJack', 'medium'));
    s.send(set('heelJack', 'medium'));
  }
  if (o.sensorTest !== false) sensorTest(s);
  s.advance(REACTIVATOR_WARM_UP_MS);
  return s;
}
function heatAndLay(s: Session) {
  s.send(set('tray', 'in'));
  s.advance(TICKET_REACTIVATOR_TIME_S * 1000);
  s.send(set('tray', 'out'));
  s.send(press('laySole'));
  return s;
}
function pressIt(s: Session) {
  s.send(set('shoe', 'onPad'));
  s.send(release('handsZone'));
  expect(s.send(press('start'))).toBe(true);
  s.advance(CYCLE_MS);
  return s;
}

describe('issue 9: the way back from a laid sole to the reactivator', () => {
  it('from "sole laid" and from "on pad" the sole can be peeled off, reheated and pressed; the open time runs on', () => {
    for (const onPad of [false, true]) {
      const s = heatAndLay(ready());
      if (onPad) s.send(set('shoe', 'onPad'));
      s.advance(OPEN_TIME_MS - 5000);
      expect(s.send(press('peelSole'))).toBe(true);
      expect(at(s, { work: { open: 'inHand' } })).toBe(true);
      expect(ctx(s).handsInZone).toBe(false);
      // Peeling does not restart the open time: it still runs out at OPEN_TIME_MS.
      expect(ctx(s).adhesiveDead).toBe(false);
      s.advance(5000);
      expect(ctx(s).adhesiveDead).toBe(true);
      expect(solePress.status(s.actor.getSnapshot()).key).toBe('status.adhesiveDeadReactivate');
      // Reactivated again, the film is fresh and the sole bonds.
      heatAndLay(s);
      s.send({ type: 'user.press', control: 'handsZone' });
      pressIt(s);
      expect(ctx(s).lastBond?.outcome).toBe('good');
    }
  });
  it('the dead-cement advice names the way back, and the hints take it', () => {
    const s = heatAndLay(ready());
    s.advance(OPEN_TIME_MS);
    expect(solePress.status(s.actor.getSnapshot()).key).toBe('status.adhesiveDead');
    expect(s.hints()).toContainEqual(press('peelSole'));
  });
  it('no peeling while the cover is down or once pressed', () => {
    const s = heatAndLay(ready());
    s.send(set('shoe', 'onPad'));
    s.send(release('handsZone'));
    s.send(press('start'));
    expect(s.send(press('peelSole'))).toBe(false);
    expect(solePress.refusal(s.actor.getSnapshot(), press('peelSole')).key).toBe('refusal.coverDown');
    s.advance(CYCLE_MS);
    expect(s.send(press('peelSole'))).toBe(false);
    expect(solePress.refusal(s.actor.getSnapshot(), press('peelSole')).key).toBe('refusal.noSoleToPeel');
  });
});

describe('issue 9: the sensor test and the sole-edge check are required', () => {
  it('the sensor test: the test rod in the beam blocks the press, and the hints lead to it', () => {
    const s = ready({ sensorTest: false });
    expect(ctx(s).tests.sensorTrip).toBe(false);
    expect(s.steps().find((st) => st.id === 'testSensor')?.done).toBe(false);
    expect(s.hints()).toContainEqual(press('sensorTestRod'));
    sensorTest(s);
    expect(ctx(s).tests.sensorTrip).toBe(true);
    expect(mistakeIds(s)).toEqual([]);
    expect(s.steps().find((st) => st.id === 'testSensor')?.done).toBe(true);
  });
  it('pressing a sole without the sensor test is a graded mistake', () => {
    const s = pressIt(heatAndLay(ready({ sensorTest: false })));
    expect(wrongOrders(s)).toContainEqual({ step: 'pressSole', skipped: 'testSensor' });
  });
  it('taking the shoe off without checking the sole edges is a graded mistake', () => {
    const s = pressIt(heatAndLay(ready()));
    s.send(set('shoe', 'removed'));
    expect(wrongOrders(s)).toEqual([{ step: 'removeShoe', skipped: 'checkSoleEdges' }]);
  });
  it('a clean run with both done makes no mistake', () => {
    const s = pressIt(heatAndLay(ready()));
    s.send(look('soleEdges'));
    s.send(set('shoe', 'removed'));
    expect(mistakeIds(s)).toEqual([]);
  });
  it('the edge check finds the lifted toe of a worn pad and tells the remedy', () => {
    const s = heatAndLay(ready());
    s.send(inject('padWorn'));
    pressIt(s);
    expect(solePress.status(s.actor.getSnapshot()).key).toBe('status.bonded.checkEdges');
    s.send(look('soleEdges'));
    expect(ctx(s).lastBond).toEqual({ outcome: 'toeLifting', cause: 'padWorn' });
    expect(solePress.status(s.actor.getSnapshot()).key).toBe('status.bonded.padWorn');
    expect(solePressMessages.id['status.bonded.padWorn']).toMatch(/tutup keran angin.*ganti/);
    expect(solePressMessages.en['status.bonded.padWorn']).toMatch(/close the air valve.*replace/);
    // The remedy: shoe off, air shut, pad replaced.
    s.send(set('shoe', 'removed'));
    s.send(set('airLineValve', 'closed'));
    expect(s.send(press('replacePad'))).toBe(true);
    expect(ctx(s).padWorn).toBe(false);
  });
});

describe('issue 9: jacks, press time and pressure may be set after laying the sole', () => {
  it('heating first and setting the press after laying the sole is no wrong order', () => {
    const s = ready({ pressSettings: false });
    s.send(set('airRegulator', 3));
    heatAndLay(s);
    s.send(set('shoe', 'onPad'));
    s.send(set('toeJack', 'medium'));
    s.send(set('heelJack', 'medium'));
    s.send(set('pressTime', TICKET_PRESS_TIME_S));
    s.send(set('airRegulator', TICKET_PRESSURE_BAR));
    pressIt(s);
    expect(ctx(s).lastBond?.outcome).toBe('good');
    s.send(look('soleEdges'));
    s.send(set('shoe', 'removed'));
    expect(mistakeIds(s)).toEqual([]);
  });
  it('pressing with the ticket settings still missing is graded', () => {
    const s = pressIt(heatAndLay(ready({ pressSettings: false })));
    expect(ctx(s).lastBond?.outcome).not.toBe('good');
    s.send(look('soleEdges'));
    expect(s.mistakes().map((m) => m.id)).toContain('pressTimeOffTicket');
  });
});

describe('issue 9: bottom preparation is checked at the bench', () => {
  it('upper and sole are checked before heating; heating unchecked work is out of order', () => {
    const s = heatAndLay(ready({ benchChecks: false }));
    expect(wrongOrders(s)).toEqual([{ step: 'reactivate', skipped: 'checkUpperPrep,checkSolePrep' }]);
    expect(s.send(look('solePrep'))).toBe(false);
  });
  it.each([
    ['soleNotRoughened', 'soleNotRoughened'],
    ['soleContaminated', 'soleContaminated'],
  ])('fault %s: the sole check fails; pressed anyway it is an adhesion failure the bond model explains', (fault, cause) => {
    const s = createSession(solePress);
    expect(s.send(inject(fault))).toBe(true);
    s.send(look('solePrep'));
    expect(ctx(s).checks.solePrep).toBe(false);
    expect(solePress.status(s.actor.getSnapshot()).key).toBe(`status.solePrep.${fault.replace('sole', '').replace(/^./, (c) => c.toLowerCase())}`);
    const r = heatAndLay(readyFrom(s));
    pressIt(r);
    r.send(look('soleEdges'));
    expect(ctx(r).lastBond).toEqual({ outcome: 'adhesionFailure', cause });
    expect(solePress.status(r.actor.getSnapshot()).key).toBe(`status.bonded.${cause}`);
    r.send(set('shoe', 'removed'));
    expect(mistakeIds(r)).toContain('adhesionFailure');
  });
  it('the remedy: the sole is prepared again, then the check passes and the sole bonds', () => {
    const s = createSession(solePress);
    s.send(inject('soleContaminated'));
    s.send(look('solePrep'));
    expect(s.hints()).toContainEqual(press('reprepareSole'));
    expect(s.send(press('reprepareSole'))).toBe(true);
    s.send(look('solePrep'));
    expect(ctx(s).checks.solePrep).toBe(true);
    pressIt(heatAndLay(readyFrom(s)));
    expect(ctx(s).lastBond?.outcome).toBe('good');
  });
  it('the faults belong to work at the bench only', () => {
    const s = heatAndLay(ready());
    expect(s.send(inject('soleContaminated'))).toBe(false);
  });
});

/** `ready()` continued on a session that has already looked at the work. */
function readyFrom(s: Session) {
  s.send(press('filterDrain'));
  s.send(look('filterBowl'));
  s.send(look('pad'));
  s.send(look('upperPrep'));
  s.send(set('airLineValve', 'open'));
  s.send(set('airRegulator', TICKET_PRESSURE_BAR));
  s.send(set('reactivatorTemp', TICKET_REACTIVATOR_TEMP_C));
  s.send(set('reactivatorTimer', TICKET_REACTIVATOR_TIME_S));
  s.send(set('reactivatorSwitch', 'on'));
  s.send(set('mainSwitch', 'on'));
  s.send(set('pressTime', TICKET_PRESS_TIME_S));
  s.send(set('toeJack', 'medium'));
  s.send(set('heelJack', 'medium'));
  sensorTest(s);
  s.advance(REACTIVATOR_WARM_UP_MS);
  return s;
}
