import { describe, expect, it } from 'vitest';
import { handworkFixture } from '../../tests/support/fixtures/handworkFixture.ts';
import { followHints } from '../../tests/contract/hintFollower.ts';
import { recordResults } from '../engine/recordResults.ts';
import { parseRecord, toRecord } from './sessionRecord.ts';

/** Session records of continuous handwork (the fixture machine's guided run). */
const live = followHints(handworkFixture, 'free');
const text = JSON.stringify(toRecord(live.log(), recordResults(live), 'Siti', '2026-12-02T10:00:00Z'));
/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit parsed JSON freely, as a forger would */
const edit = (change: (r: any) => void): string => {
  const r = JSON.parse(text);
  change(r);
  return JSON.stringify(r);
};
const open = (body: string) => parseRecord('run.json', body, [handworkFixture]);
const problems = (body: string): string[] => {
  const r = open(body);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};
const adjustAt = (r: any, control: string): number => r.log.entries.findIndex((e: any) => e.kind === 'event' && e.event.type === 'user.adjust' && e.event.control === control);
const treadle = adjustAt(JSON.parse(text), 'treadle');

describe('session records with continuous handwork', () => {
  it('open, replayed to the same results', () => {
    expect(treadle).toBeGreaterThanOrEqual(0);
    expect(open(text)).toMatchObject({ ok: true, results: recordResults(live) });
  });

  it('refuse an adjust off its control range or step, with the usual problem line', () => {
    expect(problems(edit((r) => (r.log.entries[treadle].event.value = 1.5)))).toEqual([`run.json: log.entries.${treadle}.event.value: 1.5 is outside 0…1 (control "treadle")`]);
    expect(problems(edit((r) => (r.log.entries[treadle].event.value = 0.52)))).toEqual([`run.json: log.entries.${treadle}.event.value: 0.52 is not a multiple of the step 0.05 (control "treadle")`]);
  });

  it('refuse an adjust of a control that is not continuous, or of no control', () => {
    expect(problems(edit((r) => (r.log.entries[treadle].event.control = 'motor')))).toEqual([
      `run.json: log.entries.${treadle}.event.control: "motor" is not a continuous control on handwork-fixture (only those take user.adjust)`,
    ]);
    expect(problems(edit((r) => (r.log.entries[treadle].event.control = 'pedal')))).toEqual([`run.json: log.entries.${treadle}.event.control: unknown control "pedal" on handwork-fixture`]);
  });

  it('refuse an adjust value that is not a finite number', () => {
    // As written in the file: 1e999 reads as Infinity.
    for (const value of ['"0.5"', 'null', '1e999']) {
      const body = edit((r) => (r.log.entries[treadle].event.value = 'VALUE')).replace('"VALUE"', value);
      expect(problems(body).join('\n')).toMatch(new RegExp(`^run\\.json: log\\.entries\\.${treadle}\\.event\\.value: `));
    }
  });

  it('tell a changed hand from the one recorded: the replay measures another edge', () => {
    const strayed = { ...JSON.parse(text).log.entries[treadle], event: { type: 'user.adjust', control: 'guideOffset', value: 2 } };
    const lines = problems(edit((r) => r.log.entries.splice(treadle, 0, strayed)));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^run\.json: results\.mistakes\.0: this record was changed after it was made/);
  });
});
