import { xapiProblems as validate } from '../../../tests/support/xapiValidator.ts';
import { describe, expect, it } from 'vitest';
import { followHints } from '../../../tests/contract/hintFollower.ts';
import { createSession, EXAM_TIME_LIMIT_MS } from '../../engine/session.ts';
import { machineModules } from '../../machines/index.ts';
import { bundledDrills } from '../../scenarios/bundled.ts';
import type { Attempt } from '../attempt.ts';
import { drillAttempt, attemptOf } from '../../../tests/support/attemptFixtures.ts';
import { isoDuration, attemptStatements, type XapiStatement } from './xapi.ts';
import { activityIri, EXTENSIONS, VERBS, XAPI_BASE } from './xapiProfile.ts';

const machineOf = (id: string) => machineModules.find((m) => m.id === id)!;
const options = { machines: machineModules, drills: bundledDrills, lang: 'id' } as const;

/** Every bundled drill's golden run, and its first bad run (which the drill must fail). */
const golden = bundledDrills.map((d) => ({ drill: d, attempt: drillAttempt(machineOf(d.machine), d, 'learner-1', 'Siti') }));
const bad = bundledDrills.filter((d) => d.badRuns.length > 0).map((d) => ({ drill: d, attempt: drillAttempt(machineOf(d.machine), d, 'learner-2', 'Budi', d.badRuns[0]!.events) }));
/** Practice without a drill on every machine, guided and free (the hint follower takes no exam). */
const practice = machineModules.flatMap((m) => (['guided', 'free'] as const).map((mode) => attemptOf(followHints(m, mode), 'learner-3', '', { deviceId: 'tablet-2' })));
/** An exam without a drill on every machine, left untouched until the time runs out (failed: timeout). */
const timedOut = machineModules.map((m) => {
  const s = createSession(m, { mode: 'exam', timeLimitMs: EXAM_TIME_LIMIT_MS });
  s.advance(EXAM_TIME_LIMIT_MS + 1000);
  return attemptOf(s, 'learner-4', 'Ani');
});
/** A session still running (saved as it happens): what happened so far, and no closing statement. */
const running = (() => {
  const s = createSession(machineModules[0]!, 'guided');
  for (let i = 0; i < 3; i++) s.send(s.hints()[0]!);
  return attemptOf(s, 'learner-5', 'Dewi', { status: 'running' });
})();
const all: Attempt[] = [...golden.map((g) => g.attempt), ...bad.map((b) => b.attempt), ...practice, ...timedOut, running];
const statementsOf = new Map(all.map((a) => [a, attemptStatements(a, options)]));
const verbsOf = (a: Attempt) => statementsOf.get(a)!.map((s) => s.verb.id);

