import { describe, expect, it } from 'vitest';
import { continueHints, followHints } from '../../../tests/contract/hintFollower.ts';
import { fixtureMachines } from '../../../tests/support/fixtures/registry.ts';
import { testPress } from '../../../tests/support/fixtures/testPress/index.ts';
import { loadProbe } from '../../../tests/support/probeDrill.ts';
import { createSession } from '../../engine/session.ts';
import type { Attempt, Learner } from '../attempt.ts';
import { attemptOf, drillAttempt } from '../../../tests/support/attemptFixtures.ts';
import { bundleFileName, makeBundle, MAX_BUNDLE_BYTES, MAX_BUNDLE_LEARNERS, type ClassBundle } from './bundleFormat.ts';
import { mergeBundle, type ClassRecords } from './mergeBundle.ts';
import { readBundle } from './readBundle.ts';

const drills = [loadProbe()];
const drill = drills[0]!;
const learner = (id: string, name: string): Learner => ({ id, name, createdAt: '2026-12-01T08:00:00.000Z' });
const siti = learner('l-siti', 'Siti');
const budi = learner('l-budi', 'Budi');
const ani = learner('l-ani', 'Ani');

/** Tablet A: Siti and Budi practised; tablet B: Ani, and Siti (whose name came over in an earlier bundle). */
const tabletA = makeBundle('tablet-a', '2026-12-02T09:00:00.000Z', [siti, budi], [
  attemptOf(followHints(testPress, 'guided'), siti.id, 'Siti', { deviceId: 'tablet-a' }),
  drillAttempt(testPress, drill, budi.id, 'Budi', drill.golden, 'tablet-a'),
]);
const tabletB = makeBundle('tablet-b', '2026-12-02T09:30:00.000Z', [ani, siti], [
  attemptOf(followHints(testPress, 'free'), ani.id, 'Ani', { deviceId: 'tablet-b' }),
  attemptOf(followHints(testPress, 'free'), siti.id, 'Siti', { deviceId: 'tablet-b', status: 'abandoned' }),
]);
const textA = JSON.stringify(tabletA);
const textB = JSON.stringify(tabletB);

