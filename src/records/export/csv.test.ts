import { describe, expect, it } from 'vitest';
import { followHints } from '../../../tests/contract/hintFollower.ts';
import { testPress } from '../../../tests/support/fixtures/testPress/index.ts';
import { createSession, EXAM_TIME_LIMIT_MS } from '../../engine/session.ts';
import type { Learner } from '../attempt.ts';
import { loadProbe } from '../../../tests/support/probeDrill.ts';
import { attemptOf, drillAttempt } from '../../../tests/support/attemptFixtures.ts';
import { attemptsCsv, CSV_COLUMNS, localDateTime } from './csv.ts';
import { csvCell } from './csvText.ts';

/** A small RFC 4180 reader (`;` separated): what a spreadsheet does with the file, to read it back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ';') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i} (not RFC 4180)`);
    else cell += c;
  }
  if (quoted || cell !== '' || row.length) throw new Error('the file does not end with CRLF');
  return rows;
}

const learners: Learner[] = [
  { id: 'l1', name: 'Siti; "Ani"\nputri', createdAt: '2026-12-01T00:00:00Z' },
  { id: 'l2', name: '=HYPERLINK("http://x")', createdAt: '2026-12-01T00:00:00Z' },
  { id: 'l3', name: 'Budi', createdAt: '2026-12-01T00:00:00Z' },
];

/** A failed exam: the main switch on, then the stroke latched (critical). */
function failedExam() {
  const s = createSession(testPress, { mode: 'exam', timeLimitMs: EXAM_TIME_LIMIT_MS });
  s.advance(1000);
  s.send({ type: 'user.set', control: 'mainSwitch', value: 'on' });
  s.advance(500);
  s.send({ type: 'user.set', control: 'strokeMode', value: 'latch' });
  return s;
}
const guided = attemptOf(followHints(testPress, 'guided'), 'l1', 'Siti');
const exam = attemptOf(failedExam(), 'l2', 'x');
const gone = attemptOf(followHints(testPress, 'free'), 'deleted', 'Nama lama');
const probe = loadProbe();
const drill = drillAttempt(testPress, probe, 'l3', 'Budi');
const csv = attemptsCsv(learners, [guided, exam, gone, drill], [testPress], { timeZone: 'Asia/Jakarta' });
const rows = parseCsv(csv.slice(1));
const column = (name: (typeof CSV_COLUMNS)[number]) => rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf(name)]);

describe('the CSV export', () => {
  it('is UTF-8 text with a BOM, `;` separated, a header and one row per attempt', () => {
    expect(csv.startsWith('\uFEFFattempt;learner;machine;mode;drill;start;')).toBe(true);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('round-trips names with ; " and a newline through an RFC 4180 reader', () => {
    expect(column('learner')[0]).toBe('Siti; "Ani"\nputri');
    expect(csv).toContain('"Siti; ""Ani""\nputri"');
  });

  it('guards formula injection with a leading apostrophe', () => {
    expect(column('learner')[1]).toBe(`'=HYPERLINK("http://x")`);
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell('Siti-Ani')).toBe('Siti-Ani');
  });

  it('falls back to the name in the record for a learner no longer on the device', () => {
    expect(column('learner')[2]).toBe('Nama lama');
  });

  it('writes mode, verdict, severity counts, score and the real duration from the record', () => {
    expect(column('mode')).toEqual(['guided', 'exam', 'free', probe.mode]);
    expect(column('verdict')[1]).toBe('failed');
    expect(column('critical')[1]).toBe('1');
    expect(column('score')[1]).toBe(String(exam.record.results!.score));
    expect(column('verdict')[0]).toBe(guided.record.results!.verdict.status);
    // The exam took 1.5 s of session time (no waits skipped); the hint follower fast-forwards every wait.
    expect(column('duration_s').slice(0, 3)).toEqual(['0', '2', '0']);
    expect(column('drill')).toEqual(['', '', '', probe.id]);
    expect(column('verdict')[3]).toBe('passed');
  });

  it('counts mistakes by the severity of the machine spec', () => {
    const counts = column('minor').map(Number);
    const minorOf = (a: typeof guided) => a.record.results!.mistakes.filter((m) => testPress.mistakes.specs.find((s) => s.id === m.id)?.severity === 'minor' || ['wrongOrder', 'hintRequested'].includes(m.id)).length;
    expect(counts).toEqual([guided, exam, gone, drill].map(minorOf));
  });

  it('writes the start as a local date-time, decimals with the Indonesian comma', () => {
    expect(localDateTime('2026-12-02T10:05:09.000Z', 'Asia/Jakarta')).toBe('2026-12-02 17:05:09');
    expect(column('start')[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(csvCell(97.5)).toBe('97,5');
  });
});
