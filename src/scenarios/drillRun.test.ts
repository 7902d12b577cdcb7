import { describe, expect, it } from 'vitest';
import type { GladiEvent } from '../engine/machineModule.ts';
import { replayLog } from '../engine/replay.ts';
import { testPress as m } from '../../tests/support/fixtures/testPress/index.ts';
import { loadProbe } from '../../tests/support/probeDrill.ts';
import { replayDrill } from './drillReplay.ts';
import { startDrill, type DrillRun } from './drillRun.ts';

const set = (control: string, value: string): GladiEvent => ({ type: 'user.set', control, value });
const press = (control: string): GladiEvent => ({ type: 'user.press', control });
const inspect = (control: string): GladiEvent => ({ type: 'user.inspect', control });
const faultEntries = (run: DrillRun) =>
  run.session.log().entries.filter((e) => e.kind === 'event' && e.event.type === 'fault.inject').map((e) => ({ t: e.t, by: e.kind === 'event' ? e.by : '' }));

describe('startDrill', () => {
  it('applies the start as scenario events at t=0 and carries the drill rules into the session log', () => {
    const run = startDrill(m, loadProbe());
    const log = run.session.log();
    expect(log.entries.slice(0, 6).every((e) => e.t === 0 && e.kind === 'event' && e.by === 'scenario')).toBe(true);
    expect(log.entries[6]).toEqual({ t: 0, kind: 'skip', ms: 1500 });
    expect(log).toMatchObject({ mode: 'free', scenario: 'probe', passMark: 70, timeLimitMs: 1500 + 120_000 });
    expect(run.session.clock.now()).toBe(1500);
    expect(run.session.mistakes()).toEqual([]);
    expect(run.result()).toMatchObject({ status: 'running', timeMs: 0 });
  });

  it('injects a timed fault at its exact time however far one advance jumps', () => {
    const run = startDrill(m, loadProbe());
    expect(run.pendingWait()).toBe(5000);
    run.advance(20_000);
    expect(faultEntries(run)).toEqual([{ t: 1500 + 5000, by: 'scenario' }]);
    expect(run.session.actor.getSnapshot().matches({ powered: 'overheated' })).toBe(true);
  });

  it('a fast-forward stops at a due fault instead of skipping past it', () => {
    const run = startDrill(m, loadProbe((d) => (d.faults = [{ fault: 'overheat', at: { afterSeconds: 0.2 } }])));
    run.send(press('stop'));
    run.send(press('start'));
    expect(run.pendingWait()).toBe(200);
    expect(run.skipWait()).toBe(200);
    expect(faultEntries(run)).toEqual([{ t: 1700, by: 'scenario' }]);
    expect(run.session.log().entries.filter((e) => e.kind === 'skip')).toHaveLength(1);
  });

  it('passes when the response comes in time, and freezes at that moment', () => {
    const run = startDrill(m, loadProbe());
    run.advance(6000);
    expect(run.objectives()[0]).toMatchObject({ met: false, missed: false, deadlineMs: 35_000, detail: '1/30 s' });
    expect(run.send(set('mainSwitch', 'off'))).toBe(true);
    expect(run.result()).toMatchObject({ status: 'passed', timeMs: 6000, score: { score: 100 } });
    expect(run.objectives()[0]).toMatchObject({ met: true, metAtMs: 6000 });
    run.advance(60_000);
    expect(run.session.clock.now()).toBe(1500 + 6000);
    expect(run.send(set('mainSwitch', 'on'))).toBe(false);
    expect(run.inject('jam')).toBe(false);
    expect(run.pendingWait()).toBeNull();
    expect(run.deadlineIn()).toBeNull();
  });

  it('fails on a missed response window, exactly when it closes', () => {
    const run = startDrill(m, loadProbe());
    run.advance(100_000);
    expect(run.result()).toMatchObject({ status: 'failed', reason: 'objective', timeMs: 35_000 });
    expect(run.objectives()[0]).toMatchObject({ missed: true, met: false });
    expect(run.session.clock.now()).toBe(1500 + 35_000);
  });

  it('fails on the time limit in free mode too', () => {
    const run = startDrill(m, loadProbe((d) => (d.objectives = [{ type: 'goodCycles', count: 1 }] as never)));
    expect(run.deadlineIn()).toBe(120_000);
    run.advance(500_000);
    expect(run.result()).toMatchObject({ status: 'failed', reason: 'timeout', timeMs: 120_000 });
  });

  it('a trainer injection is logged as the trainer and opens the response window', () => {
    const run = startDrill(m, loadProbe((d) => (d.faults = [{ fault: 'overheat', at: { afterSeconds: 100 } }])));
    run.advance(1000);
    expect(run.inject('overheat')).toBe(true);
    expect(run.inject('no-such-fault')).toBe(false);
    expect(faultEntries(run)).toEqual([{ t: 2500, by: 'trainer' }]);
    expect(run.objectives()[0]).toMatchObject({ deadlineMs: 31_000 });
  });

  it('fires event- and step-triggered faults right after the trainee event that triggers them', () => {
    const byEvent = startDrill(m, loadProbe((d) => (d.faults = [{ fault: 'overheat', at: { event: { type: 'user.set', control: 'dwell' } } }] as never)));
    byEvent.advance(3000);
    expect(byEvent.send(inspect('guard'))).toBe(true);
    expect(faultEntries(byEvent)).toEqual([]);
    byEvent.send(set('dwell', '6'));
    expect(faultEntries(byEvent)).toEqual([{ t: 4500, by: 'scenario' }]);

    const byStep = startDrill(m, loadProbe((d) => (d.faults = [{ fault: 'overheat', at: { step: 'setDwell' } }] as never)));
    expect(byStep.send(set('dwell', '4'))).toBe(true);
    expect(faultEntries(byStep)).toEqual([]);
    byStep.send(set('dwell', '3'));
    expect(faultEntries(byStep)).toEqual([{ t: 1500, by: 'scenario' }]);
  });

  it('exam: a critical mistake ends the drill at once', () => {
    const run = startDrill(m, loadProbe((d) => (d.mode = 'exam')));
    run.advance(2000);
    run.send(set('strokeMode', 'latch'));
    expect(run.result()).toMatchObject({ status: 'failed', reason: 'critical', mistake: 'latchMode', timeMs: 2000 });
  });

  it('free: a critical mistake does not stop the drill, but it cannot be passed', () => {
    const run = startDrill(m, loadProbe());
    run.send(set('strokeMode', 'latch'));
    run.send(set('strokeMode', 'hold'));
    expect(run.result().status).toBe('running');
    run.advance(6000);
    run.send(set('mainSwitch', 'off'));
    expect(run.result()).toMatchObject({ status: 'failed', reason: 'critical', mistake: 'latchMode' });
  });

  it('fails on the score when every objective is met below the pass mark', () => {
    const run = startDrill(m, loadProbe((d) => (d.weights = { mistake: { mainOffRunning: 40 } })));
    run.advance(2000);
    run.send(set('mainSwitch', 'off'));
    expect(run.result().status).toBe('running');
    run.send(set('mainSwitch', 'on'));
    run.send(press('start'));
    run.advance(5000);
    run.send(set('mainSwitch', 'off'));
    expect(run.result()).toMatchObject({ status: 'failed', reason: 'score', score: { score: 60 } });
  });

  it('names each deadline: the drill limit from the start, a response window once its fault is in', () => {
    const run = startDrill(m, loadProbe());
    expect(run.deadlines()).toEqual([{ kind: 'drill', at: 1500 + 120_000 }]);
    run.advance(6000);
    expect(run.deadlines()).toEqual([
      { kind: 'drill', at: 1500 + 120_000 },
      { kind: 'window', at: 1500 + 35_000, objective: 0 },
    ]);
    expect(startDrill(m, loadProbe((d) => (d.mode = 'exam'))).deadlines()).toEqual([{ kind: 'exam', at: 1500 + 120_000 }]);
  });

  it('ended by the trainee before its end: failed as not finished, unscored, frozen, and the replay agrees', () => {
    const run = startDrill(m, loadProbe((d) => (d.mode = 'exam')));
    run.advance(26_000);
    run.end();
    expect(run.result()).toMatchObject({ status: 'failed', reason: 'notFinished', timeMs: 26_000, verdict: { kind: 'failed', scored: false } });
    expect(run.result().verdict.reasons.map((r) => r.kind)).toEqual(['notFinished', 'objectivesOpen']);
    run.advance(60_000);
    expect(run.session.clock.now()).toBe(1500 + 26_000);
    expect(replayDrill(m, run.drill, run.session.log()).result()).toEqual(run.result());
  });

  it('paused, no fault fires and no time passes; the pause is in the log and the replay agrees', () => {
    const run = startDrill(m, loadProbe());
    run.advance(1000);
    run.pause('trainer');
    run.advance(20_000);
    expect(run.session.clock.now()).toBe(2500);
    expect(faultEntries(run)).toEqual([]);
    expect(run.send(set('mainSwitch', 'off'))).toBe(false);
    expect(run.skipWait()).toBe(0);
    run.resume(20_000);
    run.advance(5000);
    expect(faultEntries(run)).toEqual([{ t: 1500 + 5000, by: 'scenario' }]);
    expect(replayDrill(m, run.drill, run.session.log()).result()).toEqual(run.result());
  });

  it('counts good cycles from the start of the drill, not from the start of the shift', () => {
    const drill = loadProbe((d) => (d.objectives = [{ type: 'goodCycles', count: 2 }] as never));
    expect(startDrill(m, drill).objectives()[0]).toMatchObject({ detail: '0/2', met: false });
  });
});