const read = (name: string, text: string) => readBundle(name, text, fixtureMachines, drills);
const open = (name: string, text: string): ClassBundle => {
  const r = read(name, text);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.bundle;
};
const problems = (name: string, text: string): string[] => {
  const r = read(name, text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};
/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit parsed JSON freely, as a forger would */
const edit = (change: (b: any) => void, from = textA): string => {
  const b = JSON.parse(from);
  change(b);
  return JSON.stringify(b);
};

/** Deep-frozen, so a merge that changed what the device holds would throw. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}
const empty: ClassRecords = frozen({ learners: [], attempts: [] });
const ids = (attempts: readonly Attempt[]) => attempts.map((a) => a.id);

describe('class bundles', () => {
  it('a bundle reads back as written, a session still running in it too', () => {
    expect(open('a.json', textA)).toEqual(tabletA);
    const s = createSession(testPress, 'guided');
    s.send(s.hints()[0]!);
    const live = makeBundle('tablet-a', '2026-12-02T09:00:00.000Z', [siti], [attemptOf(s, siti.id, 'Siti', { status: 'running' })]);
    expect(open('live.json', JSON.stringify(live))).toEqual(live);
    expect(bundleFileName('3f2a9c1e-77', new Date(2026, 11, 2, 14, 5))).toBe('gladi-kelas-3f2a9c1e-2026-12-02-1405.json');
  });

  it('merging twice is merging once (duplicates skipped by attempt id)', () => {
    const once = mergeBundle(empty, open('a.json', textA));
    expect(once.counts).toEqual({ learnersAdded: 2, learnersMatched: 0, attemptsAdded: 2, attemptsUpdated: 0, attemptsSkipped: 0 });
    const twice = mergeBundle(frozen(once), open('a.json', textA));
    expect(twice.counts).toEqual({ learnersAdded: 0, learnersMatched: 2, attemptsAdded: 0, attemptsUpdated: 0, attemptsSkipped: 2 });
    expect(twice.added).toEqual({ learners: [], attempts: [] });
    expect({ learners: twice.learners, attempts: twice.attempts }).toEqual({ learners: once.learners, attempts: once.attempts });
  });

  it("two devices' bundles merge: learners matched by id, every attempt once", () => {
    const a = mergeBundle(empty, open('a.json', textA));
    const ab = mergeBundle(frozen(a), open('b.json', textB));
    expect(ab.counts).toEqual({ learnersAdded: 1, learnersMatched: 1, attemptsAdded: 2, attemptsUpdated: 0, attemptsSkipped: 0 });
    expect(ab.learners.map((l) => l.id)).toEqual([siti.id, budi.id, ani.id]);
    expect(ids(ab.attempts)).toEqual([...ids(tabletA.attempts), ...ids(tabletB.attempts)]);
    // The other order gives the same set; and again changes nothing.
    const ba = mergeBundle(mergeBundle(empty, open('b.json', textB)), open('a.json', textA));
    expect(new Set(ids(ba.attempts))).toEqual(new Set(ids(ab.attempts)));
    expect(mergeBundle(frozen(ab), open('b.json', textB)).counts.attemptsAdded).toBe(0);
  });

  it('a later copy of an attempt replaces the one held (the learner went on); never the other way round', () => {
    // Monday: Siti's session was still running when tablet A exported; Tuesday's bundle has it finished.
    const s = createSession(testPress, 'guided');
    s.send(s.hints()[0]!);
    const running = attemptOf(s, siti.id, 'Siti', { status: 'running', deviceId: 'tablet-a' });
    expect(continueHints(s).outcome().status).toBe('complete');
    const finished = { ...running, status: 'finished' as const, updatedAt: '2026-12-03T09:00:00.000Z', record: attemptOf(s, siti.id, 'Siti', { deviceId: 'tablet-a' }).record };
    const monday = open('senin.json', JSON.stringify(makeBundle('tablet-a', '2026-12-02T09:00:00.000Z', [siti], [running])));
    const tuesday = open('selasa.json', JSON.stringify(makeBundle('tablet-a', '2026-12-03T09:00:00.000Z', [siti], [finished])));
    // Here Siti's attempts were merged into another name: the update keeps this device's learner.
    const held = mergeBundle(empty, monday);
    const here = frozen({ learners: [...held.learners, ani], attempts: held.attempts.map((a) => ({ ...a, learnerId: ani.id })) });
    const later = mergeBundle(here, tuesday);
    expect(later.counts).toMatchObject({ attemptsAdded: 0, attemptsUpdated: 1, attemptsSkipped: 0 });
    expect(later.updated).toEqual([{ ...finished, learnerId: ani.id }]);
    expect(later.attempts).toEqual([{ ...finished, learnerId: ani.id }]);
    // Importing Tuesday again, or Monday's older copy after it, changes nothing.
    expect(mergeBundle(frozen({ learners: later.learners, attempts: later.attempts }), tuesday).counts).toMatchObject({ attemptsUpdated: 0, attemptsSkipped: 1 });
    expect(mergeBundle(frozen({ learners: later.learners, attempts: later.attempts }), monday).counts).toMatchObject({ attemptsUpdated: 0, attemptsSkipped: 1 });
  });

  it('a copy whose log disagrees with the one held, or from another device, is skipped, not taken', () => {
    const s = createSession(testPress, 'guided');
    s.send(s.hints()[0]!);
    const held = attemptOf(s, siti.id, 'Siti', { status: 'running', deviceId: 'tablet-a' });
    s.send(s.hints()[0]!);
    const longer = attemptOf(s, siti.id, 'Siti', { status: 'running', deviceId: 'tablet-a' }).record;
    const other = createSession(testPress, 'guided');
    other.send({ type: 'user.press', control: 'cycleButton' }); // a different first action
    other.send(other.hints()[0]!);
    other.send(other.hints()[0]!);
    const differentLog = attemptOf(other, siti.id, 'Siti', { status: 'running', deviceId: 'tablet-a' }).record;
    const here = frozen(mergeBundle(empty, open('a.json', JSON.stringify(makeBundle('tablet-a', '2026-12-02T09:00:00.000Z', [siti], [held])))));
    const copies = [
      { ...held, record: differentLog },
      { ...held, deviceId: 'tablet-b', record: longer },
    ];
    for (const copy of copies) {
      const bundle = open('b.json', JSON.stringify(makeBundle(copy.deviceId, '2026-12-03T09:00:00.000Z', [siti], [copy])));
      expect(mergeBundle({ learners: here.learners, attempts: here.attempts }, bundle).counts).toMatchObject({ attemptsUpdated: 0, attemptsSkipped: 1 });
    }
    expect(mergeBundle({ learners: here.learners, attempts: here.attempts }, open('c.json', JSON.stringify(makeBundle('tablet-a', '2026-12-03T09:00:00.000Z', [siti], [{ ...held, record: longer }])))).counts.attemptsUpdated).toBe(1);
  });

  it('a learner renamed on this device keeps the name given here', () => {
    const here = frozen({ learners: [{ ...siti, name: 'Siti Rahma' }], attempts: [] });
    const merged = mergeBundle(here, open('a.json', textA));
    expect(merged.learners[0]).toEqual({ ...siti, name: 'Siti Rahma' });
    expect(merged.learners).toHaveLength(2);
  });

  describe('a damaged or foreign bundle is refused whole, naming the file and the field', () => {
    it('truncated', () => {
      expect(problems('kelas.json', textA.slice(0, textA.length / 2))).toEqual([expect.stringMatching(/^kelas\.json: \(file\): not valid JSON, perhaps cut short/)]);
    });
    it('a foreign file, a session record, a future version', () => {
      expect(problems('x.json', '{"hello":1}')).toEqual(['x.json: format: not a Gladi class bundle (expected "gladi-class-bundle")']);
      expect(problems('r.json', JSON.stringify(tabletA.attempts[0]!.record))).toEqual(['r.json: format: not a Gladi class bundle (expected "gladi-class-bundle")']);
      expect(problems('v.json', edit((b) => (b.version = 2)))).toEqual(['v.json: version: "2" is not a bundle version this app reads (1)']);
    });
    it('a tampered log in one attempt', () => {
      const lines = problems('kelas.json', edit((b) => (b.attempts[1].record.log.entries[4].accepted = !b.attempts[1].record.log.entries[4].accepted)));
      expect(lines).toEqual([expect.stringMatching(/^kelas\.json: attempts\.1\.record\.log\.entries\.4\.accepted: this record was changed after it was made/)]);
    });
    it('a raised score or a broken record field, addressed inside the attempt', () => {
      expect(problems('k.json', edit((b) => (b.attempts[0].record.results.score = 100 - b.attempts[0].record.results.score + 1)))[0]).toMatch(/^k\.json: attempts\.0\.record\.results\.score: this record was changed/);
      expect(problems('k.json', edit((b) => (b.attempts[0].record.log.entries[2].t = 'soon')))[0]).toMatch(/^k\.json: attempts\.0\.record\.log\.entries\.2\.t: /);
      expect(problems('k.json', edit((b) => (b.attempts[0].record = 'x')))[0]).toMatch(/^k\.json: attempts\.0\.record: /);
    });
    it('huge', () => {
      const huge = textA.replace('"learners":[', `"padding":"${'x'.repeat(MAX_BUNDLE_BYTES)}","learners":[`);
      expect(problems('big.json', huge)).toEqual([expect.stringMatching(/^big\.json: \(file\): too big for a class bundle \(100\.0 MB/)]);
      expect(problems('many.json', edit((b) => (b.learners = Array.from({ length: MAX_BUNDLE_LEARNERS + 1 }, (_, i) => learner(`l${i}`, `L${i}`)))))).toContainEqual(expect.stringMatching(/^many\.json: learners: more than 2000 learners/));
    });
    it('inconsistent: duplicate ids, an attempt of no listed learner, a machine that is not its record’s, unknown fields', () => {
      expect(problems('d.json', edit((b) => b.attempts.push(b.attempts[0])))).toEqual([`d.json: attempts.2.id: "${tabletA.attempts[0]!.id}" is listed twice (also attempts.0)`]);
      expect(problems('d.json', edit((b) => b.learners.push(b.learners[0])))).toEqual(['d.json: learners.2.id: "l-siti" is listed twice (also learners.0)']);
      expect(problems('l.json', edit((b) => (b.learners = b.learners.slice(1))))).toEqual([`l.json: attempts.0.learnerId: "l-siti" is not one of the bundle's learners`]);
      expect(problems('m.json', edit((b) => (b.attempts[0].machineId = 'other-machine')))).toEqual(['m.json: attempts.0.machineId: "other-machine", but its record is of "test-press"']);
      expect(problems('u.json', edit((b) => (b.attempts[0].secret = 1)))).toEqual(['u.json: attempts.0: unknown field "secret"']);
    });
    it('what the device holds is untouched: a refused bundle gives nothing to merge', () => {
      const held = frozen(mergeBundle(empty, open('a.json', textA)));
      const before = JSON.stringify(held);
      const r = read('b.json', edit((b) => (b.attempts[1].record.log.entries[0].t = -1), textB));
      expect(r.ok).toBe(false);
      expect('bundle' in r).toBe(false);
      expect(JSON.stringify(held)).toBe(before);
    });
  });
});
