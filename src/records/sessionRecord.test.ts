import { describe, expect, it } from 'vitest';
import { fixtureMachines } from '../../tests/support/fixtures/registry.ts';
import { testPress } from '../../tests/support/fixtures/testPress/index.ts';
import { loadProbe } from '../../tests/support/probeDrill.ts';
import { machineModules as realMachines } from '../machines/index.ts';
import { drillFingerprint } from '../scenarios/drillFingerprint.ts';
import { playRun } from '../scenarios/playRun.ts';
import { followHints } from '../engine/contract/hintFollower.ts';
import { MAX_ENTRIES, MAX_RECORD_BYTES } from '../engine/recordLimits.ts';
import { recordFileName } from '../engine/recordFormat.ts';
import { recordResults } from '../engine/recordResults.ts';
import { checkMachineVersion } from '../engine/replayCompatibility.ts';
import { createSession, EXAM_TIME_LIMIT_MS } from '../engine/session.ts';
import { parseRecord, toRecord } from './sessionRecord.ts';

/** The drills the reader knows: the probe on the test press (a drill with a scheduled fault). */
const drills = [loadProbe()];
const live = followHints(testPress, 'free');
const record = toRecord(live.log(), recordResults(live), 'Siti', '2026-11-28T10:00:00Z');
const text = JSON.stringify(record);
/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit parsed JSON freely, as a forger would */
const edit = (change: (r: any) => void, from: string = text): string => {
  const r = JSON.parse(from);
  change(r);
  return JSON.stringify(r);
};
const open = (name: string, body: string) => parseRecord(name, body, fixtureMachines, drills);
const problems = (name: string, body: string): string[] => {
  const r = open(name, body);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};
const firstEvent = (r: any, pred: (e: any) => boolean): number => r.log.entries.findIndex((e: any) => e.kind === 'event' && pred(e));

/** A failed exam: the main switch on, then the stroke latched (critical: the exam ends there). */
function failedExam() {
  const s = createSession(testPress, { mode: 'exam', timeLimitMs: EXAM_TIME_LIMIT_MS });
  s.advance(1000);
  s.send({ type: 'user.set', control: 'mainSwitch', value: 'on' });
  s.advance(500);
  s.send({ type: 'user.set', control: 'strokeMode', value: 'latch' });
  return s;
}
const examText = () => {
  const s = failedExam();
  return JSON.stringify(toRecord(s.log(), recordResults(s), 'Ani', '2026-11-28T10:00:00Z'));
};

/** A drill with a scheduled fault, played by its golden run, plus one fault injected live by a trainer. */
function drillRecord() {
  const drill = drills.find((d) => d.faults.length > 0)!;
  const { run } = playRun(testPress, drill, drill.golden);
  const record = toRecord(run.session.log(), recordResults(run.session, run), 'Budi', '2026-11-28T10:00:00.000Z', { id: drill.id, fingerprint: drillFingerprint(drill) });
  return { drill, run, text: JSON.stringify(record) };
}

