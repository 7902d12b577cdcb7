import { describe, expect, it } from 'vitest';
import { machineModules } from '../../src/machines/index.ts';
import { sessionAtStep, startAtStep } from '../../src/engine/startAtStep.ts';
import { replayPractice } from '../../src/engine/replay.ts';
import type { LogEntry } from '../../src/engine/session.ts';
import { continueHints } from './hintFollower.ts';

describe.each(machineModules.map((m) => [m.id, m] as const))('starting guided practice at a step: %s', (_id, m) => {
  it.each(m.procedure.steps.map((st) => st.id))('step %s: after the start it is the current step, with hints, no mistakes', (stepId) => {
    const start = startAtStep(m, stepId);
    if (!start.ok) throw new Error(start.detail);
    const s = sessionAtStep(m, start);
    try {
      const current = s.steps().filter((st) => st.current).map((st) => st.id);
      // A step done together with another (one action ticks both) starts where that one begins.
      if (start.with) expect(current).toEqual(expect.arrayContaining([...start.with]));
      else expect(current).toContain(stepId);
      // A step the untouched machine already satisfies stays ticked; any other is still to do.
      expect(s.steps().find((st) => st.id === stepId)?.done).toBe(Boolean(start.alreadyDone));
      expect(s.mistakes()).toEqual([]);
      expect(s.outcome().status).toBe('running');
      // The learner has something to do (a hinted action, or a wait the step itself is).
      expect(s.hints().length > 0 || s.pendingWait() !== null || s.processActive()).toBe(true);
    } finally {
      s.stop();
    }
  });

  it('a step done together with another gets done by following the hints from its start', () => {
    for (const st of m.procedure.steps) {
      const start = startAtStep(m, st.id);
      if (!start.ok || !start.with) continue;
      const s = continueHints(sessionAtStep(m, start));
      expect(s.outcome().status, st.id).toBe('complete');
      expect(s.mistakes(), st.id).toEqual([]);
      s.stop();
    }
  });

  it('the lead-up is the app\'s (sender scenario) in the log and in its replay; a trainee entry passed off as the app\'s is the trainee\'s', () => {
    const st = m.procedure.steps[m.procedure.steps.length - 1]!;
    const start = startAtStep(m, st.id);
    if (!start.ok) throw new Error(start.detail);
    const s = continueHints(sessionAtStep(m, start));
    const log = s.log();
    s.stop();
    expect(log.startStep).toBe(st.id);
    const events = (entries: readonly LogEntry[]) => entries.flatMap((e, i) => (e.kind === 'event' ? [[i, e.by] as const] : []));
    const lead = start.entries.length;
    for (const [i, by] of events(log.entries)) expect(by, `entry ${i}`).toBe(i < lead ? 'scenario' : 'trainee');
    const replayed = replayPractice(m, log);
    expect(replayed.log().entries).toEqual(log.entries);
    expect(replayed.log().startStep).toBe(st.id);
    replayed.stop();
    // An edited file that marks the trainee's own actions as the app's does not hide them.
    const forged = { ...log, entries: log.entries.map((e) => (e.kind === 'event' ? { ...e, by: 'scenario' as const } : e)) };
    const again = replayPractice(m, forged);
    for (const [i, by] of events(again.log().entries)) expect(by, `forged entry ${i}`).toBe(i < lead ? 'scenario' : 'trainee');
    again.stop();
  });

  it('an unknown step is refused by name', () => {
    const start = startAtStep(m, 'no-such-step');
    expect(start).toMatchObject({ ok: false, reason: 'unknownStep', step: 'no-such-step' });
  });

  it('the first step starts on the untouched machine', () => {
    const first = m.procedure.steps[0]!;
    const start = startAtStep(m, first.id);
    expect(start.ok && start.entries.length).toBe(0);
  });
});