describe('a drill run replays exactly from its log', () => {
  const play = () => {
    // The second objective is met by a timer (the motor's run-up), not by an event.
    const drill = loadProbe((d) => (d.objectives = [...d.objectives, { type: 'respondToFault', fault: 'overheat', withinSeconds: 60, response: { tag: 'ready' } }] as never));
    const run = startDrill(m, drill);
    run.advance(3200);
    run.send(set('dwell', '3'));
    // A jam injected live by the trainer, cleared by stopping; the scheduled overheat comes after the restart.
    expect(run.inject('jam')).toBe(true);
    run.send(press('stop'));
    run.send(press('start'));
    run.advance(4000);
    expect(run.session.actor.getSnapshot().matches({ powered: 'overheated' })).toBe(true);
    run.send(set('mainSwitch', 'off'));
    run.send(set('mainSwitch', 'on'));
    run.send(press('start'));
    expect(run.result().status).toBe('running');
    run.skipWait();
    expect(run.objectives()[1]).toMatchObject({ met: true, metAtMs: 3200 + 4000 + 1500 });
    return run;
  };

  it('replayLog without the schedule gives the same state, log, mistakes, outcome and score', () => {
    const run = play();
    expect(run.result().status).toBe('passed');
    const replay = replayLog(m, run.session.log());
    expect(replay.actor.getSnapshot().value).toEqual(run.session.actor.getSnapshot().value);
    expect(replay.actor.getSnapshot().context).toEqual(run.session.actor.getSnapshot().context);
    expect(replay.log()).toEqual(run.session.log());
    expect(replay.mistakes()).toEqual(run.session.mistakes());
    expect(replay.outcome()).toEqual(run.session.outcome());
    expect(replay.score()).toEqual(run.session.score());
  });

  it('replayDrill gives the same drill result', () => {
    const run = play();
    const again = replayDrill(m, run.drill, run.session.log());
    expect(again.result()).toEqual(run.result());
    expect(again.session.log()).toEqual(run.session.log());
  });
});
