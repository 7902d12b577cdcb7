import { expect } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import { createSession, type Session } from '../../engine/session.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { SolePressContext } from './chart/types.ts';
import {
  COVER_CLOSE_MS,
  COVER_OPEN_MS,
  EXHAUST_MS,
  PRESSURE_BUILD_MS,
  REACTIVATOR_WARM_UP_MS,
  TICKET_PRESSURE_BAR,
  TICKET_PRESS_TIME_S,
  TICKET_REACTIVATOR_TEMP_C,
  TICKET_REACTIVATOR_TIME_S,
} from './constants.ts';
import { solePress } from './index.ts';
import { solePressReadouts } from './status.ts';

// For tests: sessions set up the way the sole press tests need them, and short readers of their snapshot.

export const inject = (fault: string): GladiEvent => ({ type: 'fault.inject', fault });

export const snap = (s: Session) => s.actor.getSnapshot();
export const ctx = (s: Session) => snap(s).context as SolePressContext;
export const at = (s: Session, v: object) => snap(s).matches(v as never);
export const tags = (s: Session) => [...snap(s).tags];
export const readouts = (s: Session) => solePressReadouts(snap(s) as never);
export const statusKey = (s: Session) => solePress.status(snap(s)).key;
export const refusalKey = (s: Session, e: GladiEvent) => solePress.refusal(snap(s), e).key;

export const HOLD_MS = TICKET_PRESS_TIME_S * 1000;
export const EXPOSURE_MS = TICKET_REACTIVATOR_TIME_S * 1000;

/** The pre-operation sensor test: the test rod into the beam blocks the press; rod out, hands out. */
export function sensorTest(s: Session) {
  s.send(press('sensorTestRod'));
  s.send(press('clearZone'));
  s.send(release('handsZone'));
}
/** Air open at the ticket pressure, press on and set for the ticket, reactivator at temperature. */
export function stationReady(over: { pressTimeS?: number; toeJack?: string; heelJack?: string; tempC?: number; timerS?: number; bar?: number } = {}) {
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
export function shoeOnPad(s: Session, exposureMs = ctx(s).reactivatorTimeS * 1000) {
  expect(s.send(set('tray', 'in'))).toBe(true);
  s.advance(exposureMs);
  s.send(set('tray', 'out'));
  expect(s.send(press('laySole'))).toBe(true);
  expect(s.send(set('shoe', 'onPad'))).toBe(true);
  return s;
}
/** MANUAL: hands out, START, and the whole cycle until the cover is up again. */
export function pressCycle(s: Session) {
  s.send(release('handsZone'));
  expect(s.send(press('start'))).toBe(true);
  s.advance(COVER_CLOSE_MS + PRESSURE_BUILD_MS + ctx(s).pressTimeS * 1000 + EXHAUST_MS + COVER_OPEN_MS);
  return s;
}
