import { describe, expect, it } from 'vitest';
import { press, setTo as set } from '../../engine/events.ts';
import { PEDAL_SEW, UPPER_LEGS_MM } from './constants.ts';
import { adjustTo } from './controls.ts';
import sewing from './index.ts';
import { atUpperStart, ctxOf, followUntil, processOf, runUntil, sendAll, session } from './testBench.ts';

const mistakeIds = (s: ReturnType<typeof session>) => s.mistakes().map((m) => m.id);
const statusKey = (s: ReturnType<typeof session>) => sewing.status(s.actor.getSnapshot()).key;

describe('post-bed sewing: the named checks', () => {
  it('a trainee who follows the hints sews a passing seam: back-tacked, turned at the corner, on the line', () => {
    const s = followUntil(session(), (x) => x.actor.getSnapshot().hasTag('complete'));
    expect(s.outcome().status).toBe('complete');
    expect(ctxOf(s).goodParts).toBe(1);
    expect(s.mistakes()).toEqual([]);
    const p = processOf(s);
    expect(p.corner).toBe(UPPER_LEGS_MM[0]);
    expect(p.stitches.filter((x) => x.reverse).length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...p.stitches.map((x) => x.driftMm))).toBe(0);
    expect(sewing.explainProcess?.(p, s.actor.getSnapshot()).map((l) => l.key)).toContain('explain.good');
  });

  it('releasing the pedal stops the needle at once: no more stitches, the needle where the setting says', () => {
    const s = atUpperStart();
    sendAll(s, [adjustTo('pedal', PEDAL_SEW)]);
    s.advance(1000);
    expect(s.actor.getSnapshot().hasTag('needleRunning')).toBe(true);
    const laid = processOf(s).stitches.length;
    expect(laid).toBeGreaterThan(3);
    sendAll(s, [adjustTo('pedal', 0)]);
    expect(s.actor.getSnapshot().hasTag('needleRunning')).toBe(false);
    expect(s.processActive()).toBe(false);
    s.advance(2000);
    expect(processOf(s).stitches.length).toBe(laid);
    expect(ctxOf(s).needleDown).toBe(true);
  });

  it('threading with the power on is refused, says why and is graded', () => {
    const s = atUpperStart();
    expect(s.actor.getSnapshot().hasTag('powered')).toBe(true);
    expect(s.send(press('threadMachine'))).toBe(false);
    expect(sewing.refusal(s.actor.getSnapshot(), press('threadMachine')).key).toBe('refusal.threadPowerOn');
    expect(mistakeIds(s)).toContain('threadingPowerOn');
    expect(s.send(press('changeNeedle'))).toBe(false);
    expect(mistakeIds(s)).toContain('needleChangePowerOn');
  });

  it('the pedal not in neutral at power-on: no start until the power is cycled with the pedal released', () => {
    const s = atUpperStart();
    sendAll(s, [set('powerSwitch', 'off'), adjustTo('pedal', PEDAL_SEW), set('powerSwitch', 'on')]);
    const snap = () => s.actor.getSnapshot();
    expect(snap().hasTag('noStart')).toBe(true);
    expect(snap().hasTag('needleRunning')).toBe(false);
    expect(statusKey(s)).toBe('status.noStart');
    expect(mistakeIds(s)).toContain('pedalAtPowerOn');
    sendAll(s, [adjustTo('pedal', 0), adjustTo('pedal', PEDAL_SEW)]);
    expect(snap().hasTag('needleRunning')).toBe(false);
    sendAll(s, [adjustTo('pedal', 0), set('powerSwitch', 'off'), set('powerSwitch', 'on'), adjustTo('pedal', PEDAL_SEW)]);
    expect(snap().hasTag('needleRunning')).toBe(true);
  });

  it('the e-stop stops the needle and the power; nothing restarts by itself', () => {
    const s = atUpperStart();
    sendAll(s, [adjustTo('pedal', PEDAL_SEW)]);
    s.advance(500);
    sendAll(s, [press('estop')]);
    expect(s.actor.getSnapshot().hasTag('hazard')).toBe(false);
    expect(s.processActive()).toBe(false);
  });
});

