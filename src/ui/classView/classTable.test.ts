import { describe, expect, it } from 'vitest';
import { followHints } from '../../../tests/contract/hintFollower.ts';
import { testPress } from '../../../tests/support/fixtures/testPress/index.ts';
import { attemptOf } from '../../../tests/support/attemptFixtures.ts';
import type { Learner } from '../../records/attempt.ts';
import { classRows, drillsInAttempts } from './classTable.ts';

const learners: Learner[] = [
  { id: 'l1', name: 'Siti', createdAt: '2026-12-01T00:00:00Z' },
  { id: 'l2', name: 'Budi', createdAt: '2026-12-01T00:00:00Z' },
];
const guided = attemptOf(followHints(testPress, 'guided'), 'l1', 'Siti');
const running = attemptOf(followHints(testPress, 'free'), 'l1', 'Siti', { status: 'running' });
const ALL = { machine: null, drill: null };

describe('class table', () => {
  it('counts attempts, marks a finished guided run done and takes the best finished score', () => {
    const [siti, budi] = classRows(learners, [guided, running], [testPress.id, 'other'], ALL);
    const cell = siti!.cells[0]!;
    expect(cell).toMatchObject({ machineId: testPress.id, attempts: 2, practised: true, guidedDone: true, examPassedAt: null, bestScore: guided.record.results!.score });
    expect(cell.lastAt).toBe(running.updatedAt > guided.updatedAt ? running.updatedAt : guided.updatedAt);
    expect(siti!.attempts.map((a) => a.id)).toEqual([running, guided].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)).map((a) => a.id));
    expect(siti!.cells[1]).toMatchObject({ attempts: 0, practised: false, bestScore: null, lastAt: null });
    expect(budi!.cells.every((c) => !c.practised)).toBe(true);
  });
  it('a running attempt alone is practice, not a result', () => {
    const [siti] = classRows(learners, [running], [testPress.id], ALL);
    expect(siti!.cells[0]).toMatchObject({ practised: true, guidedDone: false, bestScore: null });
  });
  it('filters by machine (one column) and by drill (only that drill\'s attempts)', () => {
    const byMachine = classRows(learners, [guided], [testPress.id, 'other'], { machine: 'other', drill: null });
    expect(byMachine[0]!.cells.map((c) => c.machineId)).toEqual(['other']);
    const byDrill = classRows(learners, [guided], [testPress.id], { machine: null, drill: 'some-drill' });
    expect(byDrill[0]!.cells[0]!.attempts).toBe(0);
    expect(drillsInAttempts([guided], null)).toEqual([]);
  });
});
