import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { Mode } from '../../engine/session.ts';
import { createSession, type Session } from '../../engine/session.ts';
import { solePress } from './index.ts';
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

type Air = 'closed' | 'ok' | 'regulatorLow' | 'supplyLow';
type Reactivator = 'off' | 'warming' | 'ready';
interface Combo {
  pressOn: boolean;
  air: Air;
  reactivator: Reactivator;
}
const AIR: readonly Air[] = ['closed', 'ok', 'regulatorLow', 'supplyLow'];
const REACTIVATOR: readonly Reactivator[] = ['off', 'warming', 'ready'];
const COMBOS: Combo[] = [false, true].flatMap((pressOn) => AIR.flatMap((air) => REACTIVATOR.map((reactivator) => ({ pressOn, air, reactivator }))));
/** The status key that names each air problem (and the refusal that explains START). */
const AIR_KEY: Record<Exclude<Air, 'ok'>, string> = { closed: 'airValveClosed', regulatorLow: 'regulatorLow', supplyLow: 'airSupplyLow' };

const statusKey = (s: Session) => solePress.status(s.actor.getSnapshot()).key;
const refusalKey = (s: Session, e: GladiEvent) => solePress.refusal(s.actor.getSnapshot(), e).key;
const inject = (fault: string): GladiEvent => ({ type: 'fault.inject', fault });

/** Brings a session (at the bench, or after one good sole) to the given machine states. */
function apply(s: Session, { pressOn, air, reactivator }: Combo): Session {
  s.send(set('reactivatorTimer', TICKET_REACTIVATOR_TIME_S));
  s.send(set('reactivatorTemp', TICKET_REACTIVATOR_TEMP_C));
  s.send(set('pressTime', TICKET_PRESS_TIME_S));
  s.send(set('airRegulator', air === 'regulatorLow' ? 1 : TICKET_PRESSURE_BAR));
  s.send(set('airLineValve', air === 'closed' ? 'closed' : 'open'));
  if (air === 'supplyLow') s.send(inject('airLow'));
  s.send(set('mainSwitch', pressOn ? 'on' : 'off'));
  s.send(set('reactivatorSwitch', reactivator === 'off' ? 'off' : 'on'));
  if (reactivator === 'ready') s.advance(REACTIVATOR_WARM_UP_MS);
  return s;
}
const fresh = (combo: Combo, mode: Mode = 'free') => apply(createSession(solePress, mode), combo);

/** One good sole pressed and taken off, then the machines set as given (the shift winding down or going on). */
function afterOneSole(combo: Combo): Session {
  const s = fresh({ pressOn: true, air: 'ok', reactivator: 'ready' });
  s.send(set('toeJack', 'medium'));
  s.send(set('heelJack', 'medium'));
  s.send(set('tray', 'in'));
  s.advance(TICKET_REACTIVATOR_TIME_S * 1000);
  s.send(set('tray', 'out'));
  s.send(press('laySole'));
  s.send(set('shoe', 'onPad'));
  s.send(release('handsZone'));
  s.send(press('start'));
  s.advance(COVER_CLOSE_MS + PRESSURE_BUILD_MS + TICKET_PRESS_TIME_S * 1000 + EXHAUST_MS + COVER_OPEN_MS);
  expect(s.send(set('shoe', 'removed'))).toBe(true);
  expect((s.actor.getSnapshot().context as { goodSoles: number }).goodSoles).toBe(1);
  return apply(s, combo);
}

/** What the bench status must say before any sole is made, from the two machines and the air. */
function expectedAtBench({ pressOn, air, reactivator }: Combo): string {
  if (pressOn && air !== 'ok') return `status.${AIR_KEY[air]}`;
  if (reactivator === 'warming') return 'status.warming';
  if (reactivator === 'ready') return pressOn ? 'status.loadTray' : 'status.loadTrayPressOff';
  return pressOn ? 'status.pressOnReactivatorOff' : 'status.off';
}

describe('sole press status: true for every combination of the two machines and the air', () => {
  it.each(COMBOS)('at the bench: press on $pressOn, air $air, reactivator $reactivator', (combo) => {
    const s = fresh(combo);
    expect(s.actor.getSnapshot().hasTag('powered')).toBe(combo.pressOn);
    expect(statusKey(s)).toBe(expectedAtBench(combo));
  });

  it('"all machines off" is said only when both machines are off', () => {
    for (const combo of COMBOS) {
      const off = statusKey(fresh(combo)) === 'status.off';
      expect(off, JSON.stringify(combo)).toBe(!combo.pressOn && combo.reactivator === 'off');
    }
    expect(solePress.messages.id['status.off']).toMatch(/^Semua mesin mati/);
  });

  it.each(COMBOS)('after a good sole: press on $pressOn, air $air, reactivator $reactivator', (combo) => {
    const s = afterOneSole(combo);
    const snap = s.actor.getSnapshot();
    const key = statusKey(s);
    if (snap.hasTag('complete')) expect(key).toBe('status.shiftDone');
    else if (!combo.pressOn || combo.reactivator === 'off')
      // Winding down: one machine is already off; the line says what is left to switch off.
      expect(key).toBe(combo.reactivator === 'warming' ? 'status.warming' : 'status.shutDownRest');
    else expect(key).toBe(expectedAtBench(combo));
    expect(key).not.toBe('status.off');
  });

  it('exam (the issue’s case): the press main switch on is never "all machines off"', () => {
    const s = fresh({ pressOn: false, air: 'closed', reactivator: 'off' }, 'exam');
    expect(statusKey(s)).toBe('status.off');
    s.send(set('mainSwitch', 'on'));
    expect(statusKey(s)).not.toBe('status.off');
  });

  it.each(AIR.filter((a): a is Exclude<Air, 'ok'> => a !== 'ok'))(
    'START without air (%s): refused with the reason, and the status line (all that an exam shows) names it too',
    (air) => {
      for (const mode of ['free', 'exam'] as const) {
        const s = fresh({ pressOn: true, air, reactivator: 'ready' }, mode);
        expect(s.send(press('start'))).toBe(false);
        expect(refusalKey(s, press('start'))).toBe(`refusal.${AIR_KEY[air]}`);
        expect(statusKey(s)).toBe(`status.${AIR_KEY[air]}`);
      }
    },
  );

  it('START with the press off is refused as "press off"', () => {
    const s = fresh({ pressOn: false, air: 'ok', reactivator: 'ready' });
    expect(s.send(press('start'))).toBe(false);
    expect(refusalKey(s, press('start'))).toBe('refusal.pressOff');
  });

  it('every new status line has text in both languages', () => {
    for (const key of ['status.loadTrayPressOff', 'status.pressOnReactivatorOff'])
      for (const lang of ['id', 'en'] as const) expect(solePress.messages[lang][key], `${lang} ${key}`).toBeTruthy();
  });
});