describe('session record files', () => {
  it('a genuine record round-trips, stays small and opens with recomputed results', () => {
    const parsed = open('a.json', text);
    expect(parsed).toMatchObject({ ok: true, record, results: record.results, score: live.score(), outcome: live.outcome() });
    if (parsed.ok) expect(parsed.log.entries).toEqual(live.log().entries);
    expect(text.length).toBeLessThan(12_000);
  });
  it('a genuine drill record (scheduled faults, a live trainer fault) opens with the drill recomputed', () => {
    const { drill, run, text: drillText } = drillRecord();
    const parsed = open('drill.json', drillText);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.drill?.id).toBe(drill.id);
    expect(parsed.drillResult).toEqual(run.result());
    expect(parsed.results.objectives).toEqual(run.result().objectives.map((o) => o.met));
    expect(parsed.log.entries.some((e) => e.kind === 'event' && e.by === 'scenario' && e.event.type === 'fault.inject')).toBe(true);
  });
  it('a record of a failed exam opens failed (the stored verdict is the recomputed one)', () => {
    const r = open('exam.json', examText());
    expect(r).toMatchObject({ ok: true, results: { verdict: { status: 'failed', reason: 'critical' } } });
  });
  it('refuses broken JSON naming the file', () => {
    expect(problems('broken.json', text.slice(0, 40))[0]).toMatch(/^broken\.json: \(file\): not valid JSON/);
  });
  it('refuses a foreign file', () => {
    expect(open('x.json', JSON.stringify({ hello: 1 }))).toEqual({ ok: false, problems: ['x.json: format: not a Gladi session record (expected "gladi-session")'] });
  });
  it('names the field that is wrong', () => {
    const p = problems('bad.json', edit((r) => (r.log.entries[2].t = 'soon')));
    expect(p.some((l) => l.startsWith('bad.json: log.entries.2.t:'))).toBe(true);
  });
  it('cross-checks controls against the machine', () => {
    const p = problems('bad.json', edit((r) => (r.log.entries[3].event = { type: 'user.press', control: 'laserCannon' })));
    expect(p).toEqual([expect.stringMatching(/^bad\.json: log\.entries\.3\.event\.control: unknown control "laserCannon"/)]);
  });
  it('refuses values a control cannot take ("Main switch: banana", "Notch 999")', () => {
    const banana = edit((r) => (r.log.entries[0].event = { type: 'user.set', control: 'mainSwitch', value: 'banana' }));
    expect(problems('banana.json', banana)).toEqual([expect.stringMatching(/^banana\.json: log\.entries\.0\.event: "mainSwitch" cannot send/)]);
    const notch = edit((r) => (r.log.entries[0].event = { type: 'user.set', control: 'dwell', value: '999' }));
    expect(problems('notch.json', notch)[0]).toMatch(/^notch\.json: log\.entries\.0\.event: "dwell" cannot send/);
  });
  it('refuses an unknown machine', () => {
    expect(problems('m.json', edit((r) => (r.log.machineId = 'time-machine')))).toEqual(['m.json: log.machineId: unknown machine "time-machine" (machines: test-press)']);
  });

  describe('a record changed after it was made', () => {
    it('an accepted flag flipped: refused, naming the entry and its time', () => {
      const i = 4;
      const r = open('flip.json', edit((x) => (x.log.entries[i].accepted = !x.log.entries[i].accepted)));
      expect(r).toMatchObject({ ok: false, changed: { entry: i, t: live.log().entries[i]!.t } });
      if (!r.ok) expect(r.problems).toEqual([expect.stringMatching(new RegExp(`^flip\\.json: log\\.entries\\.${i}\\.accepted: this record was changed after it was made: entry ${i} \\(at \\d+:\\d\\d\\)`))]);
    });
    it('a trainee action relabelled by a trainer or the drill in a practice record is refused', () => {
      expect(problems('t.json', edit((x) => (x.log.entries[1].by = 'trainer')))).toContainEqual(expect.stringMatching(/^t\.json: log\.entries\.1\.by: a trainer only sends fault\.inject/));
      expect(problems('t.json', edit((x) => (x.log.entries[1].by = 'scenario')))).toContainEqual(expect.stringMatching(/^t\.json: log\.entries\.1\.by: "scenario" only happens in a drill/));
    });
    it('a practice record with a fault a trainer injected live opens (the trainer panel serves practice too)', () => {
      const s = createSession(testPress, 'free');
      s.send({ type: 'user.set', control: 'mainSwitch', value: 'on' });
      s.send({ type: 'user.press', control: 'start' });
      s.advance(2000);
      expect(s.send({ type: 'fault.inject', fault: 'overheat' }, 'trainer')).toBe(true);
      s.advance(500);
      s.send({ type: 'user.set', control: 'mainSwitch', value: 'off' });
      const r = open('tr.json', JSON.stringify(toRecord(s.log(), recordResults(s), 'Ani', '2026-11-28T10:00:00Z')));
      expect(r).toMatchObject({ ok: true, results: recordResults(s) });
      if (r.ok) expect(r.log.entries).toEqual(s.log().entries);
    });
    it('a trainee action relabelled by a trainer in a drill record is refused (a trainer only injects faults)', () => {
      const { text: drillText } = drillRecord();
      let at = -1;
      const forged = edit((x) => {
        at = firstEvent(x, (e) => e.by === 'trainee');
        x.log.entries[at].by = 'trainer';
      }, drillText);
      expect(problems('d.json', forged)).toContainEqual(expect.stringMatching(new RegExp(`^d\\.json: log\\.entries\\.${at}\\.by: a trainer only sends fault\\.inject`)));
    });
    it('a trainee action relabelled as the drill\u2019s own (to drop its mistake) is refused as changed', () => {
      const { text: drillText } = drillRecord();
      let at = -1;
      const forged = edit((x) => {
        at = firstEvent(x, (e) => e.by === 'trainee');
        x.log.entries[at].by = 'scenario';
      }, drillText);
      const r = open('d.json', forged);
      expect(r).toMatchObject({ ok: false, changed: { entry: at } });
    });
    it('a record made before its drill changed says so (not "changed after it was made")', () => {
      const { drill, text: drillText } = drillRecord();
      const changed = drills.map((d) => (d === drill ? { ...d, passMark: d.passMark - 1 } : d));
      expect(parseRecord('d.json', drillText, fixtureMachines, changed)).toEqual({
        ok: false,
        problems: [`d.json: scenarioFingerprint: drill "${drill.id}" has changed since this record was made, so it cannot be replayed as it happened`],
      });
      expect(drillFingerprint({ ...drill, title: { id: 'lain', en: 'other' }, file: 'x.json' })).toBe(drillFingerprint(drill));
    });
    it('a fault the trainee injected is refused', () => {
      const forged = edit((x) => x.log.entries.splice(2, 0, { t: x.log.entries[1].t, kind: 'event', event: { type: 'fault.inject', fault: 'overheat' }, accepted: true, by: 'trainee' }));
      expect(problems('i.json', forged)).toContainEqual('i.json: log.entries.2.by: a trainee cannot inject a fault (only a trainer or the drill can)');
    });
    it('a stored mistake removed, a score raised, a verdict turned: each refused naming the field', () => {
      const exam = examText();
      expect(open('g.json', exam)).toMatchObject({ ok: true, results: { score: 50, verdict: { status: 'failed', reason: 'critical' } } });
      expect(problems('m.json', edit((x) => (x.results.mistakes = []), exam))[0]).toMatch(
        /^m\.json: results\.mistakes\.0: this record was changed after it was made: mistake 0: the file says no mistake, the replay finds "\w+" at entry 1/,
      );
      expect(problems('s.json', edit((x) => (x.results.score = 98), exam))[0]).toMatch(/^s\.json: results\.score: this record was changed/);
      expect(problems('v.json', edit((x) => (x.results.verdict = { status: 'inProgress' }), exam))[0]).toMatch(/^v\.json: results\.verdict: this record was changed/);
    });
    it('rules loosened in the file (pass mark, weights, exam time limit) are refused', () => {
      expect(problems('p.json', edit((x) => (x.log.passMark = 0)))[0]).toMatch(/^p\.json: log\.passMark: this record was changed/);
      expect(problems('w.json', edit((x) => (x.log.weights = { severity: { critical: 0 } })))[0]).toMatch(/^w\.json: log\.weights: this record was changed/);
      expect(problems('l.json', edit((x) => (x.log.timeLimitMs = 9e6), examText())).join('\n')).toMatch(/log\.timeLimitMs/);
    });
    it('a finished drill stretched past its end is refused', () => {
      const { text: drillText } = drillRecord();
      expect(problems('d.json', edit((x) => (x.log.endT += 60_000), drillText))[0]).toMatch(/^d\.json: log\.endT: this record was changed after it was made: the file says \d+, the replay ends at \d+/);
    });
    it.each(realMachines.map((m) => [m.id] as const))('a record of one machine relabelled as another (%s) is refused', (other) => {
      const r = parseRecord('r.json', edit((x) => (x.log.machineId = other)), [...fixtureMachines, ...realMachines], drills);
      expect(r.ok).toBe(false);
      const p = r.ok ? [] : r.problems;
      expect(p.length).toBeGreaterThan(0);
      expect(p[0]).toMatch(/^r\.json: log\.(machineVersion|entries\.\d+)/);
    });
  });

  describe('bounds', () => {
    it('an unknown or huge machineVersion is refused', () => {
      expect(problems('v.json', edit((x) => (x.log.machineVersion = '999.0-other')))).toEqual([
        `v.json: log.machineVersion: made with version "999.0-other" of the test-press procedure; this app has ${testPress.version}, which may replay it differently`,
      ]);
      expect(problems('v.json', edit((x) => (x.log.machineVersion = 'v'.repeat(500))))[0]).toMatch(/^v\.json: log\.machineVersion: Too big/);
      expect(problems('v.json', edit((x) => (x.log.machineVersion = 'v'.repeat(MAX_RECORD_BYTES))))[0]).toMatch(/^v\.json: \(file\): too big for a session record \(\d+\.\d MB; an hour of practice makes at most \d+\.\d MB\)/);
    });
    it('a record of another chart version opens only when that version is known to replay identically', () => {
      const newer = { ...testPress, version: '1.1.0' };
      expect(parseRecord('o.json', text, [newer], drills)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^o\.json: log\.machineVersion: made with version "1\.0\.0"/)] });
      expect(checkMachineVersion('test-press', '1.1.0', '1.0.0', { 'test-press': ['1.0.0'] })).toEqual({ ok: true, older: true });
      expect(checkMachineVersion('test-press', '1.1.0', '1.0.0', { 'other-press': ['1.0.0'] })).toEqual({ ok: false });
      expect(checkMachineVersion('test-press', '1.1.0', '1.1.0')).toEqual({ ok: true, older: false });
    });
    it('absurd or impossible numbers are refused naming the field', () => {
      expect(problems('e.json', edit((x) => (x.log.endT = 1e308)))[0]).toMatch(/^e\.json: log\.endT: Too big/);
      expect(problems('e.json', text.replace(/"endT":[\d.]+/, '"endT":1e999'))[0]).toMatch(/^e\.json: log\.endT:/);
      expect(problems('n.json', edit((x) => (x.log.entries[1].t = 'NaN')))[0]).toMatch(/^n\.json: log\.entries\.1\.t:/);
      expect(problems('n.json', edit((x) => (x.log.entries[1].t = -5)))[0]).toMatch(/^n\.json: log\.entries\.1\.t: Too small/);
      expect(problems('s.json', edit((x) => (x.results.score = 1e9)))[0]).toMatch(/^s\.json: results\.score: Too big/);
    });
    it('the largest record an hour can make opens (an explicit budget: it replays 36,000 entries)', { timeout: 120_000 }, () => {
      const s = createSession(testPress, 'free');
      const events = testPress.controls.flatMap((c) => c.events);
      for (let i = 0; i < MAX_ENTRIES; i++) {
        s.advance(100);
        s.send(events[(i * 7919) % events.length]!);
      }
      // A session never logs more than a record may hold: at the limit it ends (and says so in its log).
      expect(s.log().entries.length).toBeLessThanOrEqual(MAX_ENTRIES);
      expect(s.outcome().status).toBe('ended');
      expect(s.send(events[0]!)).toBe(false);
      const big = JSON.stringify(toRecord(s.log(), recordResults(s), 'Ani', '2026-11-28T10:00:00Z'));
      expect(big.length).toBeLessThan(MAX_RECORD_BYTES);
      expect(open('big.json', big)).toMatchObject({ ok: true, results: recordResults(s) });
    });
    it('more entries than an hour of practice can make are refused', () => {
      const many = edit((x) => (x.log.entries = Array.from({ length: MAX_ENTRIES + 1 }, () => ({ t: 0, kind: 'hint' }))));
      expect(problems('many.json', many)).toEqual([`many.json: log.entries: more than ${MAX_ENTRIES} entries (an hour of practice makes fewer)`]);
    });
  });

  it('a version 1 record (no results) still opens, checked on its accepted flags', () => {
    const v1 = edit((x) => {
      x.version = 1;
      delete x.results;
    });
    expect(open('v1.json', v1)).toMatchObject({ ok: true, results: record.results });
    expect(problems('v1.json', edit((x) => (x.log.entries[4].accepted = !x.log.entries[4].accepted), v1))[0]).toMatch(/changed after it was made/);
  });
  it('file names keep date and time apart', () => {
    expect(recordFileName('test-press', ' Siti <b>Aminah</b> ', new Date(2026, 11, 1, 21, 38))).toBe('gladi-test-press-Siti-b-Aminah-b-2026-12-01-2138.json');
    expect(recordFileName('other-press', '', new Date(2026, 0, 2, 3, 4))).toBe('gladi-other-press-peserta-2026-01-02-0304.json');
  });
});
