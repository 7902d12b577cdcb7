import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import { createSession } from '../../engine/session.ts';
import { clickingPress } from './index.ts';
import { pressReady } from './testSessions.ts';
import { CUT_THROUGH_NOTCH, PUMP_PRESSURE_BUILD_MS, STROKE_DOWN_MS, STROKE_RETURN_MS, TWO_HAND_WINDOW_MS } from './constants.ts';


const snap = (s: ReturnType<typeof createSession>) => s.actor.getSnapshot();
const powerState = (s: ReturnType<typeof createSession>) => JSON.stringify(snap(s).value.power);
const loadWork = (s: ReturnType<typeof createSession>, depth = CUT_THROUGH_NOTCH, pressure = 14) => {
  s.send(set('material', 'leather'));
  s.send(set('hideSide', 'grainUp'));
  s.send(set('diePlace', 'clear'));
  s.send(set('die', 'vamp'));
  s.send(set('depth', depth));
  s.send(set('pressure', pressure));
  s.send(set('arm', 'overDie'));
};

describe('clicking press: power and pump', () => {
  it('builds pressure for the set time before it is ready', () => {
    const s = createSession(clickingPress);
    expect(s.send(press('pumpStart'))).toBe(false);
    s.send(set('mainSwitch', 'on'));
    s.send(press('pumpStart'));
    s.advance(PUMP_PRESSURE_BUILD_MS - 1);
    expect(snap(s).matches({ power: { powered: 'pumpStarting' } })).toBe(true);
    s.advance(1);
    expect(snap(s).hasTag('ready')).toBe(true);
  });
  it('cannot stroke with the pump off', () => {
    const s = createSession(clickingPress);
    s.send(set('mainSwitch', 'on'));
    s.send(set('arm', 'overDie'));
    s.send(press('buttonLeft'));
    s.send(press('buttonRight'));
    expect(snap(s).hasTag('hazard')).toBe(false);
  });
});

describe('clicking press: two-hand control', () => {
  it('strokes when the second button comes 499 ms after the first', () => {
    const s = pressReady();
    s.send(set('arm', 'overDie'));
    s.send(press('buttonLeft'));
    s.advance(TWO_HAND_WINDOW_MS - 1);
    s.send(press('buttonRight'));
    expect(snap(s).hasTag('hazard')).toBe(true);
  });
  it('refuses when the second button comes 501 ms after the first', () => {
    const s = pressReady();
    s.send(set('arm', 'overDie'));
    s.send(press('buttonRight'));
    s.advance(TWO_HAND_WINDOW_MS + 1);
    s.send(press('buttonLeft'));
    expect(snap(s).hasTag('hazard')).toBe(false);
    expect(snap(s).context.blockedBy).toBe('notTogether');
    expect(clickingPress.status(snap(s)).key).toBe('status.blockedNotTogether');
    // Both released re-arms it.
    s.send(release('buttonLeft'));
    s.send(release('buttonRight'));
    expect(snap(s).hasTag('ready')).toBe(true);
  });
  it('never strokes on one button alone (and records the functional test)', () => {
    const s = pressReady();
    s.send(set('arm', 'overDie'));
    s.send(press('buttonLeft'));
    s.advance(5000);
    expect(snap(s).hasTag('hazard')).toBe(false);
    expect(snap(s).context.tests.singleRefused).toBe(true);
  });
  it('anti-repeat: holding both after a stroke gives no second stroke until both are released', () => {
    const s = pressReady();
    loadWork(s);
    s.send(press('buttonLeft'));
    s.send(press('buttonRight'));
    s.advance(STROKE_DOWN_MS + STROKE_RETURN_MS);
    expect(powerState(s)).toContain('waitRelease');
    expect(snap(s).context.tests.strokeHeld).toBe(true);
    s.advance(10_000);
    expect(snap(s).hasTag('hazard')).toBe(false);
    // Releasing one and pressing it again (the other tied down) does not stroke.
    s.send(release('buttonLeft'));
    s.send(press('buttonLeft'));
    expect(snap(s).hasTag('hazard')).toBe(false);
    s.send(release('buttonLeft'));
    s.send(release('buttonRight'));
    s.send(press('buttonLeft'));
    s.send(press('buttonRight'));
    expect(snap(s).hasTag('hazard')).toBe(true);
  });
  it('releasing a button mid-stroke stops the stroke and returns the beam without a cut', () => {
    const s = pressReady();
    loadWork(s);
    s.send(press('buttonLeft'));
    s.send(press('buttonRight'));
    s.advance(STROKE_DOWN_MS - 50);
    s.send(release('buttonRight'));
    expect(powerState(s)).toContain('stopping');
    s.advance(STROKE_DOWN_MS + STROKE_RETURN_MS);
    expect(snap(s).matches({ work: 'clear' })).toBe(true);
    expect(snap(s).context.lastCut).toBeNull();
  });
  it('does not stroke with the arm aside', () => {
    const s = pressReady();
    s.send(press('buttonLeft'));
    s.send(press('buttonRight'));
    expect(snap(s).hasTag('hazard')).toBe(false);
    expect(snap(s).context.blockedBy).toBe('armAside');
  });
  it('cannot swing the arm while the beam is down', () => {
    const s = pressReady();
    loadWork(s);
    s.send(press('buttonLeft'));
    s.send(press('buttonRight'));
    expect(s.send(set('arm', 'aside'))).toBe(false);
    expect(snap(s).matches({ arm: 'overDie' })).toBe(true);
  });
  it('one-hand mode strokes on a single button (the selector must stay on two-hand)', () => {
    const s = pressReady();
    s.send(set('modeKey', 'in'));
    s.send(set('modeSelector', 'oneHand'));
    s.send(set('arm', 'overDie'));
    s.send(press('buttonRight'));
    expect(snap(s).hasTag('hazard')).toBe(true);
  });
});

