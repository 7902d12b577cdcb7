import { describe, expect, it } from 'vitest';
import { machineModules } from '../machines/index.ts';
import { clickingPress } from '../machines/clicking-press/index.ts';
import { followHints } from './contract/hintFollower.ts';
import { parseRecord, toRecord } from './sessionRecord.ts';

const live = followHints(clickingPress, 'free');
const record = toRecord(live.log(), 'Siti', '2026-11-28T10:00:00Z');
const text = JSON.stringify(record);

describe('session record files', () => {
  it('round-trips and stays small', () => {
    const parsed = parseRecord('a.json', text, machineModules);
    expect(parsed).toEqual({ ok: true, record });
    expect(text.length).toBeLessThan(12_000);
  });
  it('refuses broken JSON naming the file', () => {
    const r = parseRecord('broken.json', text.slice(0, 40), machineModules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^broken\.json: \(file\): not valid JSON/);
  });
  it('refuses a foreign file', () => {
    const r = parseRecord('x.json', JSON.stringify({ hello: 1 }), machineModules);
    expect(r).toEqual({ ok: false, problems: ['x.json: format: not a Gladi session record (expected "gladi-session")'] });
  });
  it('names the field that is wrong', () => {
    const bad = JSON.parse(text);
    bad.log.entries[2].t = 'soon';
    bad.log.entries[3].event = { type: 'user.press', control: 'laserCannon' };
    const r = parseRecord('bad.json', JSON.stringify(bad), machineModules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.some((p) => p.startsWith('bad.json: log.entries.2.t:'))).toBe(true);
  });
  it('cross-checks controls against the machine', () => {
    const bad = JSON.parse(text);
    bad.log.entries[3].event = { type: 'user.press', control: 'laserCannon' };
    const r = parseRecord('bad.json', JSON.stringify(bad), machineModules);
    expect(r).toMatchObject({ ok: false, problems: [expect.stringMatching(/^bad\.json: log\.entries\.3\.event\.control: unknown control "laserCannon"/)] });
  });
  it('refuses an unknown machine', () => {
    const bad = JSON.parse(text);
    bad.log.machineId = 'time-machine';
    expect(parseRecord('m.json', JSON.stringify(bad), machineModules)).toEqual({ ok: false, problems: ['m.json: log.machineId: unknown machine "time-machine"'] });
  });
});
