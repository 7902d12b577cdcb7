import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { ProcedureTracker, type ProcedureSpec } from './procedure.ts';

/** A stand-in snapshot: only `context` is read by these steps. */
const snap = (context: { force: number; cut: boolean }) => ({ context }) as unknown as AnyMachineSnapshot;
const ctx = (s: AnyMachineSnapshot) => s.context as { force: number; cut: boolean };

const procedure: ProcedureSpec = {
  steps: [
    { id: 'setForce', done: (s) => ctx(s).force === 14, hints: () => [], liveUntil: 'cut' },
    { id: 'cut', done: (s) => ctx(s).cut, hints: () => [] },
  ],
  order: [['setForce', 'cut']],
};
const done = (t: ProcedureTracker) => t.states().filter((st) => st.done).map((st) => st.id);

describe('procedure tracker', () => {
  it('a live setting unticks when turned off the ticket before the step that uses it', () => {
    const t = new ProcedureTracker(procedure);
    t.update(snap({ force: 14, cut: false }));
    expect(done(t)).toEqual(['setForce']);
    t.update(snap({ force: 20, cut: false }));
    expect(done(t)).toEqual([]);
    expect(t.update(snap({ force: 14, cut: false }))).toEqual([{ step: 'setForce', skipped: [] }]);
  });
  it('once the step that uses it is done, the setting stays ticked (shutdown turns things down)', () => {
    const t = new ProcedureTracker(procedure);
    t.update(snap({ force: 14, cut: false }));
    t.update(snap({ force: 14, cut: true }));
    t.update(snap({ force: 0, cut: true }));
    expect(done(t)).toEqual(['setForce', 'cut']);
  });
  it('a cut made off the ticket is out of order: the setting was not done', () => {
    const t = new ProcedureTracker(procedure);
    t.update(snap({ force: 14, cut: false }));
    t.update(snap({ force: 20, cut: false }));
    expect(t.update(snap({ force: 20, cut: true }))).toEqual([{ step: 'cut', skipped: ['setForce'] }]);
  });
});
