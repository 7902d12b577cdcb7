import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { createSession, type Session } from '../../engine/session.ts';
import { clickingPress } from './index.ts';
import { CUT_THROUGH_NOTCH, PUMP_PRESSURE_BUILD_MS, STROKE_DOWN_MS, STROKE_RETURN_MS, WORK_TICKET } from './constants.ts';

const statusKey = (s: Session) => clickingPress.status(s.actor.getSnapshot()).key;
const inject = (fault: string): GladiEvent => ({ type: 'fault.inject', fault });
const run = (...events: GladiEvent[]) => {
  const s = createSession(clickingPress);
  for (const e of events) s.send(e);
  return s;
};
const MAIN_ON = set('mainSwitch', 'on');
const PUMP = press('pumpStart');
const running = (...after: GladiEvent[]) => {
  const s = run(MAIN_ON, PUMP);
  s.advance(PUMP_PRESSURE_BUILD_MS);
  for (const e of after) s.send(e);
  return s;
};
const LOAD = [set('die', WORK_TICKET.die), set('material', 'leather'), set('hideSide', 'grainUp'), set('diePlace', 'clear'), set('depth', CUT_THROUGH_NOTCH), set('pressure', WORK_TICKET.pressureT.min)];

/** One clean part cut, taken off, pump and main switch off, but the arm left over the board. */
function doneArmLeftOver(): Session {
  const s = running(...LOAD, set('arm', 'overDie'), press('buttonLeft'), press('buttonRight'));
  s.advance(STROKE_DOWN_MS + STROKE_RETURN_MS);
  for (const e of [release('buttonLeft'), release('buttonRight'), set('arm', 'aside'), press('removePart'), set('arm', 'overDie'), press('pumpStop'), set('mainSwitch', 'off')]) s.send(e);
  return s;
}

describe('clicking press status: true in every power state', () => {
  it.each([
    { name: 'main off', make: () => run(), key: 'status.off' },
    { name: 'main off, oil found low', make: () => run(inject('lowOil')), key: 'status.offOilLow' },
    { name: 'main off after the work, arm still over the board', make: doneArmLeftOver, key: 'status.offArmOver' },
    { name: 'main on, pump off', make: () => run(MAIN_ON), key: 'status.pumpOff' },
    { name: 'pump starting', make: () => run(MAIN_ON, PUMP), key: 'status.pumpStarting' },
    { name: 'pump running, arm aside', make: () => running(), key: 'status.readyArmAside' },
    { name: 'pump running, arm over the loaded die', make: () => running(...LOAD, set('arm', 'overDie')), key: 'status.readyArmOver' },
    { name: 'pump running, arm over an empty board', make: () => running(set('arm', 'overDie')), key: 'status.readyArmOverEmpty' },
    { name: 'pump running, arm over a die with no material', make: () => running(set('die', WORK_TICKET.die), set('arm', 'overDie')), key: 'status.readyArmOverEmpty' },
    { name: 'pump stopped by low oil', make: () => running(inject('lowOil')), key: 'status.lowOil' },
    { name: 'e-stop latched, main on', make: () => running(press('estop')), key: 'status.estopLatched' },
    { name: 'e-stop latched, main off', make: () => run(press('estop')), key: 'status.estopLatched' },
    { name: 'e-stop released, main on', make: () => running(press('estop'), release('estop')), key: 'status.estopReleased' },
    { name: 'e-stop released, main off', make: () => run(press('estop'), release('estop')), key: 'status.estopReleased' },
  ])('$name → $key', ({ make, key }) => {
    expect(statusKey(make())).toBe(key);
  });

  it('"machine off" is said only with the main switch off and nothing to finish', () => {
    for (const s of [run(MAIN_ON), run(MAIN_ON, PUMP), running(), running(press('estop')), run(inject('lowOil')), doneArmLeftOver()])
      expect(statusKey(s)).not.toBe('status.off');
  });

  it('an incomplete cut for lack of force says so and points at the ticket force', () => {
    const s = running(...LOAD.slice(0, 3), set('pressure', WORK_TICKET.pressureT.min - 2), set('arm', 'overDie'), press('buttonLeft'), press('buttonRight'));
    s.advance(STROKE_DOWN_MS + STROKE_RETURN_MS);
    expect(statusKey(s)).toBe('status.cutIncompleteForce');
    expect(clickingPress.messages.id['status.cutIncompleteForce']).toContain(`${WORK_TICKET.pressureT.min} ton`);
  });

  it('every new status line has text in both languages', () => {
    for (const key of ['status.offOilLow', 'status.offArmOver', 'status.readyArmOverEmpty', 'status.cutIncompleteForce'])
      for (const lang of ['id', 'en'] as const) expect(clickingPress.messages[lang][key], `${lang} ${key}`).toBeTruthy();
  });
});
