import { describe, expect, it } from 'vitest';
import type { GladiEvent } from '../engine/machineModule.ts';
import { createSession } from '../engine/session.ts';
import { practiceOptions } from '../engine/replay.ts';
import { startDrill, type DrillRun } from '../scenarios/drillRun.ts';
import { testPress as m } from '../../tests/support/fixtures/testPress/index.ts';
import { loadProbe } from '../../tests/support/probeDrill.ts';
import { resumeRun } from './resumeRun.ts';

const press = (control: string): GladiEvent => ({ type: 'user.press', control });
const snap = (run: { session: { actor: { getSnapshot(): { value: unknown } }; clock: { now(): number } } }) => ({ value: run.session.actor.getSnapshot().value, t: run.session.clock.now() });
const faults = (run: DrillRun) => run.session.log().entries.filter((e) => e.kind === 'event' && e.event.type === 'fault.inject').map((e) => e.t);

describe('resuming a saved attempt', () => {
  it('a practice session comes back at the same state and clock, with the same log, and goes on', () => {
    const live = createSession(m, practiceOptions('guided'));
    live.send(press('start'));
    live.advance(700);
    live.requestHint();
    const log = live.log();
    const back = resumeRun(m, log, null);
    expect(snap(back)).toEqual(snap(live));
    expect(back.session.log()).toEqual(log);
    expect(back.session.steps()).toEqual(live.session.steps());
    // Keeps going live from there: the same action does the same on both.
    expect(back.send(press('stop'))).toBe(live.send(press('stop')));
    expect(snap(back)).toEqual(snap(live));
  });

  it('a drill comes back with its schedule armed: a fault not yet due still comes once, on time', () => {
    const drill = loadProbe();
    const live = startDrill(m, drill);
    live.advance(2000); // the probe's fault is due at 1500 + 5000
    const back = resumeRun(m, live.session.log(), drill) as DrillRun;
    expect(snap(back)).toEqual(snap(live));
    expect(faults(back)).toEqual([]);
    back.advance(10_000);
    live.advance(10_000);
    expect(faults(back)).toEqual([6500]);
    expect(back.session.log()).toEqual(live.session.log());
    expect(back.result()).toEqual(live.result());
  });
});
