import { describe, expect, it } from 'vitest';
import type { Attempt } from '../records/attempt.ts';
import { createAttemptSaver, SAVE_COALESCE_MS, type Later } from './attemptSaver.ts';

/** A hand-driven timer: windows end only when the test says so (no real time in the verdicts). */
function manualLater() {
  const pending: { fn: () => void; ms: number }[] = [];
  const later: Later = (fn, ms) => {
    const item = { fn, ms };
    pending.push(item);
    return () => {
      const i = pending.indexOf(item);
      if (i >= 0) pending.splice(i, 1);
    };
  };
  return { later, pending, fire: () => pending.splice(0).forEach((p) => p.fn()) };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const t = manualLater();
  let version = 0;
  const written: number[] = [];
  const saver = createAttemptSaver({
    build: () => ({ id: 'a', version }) as unknown as Attempt,
    write: (a) => {
      written.push((a as unknown as { version: number }).version);
      return Promise.resolve();
    },
    later: t.later,
  });
  return { t, saver, written, bump: () => (version++, saver.changed()) };
}

describe('the attempt saver', () => {
  it('writes the first change at once, then at most once per window with the latest state', async () => {
    const { t, written, bump } = setup();
    bump();
    await settle();
    expect(written).toEqual([1]);
    bump();
    bump();
    bump();
    await settle();
    expect(written).toEqual([1]);
    expect(t.pending.map((p) => p.ms)).toEqual([SAVE_COALESCE_MS]);
    t.fire();
    await settle();
    expect(written).toEqual([1, 4]);
    // A quiet window writes nothing.
    t.fire();
    await settle();
    expect(written).toEqual([1, 4]);
  });

  it('flush writes the latest state now, and the pending window then has nothing left to write', async () => {
    const { t, saver, written, bump } = setup();
    bump();
    bump();
    await saver.flush();
    expect(written).toEqual([1, 2]);
    t.fire();
    await settle();
    expect(written).toEqual([1, 2]);
  });

  it('reports a failed write', async () => {
    const results: boolean[] = [];
    const saver = createAttemptSaver({ build: () => ({}) as Attempt, write: () => Promise.reject(new Error('quota')), onResult: (ok) => results.push(ok), later: manualLater().later });
    await saver.flush();
    expect(results).toEqual([false]);
  });
});
