import { describe, expect, it } from 'vitest';
import { fixtureMachines } from '../../tests/support/fixtures/registry.ts';
import { testPress } from '../../tests/support/fixtures/testPress/index.ts';
import { loadProbe, probeDoc } from '../../tests/support/probeDrill.ts';
import { recordResults } from '../engine/recordResults.ts';
import { checkDrillFile } from '../scenarios/checkDrill.ts';
import { drillStamp } from '../scenarios/drillStamp.ts';
import { playRun } from '../scenarios/playRun.ts';
import { parseRecord, toRecord } from './sessionRecord.ts';

/**
 * A trainer's own drill file (not bundled with the app): its records carry the file, so they open,
 * check and replay on any device, the class view's included, and nothing else can pass for it.
 */
const ownText = JSON.stringify({ ...probeDoc(), id: 'latihan-bu-ani' }, null, 2);
const checked = checkDrillFile('latihan-bu-ani.json', ownText, fixtureMachines);
if (!checked.ok) throw new Error(checked.problems.join('\n'));
const own = checked.drill;
const { run } = playRun(testPress, own, own.golden);
const recordText = JSON.stringify(toRecord(run.session.log(), recordResults(run.session, run), 'Budi', '2026-12-03T10:00:00.000Z', drillStamp(own)));
/** The app's own drills: the probe, not the trainer's file. */
const bundled = [loadProbe()];
/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit parsed JSON freely, as a forger would */
const edit = (change: (r: any) => void): string => {
  const r = JSON.parse(recordText);
  change(r);
  return JSON.stringify(r);
};
const open = (body: string) => parseRecord('r.json', body, fixtureMachines, bundled);
const problemsOf = (body: string): string[] => {
  const r = open(body);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};

describe("a record of a trainer's own drill", () => {
  it('carries the file as it was opened, and opens with the drill rebuilt from it', () => {
    expect(JSON.parse(recordText).drillFile).toEqual({ name: 'latihan-bu-ani.json', text: ownText });
    const r = open(recordText);
    expect(r).toMatchObject({ ok: true, drill: { id: 'latihan-bu-ani', source: ownText } });
    if (r.ok) expect(r.results).toEqual(recordResults(run.session, run));
  });

  it("a bundled drill's record carries no file (the app has it)", () => {
    const probe = bundled[0]!;
    expect(drillStamp(probe).file).toBeUndefined();
  });

  it('without its file it is refused, saying why', () => {
    expect(problemsOf(edit((x) => delete x.drillFile))).toEqual([
      'r.json: log.scenario: drill "latihan-bu-ani" is not one of this app\'s drills for test-press, and the record carries no drill file, so its results cannot be checked',
    ]);
  });

  it('a file with easier rules (a lower pass mark) is refused as not the drill it was made in', () => {
    const easier = edit((x) => (x.drillFile.text = x.drillFile.text.replace('"passMark": 70', '"passMark": 10')));
    expect(problemsOf(easier)).toContainEqual(expect.stringMatching(/^r\.json: drillFile: is not the drill this record was made in/));
  });

  it('another drill put in its place is refused by id', () => {
    const other = edit((x) => (x.drillFile.text = x.drillFile.text.replace('latihan-bu-ani', 'latihan-lain')));
    expect(problemsOf(other)).toContainEqual('r.json: drillFile: is drill "latihan-lain", but the record is of drill "latihan-bu-ani"');
  });

  it('a broken file inside is refused with the problem named inside the record', () => {
    const broken = problemsOf(edit((x) => (x.drillFile.text = x.drillFile.text.slice(0, 40))));
    expect(broken[0]).toMatch(/^r\.json drillFile "latihan-bu-ani\.json": \(file\): /);
  });

  it('a record outside any drill carrying a drill file is refused', () => {
    const free = edit((x) => {
      delete x.scenario;
      delete x.scenarioFingerprint;
      delete x.log.scenario;
    });
    expect(problemsOf(free)).toContainEqual('r.json: drillFile: only a drill record carries a drill file');
  });
});
