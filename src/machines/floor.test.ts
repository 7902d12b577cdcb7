import { describe, expect, it } from 'vitest';
import type { MachineSummary } from './catalogueTypes.ts';
import { machineCatalogue } from './catalogue.ts';
import { layFloor, STATION_LINES, stationOf } from './floor.ts';

const m = (id: string, line: number): MachineSummary => ({ id, line, texts: { id: { name: id, purpose: '' }, en: { name: id, purpose: '' } } });

describe('layFloor', () => {
  it('puts stations in flow order and machines in their station', () => {
    const floor = layFloor([m('a', 10), m('b', 40), m('c', 45), m('d', 70)]);
    expect(floor.map((s) => s.line)).toEqual([10, 40, 70]);
    expect(floor[1]!.machines.map((x) => x.id)).toEqual(['b', 'c']);
  });

  it('leaves out stations with no machine', () => {
    expect(layFloor([m('a', 80)]).map((s) => s.line)).toEqual([80]);
    expect(layFloor([])).toEqual([]);
  });

  it('keeps machines whose line fits no station exactly: nearest lower station, or the first', () => {
    expect(stationOf(95)).toBe(90);
    expect(stationOf(500)).toBe(90);
    expect(stationOf(5)).toBe(10);
    expect(stationOf(-1)).toBe(10);
    expect(layFloor([m('low', 3), m('high', 120)]).map((s) => [s.line, s.machines.map((x) => x.id)])).toEqual([
      [10, ['low']],
      [90, ['high']],
    ]);
  });

  it('lists every catalogue machine exactly once, stations strictly ascending', () => {
    const floor = layFloor(machineCatalogue);
    const ids = floor.flatMap((s) => s.machines.map((x) => x.id));
    expect(ids.sort()).toEqual(machineCatalogue.map((x) => x.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    const lines = floor.map((s) => s.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    for (const s of floor) expect(STATION_LINES).toContain(s.line);
  });
});
