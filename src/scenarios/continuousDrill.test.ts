import { describe, expect, it } from 'vitest';
import { handworkFixture, SPIN_UP_MS } from '../../tests/support/fixtures/handworkFixture.ts';
import { replayLog } from '../engine/replay.ts';
import { PROCESS_STEPS_PER_MACHINE_STEP, StepBudget } from './checkLimits.ts';
import { replayDrill } from './drillReplay.ts';
import { startDrill } from './drillRun.ts';
import { loadScenario } from './loader.ts';
import { playRun } from './playRun.ts';
import { verifyRuns } from './verifyRuns.ts';

/** A drill on the engine's fixture machine whose runs are continuous handwork. */
const FILE = 'scenarios/handwork-fixture/feed-strip.json';
const adjust = (t: number, control: string, value: number) => ({ t, event: { type: 'user.adjust', control, value } });
const press = (t: number, control: string) => ({ t, event: { type: 'user.press', control } });
const feed = (offset: number) => [
  press(0, 'strip'),
  adjust(200, 'guideOffset', offset),
  adjust(400, 'treadle', 0.5),
  adjust(2400, 'treadle', 1),
  adjust(4000, 'treadle', 0),
  press(4500, 'strip'),
  { t: 5000, event: { type: 'user.set', control: 'motor', value: 'off' } },
];
const doc = () => ({
  id: 'feed-strip',
  machine: 'handwork-fixture',
  title: { id: 'Umpan strip', en: 'Feed a strip' },
  briefing: { id: 'Umpan satu strip sepanjang pemandu.', en: 'Feed one strip along the guide.' },
  mode: 'free',
  start: [{ type: 'user.set', control: 'motor', value: 'on' }, { skip: true }],
  objectives: [{ type: 'reachState', state: 'tag:complete' }],
  timeLimitSeconds: 60,
  passMark: 70,
  weights: { mistake: { raggedEdge: 50 } },
  golden: feed(0.3),
  badRuns: [{ note: 'The hand strays 2 mm from the guide.', events: feed(2), expect: { failed: 'score', mistake: 'raggedEdge' } }],
});
type Doc = ReturnType<typeof doc>;
const load = (change: (d: Doc) => void = () => {}) => {
  const d = doc();
  change(d);
  return loadScenario(FILE, JSON.stringify(d), [handworkFixture]);
};
const problems = (change: (d: Doc) => void) => {
  const r = load(change);
  return r.ok ? [] : r.problems;
};

describe('drills with continuous handwork', () => {
  it('load, and their golden run passes and their bad run fails as stated', () => {
    const r = load();
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.drill.startMs).toBe(SPIN_UP_MS);
    expect(verifyRuns(handworkFixture, r.drill)).toEqual([]);
  });

  it('replay from their log to the same result, process and all', () => {
    const r = load();
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const { run } = playRun(handworkFixture, r.drill, r.drill.golden);
    const again = replayDrill(handworkFixture, r.drill, run.session.log());
    expect(again.result()).toEqual(run.result());
    expect(again.session.process()).toEqual(run.session.process());
    expect(replayLog(handworkFixture, run.session.log()).process()).toEqual(run.session.process());
  });

  it('a fault on a step the process finishes comes at that process step, live in frames or replayed from the log', () => {
    const r = load((d) => Object.assign(d, { faults: [{ fault: 'chipsThrown', at: { step: 'feedStrip' } }] }));
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const run = startDrill(handworkFixture, r.drill);
    const t0 = run.session.clock.now();
    for (const item of r.drill.golden) {
      // Real time in frames of 17 ms, as a tablet would.
      while (run.session.clock.now() < t0 + item.t) run.advance(Math.min(17, t0 + item.t - run.session.clock.now()));
      if ('event' in item) run.send(item.event);
    }
    const log = run.session.log();
    const fault = log.entries.find((e) => e.kind === 'event' && e.event.type === 'fault.inject');
    expect(fault?.t).toBe(t0 + 2400 + 1000);
    expect(replayDrill(handworkFixture, r.drill, log).session.log()).toEqual(log);
  });

  it('a drill run is driven with its process: active while the strip feeds, not once the drill is over', () => {
    const r = load();
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const run = startDrill(handworkFixture, r.drill);
    run.send({ type: 'user.press', control: 'strip' });
    run.send({ type: 'user.adjust', control: 'treadle', value: 0.5 });
    expect(run.processActive()).toBe(true);
    run.end();
    expect(run.processActive()).toBe(false);
  });

  it('refuse adjusts of unknown or non-continuous controls, and values off the range or the step', () => {
    const lines = problems((d) => {
      d.golden[1] = adjust(200, 'guideOffset', 3.5);
      d.golden[2] = adjust(400, 'treadle', 0.33);
      d.golden[3] = adjust(2400, 'motor', 1);
      d.golden[4] = adjust(4000, 'pedal', 0);
    });
    expect(lines).toEqual([
      `${FILE}: golden.1.event.value: 3.5 is outside -3…3`,
      `${FILE}: golden.2.event.value: 0.33 is not a multiple of the step 0.05`,
      `${FILE}: golden.3.event.control: "motor" is not a continuous control on handwork-fixture (continuous: treadle, guideOffset)`,
      `${FILE}: golden.4.event.control: unknown control "pedal" on handwork-fixture (controls: motor, treadle, guideOffset, strip, estop)`,
    ]);
  });

  it('refuse an adjust value that is not a number (the schema)', () => {
    const lines = problems((d) => ((d.golden[1]!.event as { value: unknown }).value = '0.5'));
    expect(lines.join('\n')).toMatch(/golden\.1\.event/);
  });

  it('pay for their process steps from the check budget', () => {
    const r = load();
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const budget = new StepBudget(Infinity);
    const { run } = playRun(handworkFixture, r.drill, r.drill.golden, budget);
    const steps = run.session.processSteps();
    expect(steps).toBeGreaterThan(0);
    expect(budget.used).toBeGreaterThanOrEqual(steps / PROCESS_STEPS_PER_MACHINE_STEP);
  });
});
