import { describe, expect, it } from 'vitest';
import { inspect, press, release, setTo as set } from '../../engine/events.ts';
import { TREADLE_LIGHT, WORK_TICKET } from './constants.ts';
import { adjustTo } from './controls.ts';
import { skiverMistakes } from './mistakes.ts';
import { SkiverBench } from './testBench.ts';

const CHECKED = [
  set('knifeGuard', 'open'),
  inspect('knifeEdge'),
  inspect('knifeGap'),
  inspect('bottomPlate'),
  inspect('extractorBag'),
  set('knifeGuard', 'closed'),
];
const SET_UP = [
  set('presserFoot', WORK_TICKET.foot),
  adjustTo('width', WORK_TICKET.widthMm),
  adjustTo('thickness', WORK_TICKET.thicknessMm),
  set('angle', WORK_TICKET.angleDeg),
  set('extractorSwitch', 'on'),
  set('motorSwitch', 'on'),
];
const ready = () => {
  const b = new SkiverBench();
  b.sendAll([...CHECKED, ...SET_UP]);
  return b;
};
const skive = (b: SkiverBench, piece: 'scrap' | 'part', treadle = TREADLE_LIGHT, ms = 4000) => {
  b.sendAll([set('footLever', 'up'), set('piece', piece), set('footLever', 'down'), adjustTo('treadle', treadle)]);
  b.run(ms);
};

describe('skiver chart', () => {
  it('follows the procedure end to end with the hints: checks, set-up, trial, measurement, part, shutdown', () => {
    const b = new SkiverBench();
    b.followHints();
    expect(b.snap().hasTag('complete')).toBe(true);
    expect(b.snap().context.goodParts).toBe(1);
    expect(b.tracker.states().every((st) => st.done)).toBe(true);
    b.stop();
  });

  it('interlock: the motor will not start with the guard open, and opening the guard stops it', () => {
    const b = new SkiverBench();
    b.send(set('knifeGuard', 'open'));
    expect(b.send(set('motorSwitch', 'on'))).toBe(false);
    b.send(set('knifeGuard', 'closed'));
    expect(b.send(set('motorSwitch', 'on'))).toBe(true);
    expect(b.snap().hasTag('hazard')).toBe(true);
    b.send(set('knifeGuard', 'open'));
    expect(b.snap().hasTag('hazard')).toBe(false);
    expect(b.snap().context.lastStop).toBe('guardOpened');
  });

  it('pedal release stops the feed: nothing moves with the treadle at rest', () => {
    const b = ready();
    skive(b, 'part', TREADLE_LIGHT, 1000);
    const fed = b.process.fedMm;
    expect(fed).toBeGreaterThan(0);
    b.send(adjustTo('treadle', 0));
    expect(b.snap().hasTag('knifeTurning')).toBe(false);
    b.run(3000);
    expect(b.process.fedMm).toBe(fed);
  });

  it('a clean trial strip, measured with the gauge, reads the process thickness', () => {
    const b = ready();
    skive(b, 'scrap');
    expect(b.signals).toContain('edgeDone');
    expect(b.snap().context.trialOk).toBe(true);
    b.sendAll([adjustTo('treadle', 0), set('footLever', 'up'), set('piece', 'none'), inspect('thicknessGauge')]);
    expect(b.snap().context.measuredMm).toBeCloseTo(WORK_TICKET.thicknessMm, 2);
  });

  it('sharpening: refused with the guard open (critical), done with the cover closed and the motor running', () => {
    const b = ready();
    b.send({ type: 'fault.inject', fault: 'bluntKnife' });
    skive(b, 'scrap');
    expect(b.snap().context.flaws.ragged).toBe(true);
    b.sendAll([adjustTo('treadle', 0), set('footLever', 'up'), set('piece', 'none')]);
    const open = b.snap();
    const openGuard = { before: open, after: open, event: press('stoneLever'), accepted: false };
    expect(skiverMistakes.detect({ ...openGuard, before: { ...open, context: { ...open.context, guardOpen: true } } as typeof open })).toContain(
      'sharpenGuardOpen',
    );
    b.send(set('knifeGuard', 'open'));
    expect(b.send(press('stoneLever'))).toBe(false);
    b.sendAll([set('knifeGuard', 'closed'), set('motorSwitch', 'on'), press('stoneLever')]);
    expect(b.snap().hasTag('stoneEngaged')).toBe(true);
    b.run(3000);
    expect(b.snap().context.knifeBlunt).toBe(false);
    skive(b, 'scrap');
    expect(b.snap().context.trialOk).toBe(true);
  });

  it('e-stop latches: no hazard until released, and the motor stays off after the release', () => {
    const b = ready();
    b.send(press('estop'));
    expect(b.snap().hasTag('estop')).toBe(true);
    expect(b.snap().hasTag('hazard')).toBe(false);
    expect(b.send(set('motorSwitch', 'on'))).toBe(false);
    b.send(release('estop'));
    expect(b.snap().hasTag('hazard')).toBe(false);
    expect(b.send(set('motorSwitch', 'on'))).toBe(true);
  });

  it.each([
    ['cutThrough', 'cutThrough'],
    ['tooThick', 'tooThick'],
    ['guideLoose', 'widthUneven'],
    ['rollerGlazed', 'jammed'],
    ['extractorFull', 'chipsThrown'],
    ['bluntKnife', 'ragged'],
  ] as const)('fault %s shows on the trial strip as %s', (fault, flaw) => {
    const b = ready();
    b.send({ type: 'fault.inject', fault });
    skive(b, 'scrap');
    expect(b.snap().context.flaws[flaw]).toBe(true);
  });

  it('a spoilt part is graded when it comes out; a careless feed too fast spoils it', () => {
    const b = ready();
    skive(b, 'part', 0.9, 3000);
    expect(b.snap().context.flaws.thicknessUneven).toBe(true);
    b.send(adjustTo('treadle', 0));
    b.send(set('footLever', 'up'));
    const before = b.snap();
    b.send(set('piece', 'none'));
    const found = skiverMistakes.detect({ before, after: b.snap(), event: set('piece', 'none'), accepted: true });
    expect(found.length).toBe(1);
    expect(b.snap().context.spoiltParts).toBe(1);
  });
});
