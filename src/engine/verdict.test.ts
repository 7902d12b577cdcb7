import { describe, expect, it } from 'vitest';
import { MODES } from './session.ts';
import { decideVerdict, isGraded, STOPS, type ObjectiveFact, type VerdictInput } from './verdict.ts';

const met: ObjectiveFact = { met: true, missed: false };
const open: ObjectiveFact = { met: false, missed: false };
const missed: ObjectiveFact = { met: false, missed: true };
const OBJECTIVE_SETS: readonly (readonly ObjectiveFact[])[] = [[], [met], [open], [missed], [met, open], [met, met]];

const base: VerdictInput = { mode: 'free', drill: false, stop: 'complete', objectives: [], stepsDone: 9, stepsTotal: 9, score: 100, passMark: 70 };
const v = (over: Partial<VerdictInput>) => decideVerdict({ ...base, ...over });
const kinds = (over: Partial<VerdictInput>) => v(over).reasons.map((r) => r.kind);

/** Every combination of the inputs that change a verdict. */
const ALL: VerdictInput[] = MODES.flatMap((mode) =>
  [false, true].flatMap((drill) =>
    STOPS.flatMap((stop) =>
      [undefined, 'oneHandMode'].flatMap((critical) =>
        OBJECTIVE_SETS.filter((o) => drill || o.length === 0).flatMap((objectives) =>
          [100, 69, 0].map((score) => ({ ...base, mode, drill, stop, critical, objectives, score, stepsDone: stop === 'complete' ? 9 : 2 })),
        ),
      ),
    ),
  ),
);

describe('decideVerdict over every combination', () => {
  it('covers them all', () => expect(ALL.length).toBe(3 * 7 * 2 * 3 + 3 * 7 * 2 * OBJECTIVE_SETS.length * 3));

  it.each(ALL.map((input) => [JSON.stringify(input), input] as const))('%s', (_name, input) => {
    const verdict = decideVerdict(input);
    const reasonKinds = verdict.reasons.map((r) => r.kind);
    // No verdict while running, and a verdict whenever the run is over.
    expect(verdict.kind === 'inProgress').toBe(input.stop === 'running');
    // Only a run that reached its end is scored.
    expect(verdict.scored).toBe(input.stop === 'complete');
    // Graded runs pass or fail; practice is done or not finished: never "not passed" for practice.
    if (input.stop !== 'running') {
      expect(isGraded(input) ? ['passed', 'failed'] : ['practiceDone', 'notFinished']).toContain(verdict.kind);
    }
    // Passed means: the end was reached, nothing critical, every objective met, score at the mark; and no reason against it.
    const clean = input.stop === 'complete' && input.critical === undefined && input.objectives.every((o) => o.met) && input.score >= input.passMark;
    if (isGraded(input) && input.stop !== 'running') expect(verdict.kind === 'passed').toBe(clean);
    if (verdict.kind === 'passed') expect(verdict.reasons).toEqual([]);
    if (verdict.kind === 'failed' || verdict.kind === 'notFinished') expect(verdict.reasons.length).toBeGreaterThan(0);
    // What stopped the run is the first reason.
    const lead = { trainee: 'notFinished', timeLimit: 'timeout', critical: 'critical', windowMissed: 'windowMissed', procedureEnded: 'objectivesOpen' } as const;
    if (input.stop !== 'running' && input.stop !== 'complete') expect(reasonKinds[0]).toBe(lead[input.stop]);
    // A critical mistake is always named; a mark below the pass mark only when the score counts.
    if (input.critical !== undefined && input.stop !== 'running') expect(verdict.reasons).toContainEqual({ kind: 'critical', mistake: input.critical });
    expect(reasonKinds.includes('belowPassMark')).toBe(input.stop === 'complete' && input.score < input.passMark);
    // Each reason kind appears once.
    expect(new Set(reasonKinds).size).toBe(reasonKinds.length);
  });
});

describe('decideVerdict, the cases from the field', () => {
  it('an exam drill abandoned after 26 s with both objectives unmet fails as not finished, unscored', () => {
    expect(v({ mode: 'exam', drill: true, stop: 'trainee', objectives: [open, open], stepsDone: 1, score: 100 })).toEqual({
      kind: 'failed',
      reasons: [
        { kind: 'notFinished', stepsDone: 1, stepsTotal: 9 },
        { kind: 'objectivesOpen', objectives: [0, 1] },
      ],
      scored: false,
    });
  });

  it('a complete free or guided procedure is practice done, not "not passed"', () => {
    expect(v({ mode: 'free' })).toEqual({ kind: 'practiceDone', reasons: [], scored: true });
    expect(v({ mode: 'guided', score: 60 })).toEqual({ kind: 'practiceDone', reasons: [{ kind: 'belowPassMark', score: 60, passMark: 70 }], scored: true });
  });

  it('quitting free practice after one action is not finished, with no mark', () => {
    expect(v({ mode: 'free', stop: 'trainee', stepsDone: 1, score: 48, critical: 'oneHandMode' })).toEqual({
      kind: 'notFinished',
      reasons: [
        { kind: 'notFinished', stepsDone: 1, stepsTotal: 9 },
        { kind: 'critical', mistake: 'oneHandMode' },
      ],
      scored: false,
    });
  });

  it('exam: complete and above the mark passes; below the mark fails on the score; a time-out fails unscored', () => {
    expect(v({ mode: 'exam' }).kind).toBe('passed');
    expect(kinds({ mode: 'exam', score: 60 })).toEqual(['belowPassMark']);
    expect(v({ mode: 'exam', stop: 'timeLimit' })).toEqual({ kind: 'failed', reasons: [{ kind: 'timeout' }], scored: false });
    expect(kinds({ mode: 'exam', stop: 'critical', critical: 'oneHandMode' })).toEqual(['critical']);
  });

  it('drill: a critical mistake outweighs the score at the end; a missed window leads when it ended the drill', () => {
    expect(kinds({ mode: 'free', drill: true, objectives: [met], critical: 'oneHandMode', score: 40 })).toEqual(['critical', 'belowPassMark']);
    expect(kinds({ mode: 'free', drill: true, stop: 'windowMissed', objectives: [missed], critical: 'oneHandMode' })).toEqual(['windowMissed', 'critical']);
    expect(v({ mode: 'guided', drill: true, stop: 'procedureEnded', objectives: [met, open] }).reasons).toEqual([{ kind: 'objectivesOpen', objectives: [1] }]);
    expect(v({ mode: 'guided', drill: true, objectives: [met, met] }).kind).toBe('passed');
  });
});
