import { describe, expect, it } from 'vitest';
import { handworkFixture } from '../support/fixtures/handworkFixture.ts';
import { LANGS } from '../../src/i18n/catalogue.ts';
import { machineModules } from '../../src/machines/index.ts';
import { atRest, continuousRanges, rangeProblem } from '../../src/engine/continuousControls.ts';
import { moduleEvents } from '../../src/engine/exploration.ts';
import { ESTOP_CONTROL_ID, TAGS, type GladiEvent, type MachineModule } from '../../src/engine/machineModule.ts';
import { pick, seededRandom } from '../../src/engine/random.ts';
import { replayLog } from '../../src/engine/replay.ts';
import { createSession, type Session } from '../../src/engine/session.ts';
import { followHints } from './hintFollower.ts';

/**
 * The continuous-handwork contract (issue 10), on every machine with continuous controls and on
 * the engine's own fixture machine: random input streams with e-stop probes, pedal release means
 * stop, replay equality, and a hint follower that feeds steadily through the whole procedure.
 */
const WALKS = 40;
const STEPS = 160;

const withContinuous = [...machineModules, handworkFixture].filter((m) => m.controls.some((c) => c.kind === 'continuous'));

const estop: GladiEvent = { type: 'user.press', control: ESTOP_CONTROL_ID };
const estopRelease: GladiEvent = { type: 'user.release', control: ESTOP_CONTROL_ID };

/** Everything a replay must reproduce. */
const observed = (s: Session) => ({
  value: s.actor.getSnapshot().value,
  context: s.actor.getSnapshot().context,
  process: s.process(),
  processSteps: s.processSteps(),
  inputs: s.inputs(),
  mistakes: s.mistakes(),
  outcome: s.outcome(),
  steps: s.steps(),
});

/**
 * One random trainee: mostly follows the hints (so the work gets under the tool), otherwise sends
 * any event or an adjust of any continuous control to any value (outside the range too), and waits.
 */
function randomAction(m: MachineModule, s: Session, rand: () => number, events: readonly GladiEvent[]): GladiEvent | number {
  const ranges = [...continuousRanges(m.controls)];
  const r = rand();
  if (r < 0.25) return Math.floor(rand() * 3000);
  if (r < 0.55) {
    const hints = s.hints();
    if (hints.length) return pick(rand, hints);
  }
  if (r < 0.8 && ranges.length) {
    const [control, range] = pick(rand, ranges);
    const span = range.max - range.min;
    return { type: 'user.adjust', control, value: range.min - span * 0.2 + rand() * span * 1.4 };
  }
  return pick(rand, events);
}

describe.each(withContinuous.map((m) => [m.id, m] as const))('continuous handwork contract: %s', (_id, m) => {
  const ranges = continuousRanges(m.controls);
  const events = moduleEvents(m);

  it('has a process model and valid ranges on its continuous controls', () => {
    expect(m.process, 'a machine with continuous controls has a process model').toBeDefined();
    expect(Number.isInteger(m.process?.stepMs) && (m.process?.stepMs ?? 0) > 0).toBe(true);
    for (const c of m.controls.filter((x) => x.kind === 'continuous')) {
      expect(c.range, c.id).toBeDefined();
      expect(c.range && rangeProblem(c.range), c.id).toBeNull();
    }
    expect([...ranges.values()].some((r) => r.rest !== undefined), 'a control that springs back (a treadle)').toBe(true);
  });

  it('random continuous input with e-stop probes: after the e-stop the hazard stops, the process stands still; replays give the same run', () => {
    let sawActive = 0;
    for (let walk = 0; walk < WALKS; walk++) {
      const rand = seededRandom(7000 + walk);
      const s = createSession(m);
      let latched = false;
      for (let i = 0; i < STEPS && s.outcome().status === 'running'; i++) {
        const where = `walk ${walk} step ${i}`;
        if (s.processActive()) sawActive++;
        if (!latched && rand() < 0.04) {
          s.send(estop);
          latched = true;
          expect(s.actor.getSnapshot().hasTag(TAGS.estop), where).toBe(true);
        }
        const action = randomAction(m, s, rand, latched ? events.filter((e) => JSON.stringify(e) !== JSON.stringify(estopRelease)) : events);
        const before = s.process();
        if (typeof action === 'number') s.advance(action);
        else s.send(action);
        if (latched && rand() < 0.1) {
          s.send(estopRelease);
          latched = s.actor.getSnapshot().hasTag(TAGS.estop);
        }
        if (latched) {
          const snap = s.actor.getSnapshot();
          expect(snap.hasTag(TAGS.estop), where).toBe(true);
          expect(snap.hasTag(TAGS.hazard), where).toBe(false);
          expect(s.processActive(), `${where}: the process stops under the e-stop`).toBe(false);
          if (typeof action === 'number') expect(s.process(), `${where}: nothing moves under the e-stop`).toEqual(before);
        }
      }
      const again = replayLog(m, s.log());
      expect(observed(again), `walk ${walk} replayed`).toEqual(observed(s));
      s.stop();
      again.stop();
    }
    expect(sawActive, 'the walks reach running handwork').toBeGreaterThan(0);
  });

  it('pedal release means stop: with every control that springs back at rest, the process is not active and nothing moves', () => {
    let probes = 0;
    for (let walk = 0; walk < WALKS; walk++) {
      const rand = seededRandom(9000 + walk);
      const s = createSession(m);
      for (let i = 0; i < STEPS && s.outcome().status === 'running'; i++) {
        const action = randomAction(m, s, rand, events);
        if (typeof action === 'number') s.advance(action);
        else s.send(action);
        if (!s.processActive() || rand() > 0.3) continue;
        probes++;
        const rest = atRest(ranges, s.inputs());
        for (const [control, value] of Object.entries(rest)) if (s.inputs()[control] !== value) s.send({ type: 'user.adjust', control, value });
        const where = `walk ${walk} step ${i} in ${JSON.stringify(s.actor.getSnapshot().value)}`;
        expect(s.processActive(), where).toBe(false);
        const before = s.process();
        s.advance((m.process?.stepMs ?? 1) * 10);
        expect(s.process(), `${where}: nothing moves`).toEqual(before);
        expect(s.processActive(), where).toBe(false);
      }
      s.stop();
    }
    expect(probes, 'released the pedal while the process ran').toBeGreaterThan(0);
  });

  it.each(['guided', 'free'] as const)('the hint follower feeds steadily and completes the procedure (%s)', (mode) => {
    const s = followHints(m, mode);
    expect(s.outcome().status).toBe('complete');
    expect(s.processSteps(), 'the procedure needs continuous work').toBeGreaterThan(0);
    expect(s.mistakes().filter((x) => x.id !== 'hintRequested')).toEqual([]);
    expect(observed(replayLog(m, s.log()))).toEqual(observed(s));
  });

  it('explains the continuous work for the debrief in both languages, if it explains it at all', () => {
    const s = followHints(m, 'guided');
    const lines = m.explainProcess?.(s.process(), s.actor.getSnapshot()) ?? [];
    for (const lang of LANGS) expect(lines.filter((l) => m.messages[lang][l.key] === undefined).map((l) => l.key), lang).toEqual([]);
  });
});

describe('the continuous contract covers the fixture', () => {
  it('finds the fixture machine', () => {
    expect(withContinuous).toContain(handworkFixture);
  });
});
