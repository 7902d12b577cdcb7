import { describe, expect, it } from 'vitest';
import { RECORD_FORMAT, RECORD_VERSION } from '../engine/recordFormat.ts';
import type { Verdict } from '../engine/recordResults.ts';
import type { Mode } from '../engine/session.ts';
import type { Severity } from '../engine/mistakes.ts';
import type { Attempt } from './attempt.ts';
import { learnerProgress } from './progress.ts';

/** Any kebab-case machine ids: progress only groups by them. */
const A = 'test-press';
const B = 'other-press';

let n = 0;
function attempt(machineId: string, mode: Mode, verdict: Verdict | null, over: { mistakes?: string[]; score?: number; at?: string } = {}): Attempt {
  const at = over.at ?? `2026-12-0${1 + (n % 9)}T0${n % 10}:00:00.000Z`;
  n++;
  return {
    id: `a${n}`,
    learnerId: 'L1',
    machineId,
    status: verdict && verdict.status !== 'inProgress' ? 'finished' : 'running',
    startedAt: at,
    updatedAt: at,
    deviceId: 'd',
    record: {
      format: RECORD_FORMAT,
      version: RECORD_VERSION,
      trainee: 'Siti',
      savedAt: at,
      log: { machineId, machineVersion: '1', mode, entries: [], endT: 0 },
      ...(verdict ? { results: { mistakes: (over.mistakes ?? []).map((id, entry) => ({ id, entry })), score: over.score ?? 100, verdict } } : {}),
    },
  };
}

const severities: Record<string, Severity> = { handUnderArm: 'critical', deepCut: 'major', wrongOrder: 'minor', slow: 'minor' };
const severityOf = (_machine: string, id: string) => severities[id];

describe('a learner\'s progress', () => {
  it('has nothing for a learner without attempts', () => {
    expect(learnerProgress([])).toEqual([]);
  });

  it('marks practised on any attempt, even a running one, and nothing more', () => {
    const [p] = learnerProgress([attempt(A, 'guided', { status: 'inProgress' })]);
    expect(p).toMatchObject({ machineId: A, practised: true, guidedCompleted: false, examPassedAt: null, attempts: 1, bestScore: null });
  });

  it('marks guided completed only for a guided run that reached the end', () => {
    expect(learnerProgress([attempt(A, 'guided', { status: 'notFinished', reason: 'notFinished' })])[0]?.guidedCompleted).toBe(false);
    expect(learnerProgress([attempt(A, 'free', { status: 'practiceDone' })])[0]?.guidedCompleted).toBe(false);
    expect(learnerProgress([attempt(A, 'guided', { status: 'practiceDone' })])[0]?.guidedCompleted).toBe(true);
    expect(learnerProgress([attempt(A, 'guided', { status: 'passed' })])[0]?.guidedCompleted).toBe(true);
    expect(learnerProgress([attempt(A, 'guided', { status: 'failed', reason: 'critical' })])[0]?.guidedCompleted).toBe(false);
    // Started at a step (a SOP card's code): the end of the procedure was practised, not the whole of it.
    const fromStep = attempt(A, 'guided', { status: 'practiceDone' });
    const partial = { ...fromStep, record: { ...fromStep.record, log: { ...fromStep.record.log, startStep: 'someStep' } } };
    expect(learnerProgress([partial])[0]).toMatchObject({ practised: true, guidedCompleted: false });
  });

  it('gives the date of the first passed exam (a failed exam or a passed guided drill is no exam pass)', () => {
    const p = learnerProgress([
      attempt(A, 'exam', { status: 'passed' }, { at: '2026-12-05T10:00:00.000Z' }),
      attempt(A, 'exam', { status: 'failed', reason: 'critical', mistake: 'handUnderArm' }, { at: '2026-12-01T10:00:00.000Z' }),
      attempt(A, 'exam', { status: 'passed' }, { at: '2026-12-03T10:00:00.000Z' }),
      attempt(A, 'guided', { status: 'passed' }, { at: '2026-12-02T10:00:00.000Z' }),
    ])[0];
    expect(p?.examPassedAt).toBe('2026-12-03T10:00:00.000Z');
    expect(p?.attempts).toBe(4);
    expect(p?.lastAt).toBe('2026-12-05T10:00:00.000Z');
    expect(learnerProgress([attempt(A, 'exam', { status: 'failed', reason: 'belowPassMark' })])[0]?.examPassedAt).toBeNull();
  });

  it('takes the best score of runs that reached their end only', () => {
    const p = learnerProgress([
      attempt(A, 'guided', { status: 'notFinished', reason: 'notFinished' }, { score: 100 }),
      attempt(A, 'exam', { status: 'failed', reason: 'critical' }, { score: 95 }),
      attempt(A, 'exam', { status: 'failed', reason: 'belowPassMark' }, { score: 60 }),
      attempt(A, 'guided', { status: 'practiceDone' }, { score: 80 }),
    ])[0];
    expect(p?.bestScore).toBe(80);
  });

  it('lists the most frequent recent mistakes, critical first, with how many times', () => {
    const p = learnerProgress(
      [
        attempt(A, 'guided', { status: 'practiceDone' }, { mistakes: ['wrongOrder', 'wrongOrder', 'deepCut'], at: '2026-12-05T00:00:00.000Z' }),
        attempt(A, 'guided', { status: 'practiceDone' }, { mistakes: ['wrongOrder', 'handUnderArm'], at: '2026-12-04T00:00:00.000Z' }),
        attempt(A, 'guided', { status: 'practiceDone' }, { mistakes: ['slow', 'slow', 'slow', 'slow'], at: '2026-12-01T00:00:00.000Z' }),
      ],
      [],
      { severityOf, recentAttempts: 2, mistakesShown: 3 },
    )[0];
    // The oldest attempt (slow ×4) is beyond the last two; critical before major before minor.
    expect(p?.mistakes).toEqual([
      { id: 'handUnderArm', severity: 'critical', times: 1 },
      { id: 'deepCut', severity: 'major', times: 1 },
      { id: 'wrongOrder', severity: 'minor', times: 3 },
    ]);
  });

  it('orders more frequent first within a severity, cuts the list, and puts unknown ids last', () => {
    const p = learnerProgress([attempt(A, 'free', { status: 'practiceDone' }, { mistakes: ['gone', 'slow', 'wrongOrder', 'wrongOrder'] })], [], { severityOf, mistakesShown: 3 })[0];
    expect(p?.mistakes.map((m) => `${m.id}×${m.times}`)).toEqual(['wrongOrder×2', 'slow×1', 'gone×1']);
    expect(p?.mistakes[2]?.severity).toBeNull();
    expect(learnerProgress([attempt(A, 'free', { status: 'practiceDone' }, { mistakes: ['a', 'b', 'c', 'd'] })], [], { mistakesShown: 2 })[0]?.mistakes).toHaveLength(2);
  });

  it('has one entry per machine, in the catalogue order given', () => {
    const list = learnerProgress([attempt(A, 'free', null), attempt('zzz', 'free', null), attempt(B, 'guided', { status: 'practiceDone' })], [B, A]);
    expect(list.map((p) => p.machineId)).toEqual([B, A, 'zzz']);
    expect(list.map((p) => p.guidedCompleted)).toEqual([true, false, false]);
  });
});