describe('clicking press: cuts and faults', () => {
  function cut(s: ReturnType<typeof createSession>) {
    s.send(press('buttonLeft'));
    s.send(press('buttonRight'));
    s.advance(STROKE_DOWN_MS + STROKE_RETURN_MS);
    s.send(release('buttonLeft'));
    s.send(release('buttonRight'));
    s.send(set('arm', 'aside'));
  }
  it('a good stroke cuts a clean part that can be taken', () => {
    const s = pressReady();
    loadWork(s);
    cut(s);
    expect(snap(s).matches({ work: 'partCut' })).toBe(true);
    s.send(press('removePart'));
    expect(snap(s).context.goodParts).toBe(1);
  });
  it('incomplete cut when the stop is too high', () => {
    const s = pressReady();
    loadWork(s, CUT_THROUGH_NOTCH - 2);
    cut(s);
    expect(snap(s).matches({ work: 'cutIncomplete' })).toBe(true);
    expect(snap(s).hasTag('fault')).toBe(true);
  });
  it('incomplete cut on a worn board spot, cured by moving the die', () => {
    const s = pressReady();
    s.send({ type: 'fault.inject', fault: 'boardWorn' });
    loadWork(s);
    cut(s);
    expect(snap(s).matches({ work: 'cutIncomplete' })).toBe(true);
    s.send(press('moveDie'));
    s.send(press('removePart'));
    s.send(set('arm', 'overDie'));
    cut(s);
    expect(snap(s).matches({ work: 'partCut' })).toBe(true);
  });
  it('deep board cut when the stop is too low', () => {
    const s = pressReady();
    loadWork(s, CUT_THROUGH_NOTCH + 3);
    cut(s);
    expect(snap(s).matches({ work: 'boardCutDeep' })).toBe(true);
    expect(snap(s).context.boardDamage).toBe(1);
  });
  it('low oil trips the pump; stop, lock out, report; the trainer restores the topped-up machine', () => {
    const s = pressReady();
    s.send({ type: 'fault.inject', fault: 'lowOil' });
    expect(snap(s).matches({ power: { powered: 'lowOil' } })).toBe(true);
    expect(snap(s).hasTag('fault')).toBe(true);
    expect(s.send(press('pumpStart'))).toBe(false);
    expect(s.send(press('reportMechanic'))).toBe(false);
    s.send(set('mainSwitch', 'off'));
    expect(s.send(press('oilFillCap'))).toBe(false);
    expect(s.send(press('reportMechanic'))).toBe(true);
    expect(s.send(set('mainSwitch', 'on'))).toBe(false);
    s.send({ type: 'fault.inject', fault: 'oilToppedUp' }, 'trainer');
    s.send(set('mainSwitch', 'on'));
    s.send(press('pumpStart'));
    s.advance(PUMP_PRESSURE_BUILD_MS);
    expect(snap(s).hasTag('ready')).toBe(true);
  });
  it('a sight-glass check with low oil does not pass', () => {
    const s = createSession(clickingPress);
    s.send({ type: 'fault.inject', fault: 'lowOil' });
    s.send({ type: 'user.inspect', control: 'oilSightGlass' });
    expect(snap(s).context.checks.oilSightGlass).toBe(false);
    s.send({ type: 'fault.inject', fault: 'oilToppedUp' }, 'trainer');
    s.send({ type: 'user.inspect', control: 'oilSightGlass' });
    expect(snap(s).context.checks.oilSightGlass).toBe(true);
  });
  it('e-stop latched fault stops everything until released and reset', () => {
    const s = pressReady();
    loadWork(s);
    s.send({ type: 'fault.inject', fault: 'estopLatched' });
    expect(snap(s).hasTag('estop')).toBe(true);
    expect(s.send(press('reset'))).toBe(false);
    s.send(release('estop'));
    s.send(press('reset'));
    expect(snap(s).matches({ power: { powered: 'pumpOff' } })).toBe(true);
  });
  it('e-stop mid-stroke stops the stroke; buttons still held after reset must be released first', () => {
    const s = pressReady();
    loadWork(s);
    s.send(press('buttonLeft'));
    s.send(press('buttonRight'));
    s.send(press('estop'));
    expect(snap(s).hasTag('hazard')).toBe(false);
    s.send(release('estop'));
    s.send(press('reset'));
    s.send(press('pumpStart'));
    s.advance(PUMP_PRESSURE_BUILD_MS);
    expect(powerState(s)).toContain('waitRelease');
    expect(snap(s).hasTag('hazard')).toBe(false);
  });
  it('shutting down after a good part completes the procedure', () => {
    const s = pressReady();
    loadWork(s);
    cut(s);
    s.send(press('removePart'));
    s.send(press('pumpStop'));
    s.send(set('mainSwitch', 'off'));
    s.send(set('die', 'none'));
    s.send(press('cleanBoard'));
    expect(snap(s).hasTag('complete')).toBe(true);
  });
});

describe('clicking press: graded mistakes from cuts', () => {
  function cutWith(depth: number) {
    const s = pressReady();
    loadWork(s, depth);
    s.send(press('buttonLeft'));
    s.send(press('buttonRight'));
    s.advance(STROKE_DOWN_MS + STROKE_RETURN_MS);
    s.send(release('buttonLeft'));
    s.send(release('buttonRight'));
    s.send(set('arm', 'aside'));
    s.send(press('removePart'));
    return s.mistakes().map((m) => m.id);
  }
  it('records a deep board cut (major) when the part comes off', () => {
    expect(cutWith(CUT_THROUGH_NOTCH + 3)).toContain('deepBoardCut');
  });
  it('records wasted leather (minor) for an incomplete cut', () => {
    expect(cutWith(CUT_THROUGH_NOTCH - 2)).toContain('incompleteCut');
  });
  it('a clean cut is no cut mistake', () => {
    const found = cutWith(CUT_THROUGH_NOTCH);
    expect(found).not.toContain('deepBoardCut');
    expect(found).not.toContain('incompleteCut');
  });
});