describe('xAPI statements of attempts', () => {
  it('cover all machines, every mode, drills and practice', () => {
    expect(new Set(all.map((a) => a.machineId))).toEqual(new Set(machineModules.map((m) => m.id)));
    expect(machineModules.length).toBeGreaterThanOrEqual(3);
    expect(new Set(golden.map((g) => g.attempt.record.log.mode))).toEqual(new Set(['guided', 'free', 'exam']));
    expect(new Set(all.filter((a) => a.record.log.scenario === undefined).map((a) => a.record.log.mode))).toEqual(new Set(['guided', 'free', 'exam']));
  });

  it('an exam that timed out fails; a running attempt has no closing statement', () => {
    for (const a of timedOut) {
      expect(a.record.results!.verdict).toMatchObject({ status: 'failed', reason: 'timeout' });
      expect(verbsOf(a)).toEqual([VERBS.attempted.id, VERBS.failed.id]);
      expect(statementsOf.get(a)!.at(-1)!.result).toMatchObject({ success: false, completion: false, score: { raw: a.record.results!.score } });
    }
    expect(verbsOf(running)[0]).toBe(VERBS.attempted.id);
    expect(verbsOf(running).filter((v) => v !== VERBS.completed.id && v !== VERBS.attempted.id)).toEqual([]);
    expect(statementsOf.get(running)!.every((s) => !s.result?.score)).toBe(true);
  });

  it('every statement passes @learninglocker/xapi-validation with no errors', () => {
    let count = 0;
    for (const [attempt, statements] of statementsOf) {
      for (const s of statements) {
        expect({ attempt: attempt.record.log.scenario ?? attempt.record.log.mode, warnings: validate(JSON.parse(JSON.stringify(s))) }).toEqual({ attempt: attempt.record.log.scenario ?? attempt.record.log.mode, warnings: [] });
        count++;
      }
    }
    expect(count).toBeGreaterThan(all.length * 3);
  });

  it('the validator does catch a broken statement (so the test above can fail)', () => {
    const s = statementsOf.get(all[0]!)![0]!;
    expect(validate({ ...s, verb: { id: 'attempted' } }).length).toBeGreaterThan(0);
    expect(validate({ ...s, result: { duration: '65 s' } }).length).toBeGreaterThan(0);
  });

  it('a golden drill run is attempted, then passed (or completed, for practice-style drills), with score, success and duration', () => {
    for (const { drill, attempt } of golden) {
      const statements = statementsOf.get(attempt)!;
      const first = statements[0]!;
      const last = statements.at(-1)!;
      expect(first.verb.id).toBe(VERBS.attempted.id);
      expect(first.object.id).toBe(activityIri.drill(drill.machine, drill.id));
      const status = attempt.record.results!.verdict.status;
      expect(status).toBe('passed');
      expect(last.verb.id).toBe(VERBS.passed.id);
      expect(last.result).toMatchObject({ success: true, completion: true, score: { raw: attempt.record.results!.score, scaled: attempt.record.results!.score / 100 } });
      expect(last.result!.duration).toMatch(/^PT\d+H\d+M[\d.]+S$/);
      expect(last.context.extensions).toMatchObject({ [EXTENSIONS.mode]: drill.mode, [EXTENSIONS.drillId]: drill.id, [EXTENSIONS.chartVersion]: machineOf(drill.machine).version, [EXTENSIONS.locale]: 'id-ID' });
    }
  });

  it('a bad run fails with success false', () => {
    expect(bad.length).toBeGreaterThan(0);
    for (const { attempt } of bad) {
      expect(verbsOf(attempt).at(-1)).toBe(VERBS.failed.id);
      expect(statementsOf.get(attempt)!.at(-1)!.result!.success).toBe(false);
    }
  });

  it('steps the learner completed and faults injected get their own activities', () => {
    const withFault = golden.find((g) => g.drill.faults.length > 0)!;
    const s = statementsOf.get(withFault.attempt)!;
    const faults = s.filter((x) => x.verb.id === VERBS.interacted.id);
    expect(faults.length).toBeGreaterThan(0);
    expect(faults[0]!.object.id.startsWith(`${XAPI_BASE}machines/${withFault.drill.machine}/faults/`)).toBe(true);
    expect(faults[0]!.context.extensions[EXTENSIONS.injectedBy]).toBe('scenario');
    const guided = practice[0]!;
    const machine = machineOf(guided.machineId);
    const steps = statementsOf.get(guided)!.filter((x) => x.object.id.includes('/steps/'));
    // A step already done when the session starts (a setting at its right value) is not the learner's.
    const doneAtStart = createSession(machine, 'guided').steps().filter((st) => st.done).map((st) => activityIri.step(machine.id, st.id));
    expect(steps.map((x) => x.object.id)).toEqual(machine.procedure.steps.map((st) => activityIri.step(machine.id, st.id)).filter((id) => !doneAtStart.includes(id)));
    expect(steps.every((x) => x.verb.id === VERBS.completed.id && x.context.contextActivities.parent?.[0]?.id === activityIri.machine(guided.machineId))).toBe(true);
  });

  it('the actor is an account on the device, named by learner id (and the typed name only)', () => {
    const s = statementsOf.get(golden[0]!.attempt)![0]!;
    expect(s.actor).toEqual({ objectType: 'Agent', name: 'Siti', account: { homePage: `${XAPI_BASE}devices/device-a`, name: 'learner-1' } });
    expect(statementsOf.get(practice[0]!)![0]!.actor).toEqual({ objectType: 'Agent', account: { homePage: `${XAPI_BASE}devices/tablet-2`, name: 'learner-3' } });
  });

  it('ids are UUIDs, unique, and the same when the attempt is exported again', () => {
    const ids = [...statementsOf.values()].flat().map((s: XapiStatement) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(attemptStatements(all[0]!, options).map((s) => s.id)).toEqual(statementsOf.get(all[0]!)!.map((s) => s.id));
  });

  it('durations are ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0H0M0S');
    expect(isoDuration(3_725_250)).toBe('PT1H2M5.25S');
    expect(isoDuration(59_999)).toBe('PT0H1M0S');
  });
});
