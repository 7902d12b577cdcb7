import { press, release, setTo as set } from '../../engine/events.ts';
import { createSession, type Session } from '../../engine/session.ts';
import { PUMP_PRESSURE_BUILD_MS, STROKE_DOWN_MS, STROKE_RETURN_MS } from './constants.ts';
import { clickingPress } from './index.ts';

/** For tests: a free-practice session with the main switch on and the pump up to pressure. */
export function pressReady(): Session {
  const s = createSession(clickingPress);
  s.send(set('mainSwitch', 'on'));
  s.send(press('pumpStart'));
  s.advance(PUMP_PRESSURE_BUILD_MS);
  return s;
}

/** For tests: one two-hand stroke with the arm over the die, both hands released, the arm swung aside. */
export function stroke(s: Session): Session {
  s.send(set('arm', 'overDie'));
  s.send(press('buttonLeft'));
  s.send(press('buttonRight'));
  s.advance(STROKE_DOWN_MS + STROKE_RETURN_MS);
  s.send(release('buttonLeft'));
  s.send(release('buttonRight'));
  s.send(set('arm', 'aside'));
  return s;
}
