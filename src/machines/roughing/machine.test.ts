import { describe, expect, it } from 'vitest';
import { press, release, setTo as set } from '../../engine/events.ts';
import { PRESSURE_LIGHT } from './constants.ts';
import { adjustTo } from './controls.ts';
import { roughingMistakes } from './mistakes.ts';
import { READY_TO_ROUGH, RoughingBench } from './testBench.ts';

const ready = () => {
  const b = new RoughingBench();
  b.sendAll(READY_TO_ROUGH);
  return b;
};
const rough = (b: RoughingBench, pressure = PRESSURE_LIGHT, ms = 6000) => {
  b.sendAll([set('shoe', 'lasted'), adjustTo('pressure', pressure)]);
  b.run(ms);
};
describe('roughing chart', () => {
  it('follows the procedure end to end with the hints: protection, checks, extraction then spindle, one shoe, shutdown', () => {
    const b = new RoughingBench();
    b.followHints();
    expect(b.snap().hasTag('complete')).toBe(true);
    expect(b.snap().context.goodShoes).toBe(1);
    expect(b.tracker.states().every((st) => st.done)).toBe(true);
    b.stop();
  });

  it('a light, even pressure on the line roughs a good band; releasing the pressure stops the work', () => {
    const b = ready();
    rough(b, PRESSURE_LIGHT, 1000);
    const done = b.process.travelledMm;
    expect(done).toBeGreaterThan(0);
    b.send(adjustTo('pressure', 0));
    b.run(2000);
    expect(b.process.travelledMm).toBe(done);
    b.send(adjustTo('pressure', PRESSURE_LIGHT));
    b.run(6000);
    expect(b.snap().context.bandDone).toBe(true);
    expect(b.signals).toEqual(['bandDone']);
  });

  it('heavy pressure burns and roughs too deep; running over the line roughs into the upper', () => {
    const heavy = ready();
    rough(heavy, 0.9);
    expect(heavy.signals).toEqual(expect.arrayContaining(['burnt', 'tooDeep', 'bandDone']));
    const over = ready();
    over.send(adjustTo('pathOffset', 3));
    rough(over);
    expect(over.snap().context.flaws.intoUpper).toBe(true);
  });

  it('dust escapes with the extraction off, and with a full bag', () => {
    const b = ready();
    b.send(set('extractionSwitch', 'off'));
    rough(b);
    expect(b.snap().context.flaws.dustEscaped).toBe(true);
    const full = ready();
    full.send({ type: 'fault.inject', fault: 'bagFull' });
    rough(full);
    expect(full.snap().context.flaws.dustEscaped).toBe(true);
  });

  it('the reversing switch only moves with the spindle stopped; roughing reversed snatches the shoe', () => {
    const b = ready();
    expect(b.send(set('reversingSwitch', 'reverse'))).toBe(false);
    b.send(press('spindleStop'));
    expect(b.send(set('reversingSwitch', 'reverse'))).toBe(true);
    b.send(press('spindleStart'));
    rough(b, PRESSURE_LIGHT, 500);
    expect(b.snap().hasTag('snatched')).toBe(true);
    expect(b.snap().context.flaws.wrongWay).toBe(true);
  });

  it('interlock: the stone needs the wheel reversed and the extraction off; a clogged wheel is dressed clean', () => {
    const b = ready();
    b.send({ type: 'fault.inject', fault: 'wheelClogged' });
    expect(b.send(press('sharpeningStone'))).toBe(false);
    b.sendAll([press('spindleStop'), set('reversingSwitch', 'reverse'), press('spindleStart')]);
    expect(b.send(press('sharpeningStone'))).toBe(false);
    b.send(set('extractionSwitch', 'off'));
    expect(b.send(press('sharpeningStone'))).toBe(true);
    expect(b.snap().hasTag('stoneOn')).toBe(true);
    b.run(3100);
    expect(b.snap().context.wheelClogged).toBe(false);
    expect(b.snap().hasTag('fault')).toBe(false);
  });

  it('a clogged wheel burns even under light pressure', () => {
    const b = ready();
    b.send({ type: 'fault.inject', fault: 'wheelClogged' });
    rough(b);
    expect(b.snap().context.flaws.burnt).toBe(true);
  });

  it('the e-stop stops the spindle and the extraction; nothing restarts by itself', () => {
    const b = ready();
    b.send(press('estop'));
    expect(b.snap().hasTag('hazard')).toBe(false);
    expect(b.snap().context.extractionOn).toBe(false);
    b.send(release('estop'));
    expect(b.snap().hasTag('spindleRunning')).toBe(false);
  });

  it('grades the spindle started without protection or before the extraction', () => {
    const before = new RoughingBench();
    before.send(set('reversingSwitch', 'forward'));
    const s0 = before.snap();
    before.send(press('spindleStart'));
    const ids = roughingMistakes.detect({ before: s0, after: before.snap(), event: press('spindleStart'), accepted: true });
    expect(ids).toEqual(expect.arrayContaining(['noProtection', 'spindleBeforeExtraction']));
  });

  it('grades the stone with the extraction on as critical, even though it is refused', () => {
    const b = ready();
    const s0 = b.snap();
    expect(b.send(press('sharpeningStone'))).toBe(false);
    const ids = roughingMistakes.detect({ before: s0, after: b.snap(), event: press('sharpeningStone'), accepted: false });
    expect(ids).toContain('sharpenExtractionOn');
    expect(roughingMistakes.specs.find((m) => m.id === 'sharpenExtractionOn')?.severity).toBe('critical');
  });
});