describe('post-bed sewing: the seam comes from the hands and the settings', () => {
  it('the hand off the line: stitches off the line, the seam spoilt and explained', () => {
    const s = atUpperStart();
    followUntil(s, (x) => ctxOf(x).trimmed, (e) => (e.type === 'user.adjust' && e.control === 'steer' ? adjustTo('steer', 3) : e));
    expect(ctxOf(s).flaws.offLine).toBe(true);
    expect(sewing.explainProcess?.(processOf(s), s.actor.getSnapshot()).map((l) => l.key)).toContain('explain.offLine');
  });

  it('sewing on past the corner without turning: the corner is missed', () => {
    const s = atUpperStart();
    followUntil(s, (x) => ctxOf(x).marks.tackStart);
    sendAll(s, [adjustTo('backTack', 0), adjustTo('pedal', PEDAL_SEW)]);
    runUntil(s, (x) => ctxOf(x).flaws.cornerMissed, 10_000);
    expect(ctxOf(s).flaws.cornerMissed).toBe(true);
  });

  it('no back-tacks: the trim finds them missing', () => {
    const s = atUpperStart();
    followUntil(s, (x) => ctxOf(x).trimmed, (e) => (e.type === 'user.adjust' && e.control === 'backTack' ? adjustTo('backTack', 0) : e), 400);
    // Without back-tacks the hints keep asking for them: the trainee sews on and trims.
    if (!ctxOf(s).trimmed) sendAll(s, [adjustTo('pedal', 0), press('trim')]);
    expect(ctxOf(s).flaws.noTackStart).toBe(true);
  });

  it('turning the work with the needle up: graded, and the corner slides off its mark', () => {
    const s = atUpperStart();
    followUntil(s, (x) => ctxOf(x).marks.atCorner);
    sendAll(s, [adjustTo('pedal', 0), press('handwheel')]);
    expect(ctxOf(s).needleDown).toBe(false);
    expect(s.send(press('turnWork'))).toBe(false);
    expect(mistakeIds(s)).toContain('turnFootDown');
    sendAll(s, [set('kneeLifter', 'up'), press('turnWork'), set('kneeLifter', 'down'), adjustTo('pedal', PEDAL_SEW)]);
    expect(mistakeIds(s)).toContain('pivotNeedleUp');
    s.advance(500);
    expect(ctxOf(s).flaws.offLine).toBe(true);
  });

  it.each([
    ['tension too tight: the thread breaks', adjustTo('tension', 8), 'threadBreak'],
    ['tension too loose: loops underneath', adjustTo('tension', 3), 'loops'],
    ['presser pressure too high: puckers', adjustTo('pressure', 5), 'pucker'],
    ['stitch too long for leather', adjustTo('stitchLength', 5), 'stitchLength'],
    ['maximum speed raised, pedal full: too fast', set('maxSpeed', '2000'), 'tooFast'],
  ] as const)('%s', (_name, wrong, flaw) => {
    const s = atUpperStart();
    sendAll(s, [wrong, adjustTo('pedal', 1)]);
    runUntil(s, (x) => ctxOf(x).flaws[flaw], 3000);
    expect(ctxOf(s).flaws[flaw]).toBe(true);
  });

  it('a bent needle (fault) skips stitches', () => {
    const s = atUpperStart();
    s.send({ type: 'fault.inject', fault: 'bentNeedle' });
    sendAll(s, [adjustTo('pedal', PEDAL_SEW)]);
    s.advance(1500);
    expect(ctxOf(s).flaws.skipped).toBe(true);
    expect(processOf(s).stitches.some((x) => x.skipped)).toBe(true);
  });

  it('pulling the work sideways while sewing breaks the needle (graded)', () => {
    const s = atUpperStart();
    sendAll(s, [adjustTo('pedal', PEDAL_SEW)]);
    s.advance(300);
    s.send(adjustTo('steer', 4));
    expect(ctxOf(s).needleBroken).toBe(true);
    expect(s.actor.getSnapshot().hasTag('needleRunning')).toBe(false);
    expect(mistakeIds(s)).toContain('needlePulled');
  });
});
