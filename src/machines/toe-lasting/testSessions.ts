import { inspect, press, setTo as set } from '../../engine/events.ts';
import { createSession, type Session } from '../../engine/session.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ToeLastingContext } from './chart/types.ts';
import { WORK_TICKET as T } from './constants.ts';
import { toeLasting } from './index.ts';

// For tests: sessions set up the way the toe lasting tests need them, and short readers of their snapshot.

export const inject = (fault: string): GladiEvent => ({ type: 'fault.inject', fault });
export const snap = (s: Session) => s.actor.getSnapshot();
export const ctx = (s: Session) => snap(s).context as ToeLastingContext;
export const at = (s: Session, v: object) => snap(s).matches(v as never);
export const statusKey = (s: Session) => toeLasting.status(snap(s)).key;
export const refusalKey = (s: Session, e: GladiEvent) => toeLasting.refusal(snap(s), e).key;

/** Every setting of the work ticket as events (override any one). */
export const ticketSettings = (over: Partial<Record<'meltTemp' | 'program' | 'side' | 'pull' | 'wiper' | 'dwell', string | number>> = {}): GladiEvent[] =>
  Object.entries({ meltTemp: T.meltTempC, program: T.sizeEu, side: T.side, pull: T.pullMPa, wiper: T.wiperMPa, dwell: T.dwellS, ...over }).map(([k, v]) =>
    set(k, v),
  );

/** Checks done, power on, pump running, settings (ticket unless overridden), heater warmed, light on. */
export function machineReady(over: Parameters<typeof ticketSettings>[0] = {}): Session {
  const s = createSession(toeLasting);
  for (const e of [press('drainFilter'), press('fillGranulate'), press('cleanPincers')]) s.send(e);
  for (const p of ['oilLevel', 'airFilter', 'meltTank', 'pincers']) s.send(inspect(p));
  s.send(set('mainSwitch', 'on'));
  s.send(press('pumpStart'));
  for (const e of ticketSettings(over)) s.send(e);
  s.send(press('heaterOn'));
  s.skipWait();
  s.send(set('centreLight', 'on'));
  return s;
}

/** From a ready machine: last placed and aligned to `offset`, gripped (step 1), centre line looked at. */
export function toeGripped(s: Session, offsetMm = 0): Session {
  s.send(press('placeLast'));
  s.send(set('lastPosition', offsetMm));
  s.send(press('pedalForward'));
  s.send(inspect('centreLine'));
  return s;
}

/** From a toe grip: pull, cement-wipe-dwell (waits skipped), release. */
export function lastAndRelease(s: Session): Session {
  s.send(press('pedalForward'));
  s.send(press('pedalForward'));
  while (at(s, { work: 'lasting' })) s.skipWait();
  s.send(press('pedalBack'));
  return s;
}
