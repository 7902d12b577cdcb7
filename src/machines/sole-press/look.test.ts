import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
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
import { sameLook, solePressLook } from './look.ts';

const look = (s: Session) => solePressLook(s.actor.getSnapshot());
const tray = (s: Session) => solePress.readControl(s.actor.getSnapshot(), 'tray');

function stationReady(over: { pressTimeS?: number; heelJack?: string } = {}) {
  const s = createSession(solePress);
  s.send(set('airLineValve', 'open'));
  s.send(set('airRegulator', TICKET_PRESSURE_BAR));
  s.send(set('mainSwitch', 'on'));
  s.send(set('pressTime', over.pressTimeS ?? TICKET_PRESS_TIME_S));
  s.send(set('toeJack', 'medium'));
  s.send(set('heelJack', over.heelJack ?? 'medium'));
  s.send(set('reactivatorTemp', TICKET_REACTIVATOR_TEMP_C));
  s.send(set('reactivatorTimer', TICKET_REACTIVATOR_TIME_S));
  s.send(set('reactivatorSwitch', 'on'));
  return s;
}

describe('sole press look (what the 3D view draws)', () => {
  it('starts dark, switches off, work at the bench, cover up, nothing broken', () => {
    const l = look(createSession(solePress));
    expect(l).toMatchObject({
      coverClosed: 0,
      padInflated: 0,
      mainOn: false,
      manual: true,
      airValveOpen: false,
      airGaugeBar: 0,
      pressTimerLit: false,
      reactivatorDisplayLit: false,
      irLamps: 'off',
      beamShown: false,
      trayIn: false,
      work: 'bench',
      toeGap: false,
      heelGap: false,
      estopPress: false,
      estopReactivator: false,
    });
  });

  it('follows the station up: valve, gauge, lamps, IR glow full while warming then standby', () => {
    const s = stationReady();
    let l = look(s);
    expect(l).toMatchObject({ airValveOpen: true, airGaugeBar: TICKET_PRESSURE_BAR, mainOn: true, pressTimerLit: true, pressPowerLamp: true });
    expect(l).toMatchObject({ reactivatorSwitchOn: true, reactivatorDisplayLit: true, irLamps: 'full', reactivatorReadyLamp: false });
    s.advance(REACTIVATOR_WARM_UP_MS);
    l = look(s);
    expect(l).toMatchObject({ irLamps: 'standby', reactivatorReadyLamp: true, reactivatorDisplayC: TICKET_REACTIVATOR_TEMP_C });
  });

  it('puts the work where it is: tray (in while on it), hand, pad; the tray control agrees', () => {
    const s = stationReady();
    s.advance(REACTIVATOR_WARM_UP_MS);
    expect(tray(s)).toBe('out');
    s.send(set('tray', 'in'));
    expect(look(s)).toMatchObject({ work: 'tray', trayIn: true, irLamps: 'full' });
    expect(tray(s)).toBe('in');
    s.advance(TICKET_REACTIVATOR_TIME_S * 1000);
    // Timed out: the work still lies on the tray under the lamps until it is pulled out.
    expect(look(s)).toMatchObject({ work: 'tray', trayIn: true, irLamps: 'standby' });
    expect(tray(s)).toBe('in');
    s.send(set('tray', 'out'));
    expect(look(s)).toMatchObject({ work: 'hand', trayIn: false, soleOnShoe: false });
    s.send(press('laySole'));
    expect(look(s)).toMatchObject({ work: 'hand', soleOnShoe: true });
    s.send(set('shoe', 'onPad'));
    // Placing the shoe puts the hands in the working area: the light curtain shows them.
    expect(look(s)).toMatchObject({ work: 'pad', soleOnShoe: true, beamShown: true });
    s.send(release('handsZone'));
    expect(look(s).beamShown).toBe(false);
  });

  it('closes the cover, inflates the pad and drives the gauge through a cycle, then shows the result', () => {
    const s = stationReady({ heelJack: 'small' });
    s.advance(REACTIVATOR_WARM_UP_MS);
    s.send(set('tray', 'in'));
    s.advance(TICKET_REACTIVATOR_TIME_S * 1000);
    s.send(set('tray', 'out'));
    s.send(press('laySole'));
    s.send(set('shoe', 'onPad'));
    s.send(release('handsZone'));
    s.send(press('start'));
    expect(look(s)).toMatchObject({ coverClosed: 1, padInflated: 0, pressGaugeBar: 0 });
    s.advance(COVER_CLOSE_MS);
    expect(look(s)).toMatchObject({ coverClosed: 1, padInflated: 1, pressGaugeBar: TICKET_PRESSURE_BAR, pressTimerS: TICKET_PRESS_TIME_S });
    s.advance(PRESSURE_BUILD_MS + 5000);
    expect(look(s).pressTimerS).toBe(TICKET_PRESS_TIME_S - 5);
    s.advance((TICKET_PRESS_TIME_S - 5) * 1000);
    expect(look(s)).toMatchObject({ coverClosed: 1, padInflated: 0, pressGaugeBar: 0 });
    s.advance(EXHAUST_MS);
    expect(look(s).coverClosed).toBe(0);
    s.advance(COVER_OPEN_MS);
    // The heel jack was left on the small setting: the heel lifts, the toe holds.
    expect(look(s)).toMatchObject({ work: 'pad', heelGap: true, toeGap: false, heelJack: 'small' });
    s.send(set('shoe', 'removed'));
    expect(look(s)).toMatchObject({ work: 'bench', heelGap: false });
  });

  it('pushes the mushroom heads in while latched', () => {
    const s = stationReady();
    s.send(press('reactivatorEstop'));
    expect(look(s)).toMatchObject({ estopPress: false, estopReactivator: true, irLamps: 'off', pressTimerLit: false, mainOn: true });
    s.send(press('estop'));
    expect(look(s)).toMatchObject({ estopPress: true, estopReactivator: true });
  });

  it('compares shallowly: equal derivations are the same look, one change is not', () => {
    const s = stationReady();
    const a = look(s);
    expect(sameLook(a, look(s))).toBe(true);
    s.send(set('modeSelector', 'auto'));
    expect(sameLook(a, look(s))).toBe(false);
    expect(look(s).manual).toBe(false);
  });
});
