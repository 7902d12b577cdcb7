import { describe, expect, it } from 'vitest';
import { CHILL_TUNNEL_M, HEAT_TUNNEL_M, PITCH_M } from './constants.ts';
import { advanceLine, canLoad, count, delastShoe, EMPTY_LINE, loadShoe, transferShoe, type Line, type LineConditions } from './line.ts';
import { dwellS } from './shoeJudge.ts';

const GOOD: LineConditions = { beltRunning: true, speedMMin: 0.5, heatReady: true, heatC: 100, steam: 'low', chillReady: true, chillC: -10, chillerWet: false };
const run = (line: Line, seconds: number, c: LineConditions = GOOD, dt = 10): Line => {
  let l = line;
  for (let t = 0; t < seconds; t += dt) l = advanceLine(l, dt, c);
  return l;
};
/** Load, carry through the heat, unload into the chiller, carry through the cold, delast. */
const onePass = (c: LineConditions, heatC = c, chillC = c) => {
  let l = loadShoe(EMPTY_LINE);
  l = run(l, Math.ceil(dwellS(HEAT_TUNNEL_M, c.speedMMin) / 10) * 10, heatC);
  l = transferShoe(l);
  l = run(l, Math.ceil(dwellS(CHILL_TUNNEL_M, c.speedMMin) / 10) * 10, chillC);
  return delastShoe(l);
};

describe('heat setter line (pure model)', () => {
  it('dwell follows from speed and tunnel length: 0.5 m/min over 1.5 m is 3 min', () => {
    expect(dwellS(HEAT_TUNNEL_M, 0.5)).toBe(180);
    expect(dwellS(CHILL_TUNNEL_M, 0.5)).toBe(300);
  });

  it('a shoe run at the ticket keeps its shape', () => {
    expect(onePass(GOOD)?.verdict).toEqual({ outcome: 'kept', defects: [] });
  });

  it('too hot blisters; too fast loses the shape; steam on high wets; a dripping chiller wets', () => {
    expect(onePass({ ...GOOD, heatC: 140 })?.verdict.outcome).toBe('blistered');
    expect(onePass({ ...GOOD, speedMMin: 7 })?.verdict.defects).toContain('tooShortHot');
    expect(onePass({ ...GOOD, steam: 'high' })?.verdict.outcome).toBe('wet');
    expect(onePass({ ...GOOD, chillerWet: true })?.verdict.outcome).toBe('wet');
    expect(onePass({ ...GOOD, chillC: 0 })?.verdict.defects).toEqual(['tooWarmCold']);
  });

  it('a tunnel not yet at setpoint does not set the shoe', () => {
    expect(onePass(GOOD, { ...GOOD, heatReady: false })?.verdict.defects).toContain('tooCool');
  });

  it('shoes load only at the fixed pitch: the next slot frees after the belt moves one pitch', () => {
    const l = loadShoe(EMPTY_LINE);
    expect(canLoad(l)).toBe(false);
    const moved = run(l, Math.ceil(((PITCH_M / GOOD.speedMMin) * 60) / 10) * 10);
    expect(canLoad(moved)).toBe(true);
    expect(count(loadShoe(moved), 'heat')).toBe(2);
  });

  it('several shoes ride at once, each with its own time in the heat', () => {
    let l = loadShoe(EMPTY_LINE);
    l = run(l, 60);
    l = loadShoe(l);
    const [a, b] = l.shoes;
    expect(a?.pass.heatS).toBe(60);
    expect(b?.pass.heatS).toBe(0);
  });

  it('a second shoe reaching the far end while one still waits there jams the exit and stops the belt', () => {
    let l = loadShoe(EMPTY_LINE);
    l = run(l, 60);
    l = loadShoe(l);
    l = run(l, 300);
    expect(count(l, 'exit')).toBe(1);
    expect(l.jammed).toBe(true);
    const frozen = run(l, 100);
    expect(frozen.shoes.map((s) => s.posM)).toEqual(l.shoes.map((s) => s.posM));
    expect(transferShoe(l).jammed).toBe(false);
  });

  it('a stopped belt with the heat on keeps cooking the shoes inside (too long: glue softens)', () => {
    const l = run(loadShoe(EMPTY_LINE), 400, { ...GOOD, beltRunning: false });
    expect(l.shoes[0]?.pass.heatS).toBe(400);
    expect(count(l, 'heat')).toBe(1);
  });
});
