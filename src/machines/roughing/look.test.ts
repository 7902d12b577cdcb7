import { describe, expect, it } from 'vitest';
import { setTo as set } from '../../engine/events.ts';
import { PRESSURE_LIGHT } from './constants.ts';
import { adjustTo } from './controls.ts';
import { roughingLook, sameLook } from './look.ts';
import { READY_TO_ROUGH, RoughingBench } from './testBench.ts';

describe('the roughing look', () => {
  it('reads the hand from the inputs and the band so far from the process; the same state gives an equal look', () => {
    const b = new RoughingBench();
    b.sendAll([...READY_TO_ROUGH, set('shoe', 'lasted'), adjustTo('pressure', PRESSURE_LIGHT)]);
    b.run(2500);
    const look = roughingLook(b.snap(), b.process, b.inputs);
    expect(look.spindleRunning).toBe(true);
    expect(look.direction).toBe(1);
    expect(look.pressure).toBe(PRESSURE_LIGHT);
    expect(look.roughed).toBeGreaterThan(0.4);
    expect(look.roughed).toBeLessThan(0.6);
    expect(look.earMuffs && look.safetyGlasses && look.dustMask).toBe(true);
    expect(sameLook(look, roughingLook(b.snap(), b.process, b.inputs))).toBe(true);
  });

  it('a fresh shoe shows nothing roughed; no shoe, no pressure shown', () => {
    const b = new RoughingBench();
    const look = roughingLook(b.snap(), undefined, { pressure: 0.8 });
    expect(look.shoeHeld).toBe(false);
    expect(look.pressure).toBe(0);
    expect(look.roughed).toBe(0);
    expect(look.direction).toBe(-1); // the last shift left the switch reversed
  });
});
