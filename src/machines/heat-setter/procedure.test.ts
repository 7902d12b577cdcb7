import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot } from 'xstate';
import { ManualClock } from '../../engine/clock.ts';
import { heatSetterMachine } from './machine.ts';
import { heatSetterProcedure } from './procedure.ts';

/** A trainee who does what the current step's first accepted hint says, and waits when there is none. */
function follow() {
  const clock = new ManualClock();
  const actor = createActor(heatSetterMachine, { clock });
  actor.start();
  const done = new Set<string>();
  const order: string[] = [];
  const tick = (s: AnyMachineSnapshot) => {
    for (const st of heatSetterProcedure.steps) {
      if (done.has(st.id) || !st.done(s)) continue;
      done.add(st.id);
      order.push(st.id);
    }
  };
  for (let i = 0; i < 500 && !actor.getSnapshot().hasTag('complete'); i++) {
    const s = actor.getSnapshot();
    tick(s);
    const step = heatSetterProcedure.steps.find((st) => !done.has(st.id));
    const hint = step?.hints(s).find((e) => s.can(e));
    if (hint) actor.send(hint);
    else {
      const due = clock.nextDueIn();
      if (due === null) break;
      clock.advance(due);
    }
  }
  tick(actor.getSnapshot());
  return { snap: actor.getSnapshot(), order };
}

describe('heat setter procedure', () => {
  it('following the hints from a cold line makes a shoe that keeps its shape and ends the shift', () => {
    const { snap, order } = follow();
    expect(snap.context.lastVerdict?.outcome).toBe('kept');
    expect(snap.hasTag('complete')).toBe(true);
    expect(order).toEqual(heatSetterProcedure.steps.map((s) => s.id));
  });

  it('every order pair names real steps', () => {
    const ids = new Set(heatSetterProcedure.steps.map((s) => s.id));
    for (const [a, b] of heatSetterProcedure.order) expect(ids.has(a) && ids.has(b), `${a} → ${b}`).toBe(true);
  });
});
