import { describe, expect, it } from 'vitest';
import { pickCountdown } from './countdown.ts';

describe('pickCountdown', () => {
  it('shows nothing when nothing counts down', () => expect(pickCountdown([], 0)).toBeNull());

  it('picks the deadline that comes first, with its kind', () => {
    expect(pickCountdown([{ kind: 'exam', at: 900_000 }], 6000)).toEqual({ kind: 'exam', leftMs: 894_000 });
    expect(pickCountdown([{ kind: 'drill', at: 600_000 }, { kind: 'window', at: 36_000, objective: 1 }], 6000)).toEqual({ kind: 'window', leftMs: 30_000, objective: 1 });
    // A window that closes after the time limit: the limit ends things first.
    expect(pickCountdown([{ kind: 'window', at: 700_000, objective: 0 }, { kind: 'exam', at: 600_000 }], 0)).toEqual({ kind: 'exam', leftMs: 600_000 });
  });

  it('at the same moment a response window wins over a time limit; time left never goes negative', () => {
    expect(pickCountdown([{ kind: 'exam', at: 5000 }, { kind: 'window', at: 5000, objective: 0 }], 0)?.kind).toBe('window');
    expect(pickCountdown([{ kind: 'drill', at: 5000 }], 9000)).toEqual({ kind: 'drill', leftMs: 0 });
  });
});
