import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../engine/session.ts';
import { rowHolds, timelineRows } from './timelineRows.ts';

const adjust = (control: string, value: number, t = 0): LogEntry => ({ t, kind: 'event', event: { type: 'user.adjust', control, value }, accepted: true, by: 'trainee' });
const press = (control: string): LogEntry => ({ t: 0, kind: 'event', event: { type: 'user.press', control }, accepted: true, by: 'trainee' });
const none = () => false;

describe('timeline rows', () => {
  it('folds an unbroken run of one control into one row, and keeps other entries as they are', () => {
    const entries = [press('motor'), adjust('treadle', 0.1), adjust('treadle', 0.3), adjust('treadle', 0.4), press('stop')];
    expect(timelineRows(entries, 0, false, none)).toEqual([
      { kind: 'entry', index: 0 },
      { kind: 'moves', first: 1, last: 3 },
      { kind: 'entry', index: 4 },
    ]);
  });

  it('a different control, a lone move, a refused or a trainer move breaks or stays out of a run', () => {
    const refused: LogEntry = { ...adjust('treadle', 1), accepted: false } as LogEntry;
    const entries = [adjust('treadle', 0.1), adjust('guide', 1), adjust('guide', 2), refused, adjust('treadle', 0.2)];
    expect(timelineRows(entries, 0, false, none)).toEqual([
      { kind: 'entry', index: 0 },
      { kind: 'moves', first: 1, last: 2 },
      { kind: 'entry', index: 3 },
      { kind: 'entry', index: 4 },
    ]);
  });

  it('a move with a mistake stands alone, so its mistake keeps its line', () => {
    const entries = [adjust('treadle', 0.1), adjust('treadle', 0.2), adjust('treadle', 1), adjust('treadle', 0.4), adjust('treadle', 0.3)];
    expect(timelineRows(entries, 0, false, (i) => i === 2)).toEqual([
      { kind: 'moves', first: 0, last: 1 },
      { kind: 'entry', index: 2 },
      { kind: 'moves', first: 3, last: 4 },
    ]);
  });

  it("a drill's set-up folds first; opened, its entries show (and runs fold inside it too)", () => {
    const entries = [press('a'), press('b'), adjust('x', 1), adjust('x', 2)];
    expect(timelineRows(entries, 2, false, none)).toEqual([{ kind: 'setup', count: 2 }, { kind: 'moves', first: 2, last: 3 }]);
    expect(timelineRows(entries, 2, true, none)).toEqual([{ kind: 'setup', count: 2 }, { kind: 'entry', index: 0 }, { kind: 'entry', index: 1 }, { kind: 'moves', first: 2, last: 3 }]);
  });

  it('a run holds every entry in it (the replay marker)', () => {
    const row = { kind: 'moves', first: 3, last: 6 } as const;
    expect([2, 3, 6, 7].map((i) => rowHolds(row, i))).toEqual([false, true, true, false]);
  });
});
