import { describe, expect, it } from 'vitest';
import { assign, createActor, setup, type AnyMachineSnapshot } from 'xstate';
import { ManualClock } from './clock.ts';
import { isWait, waitMs, type StepEvent, type WaitEvent } from './exploration.ts';
import { exploreTimed } from './timedExploration.ts';

/**
 * A made-up two-timer chart (no real machine): a heater warms up in 3 s while a chiller pulls
 * down in 5 s, both started by one switch; a stop button while warming cancels the heater only.
 * `ready` needs both. A counter ticks every 3 s once hot, to mix a repeating timer in.
 */
const HEAT_MS = 3000;
const COLD_MS = 5000;
const TICK_MS = 3000;
const twoTimers = setup({
  types: { context: {} as { ticks: number }, events: {} as { type: 'on' } | { type: 'stopHeat' } },
  delays: { heat: HEAT_MS, cold: COLD_MS, tick: TICK_MS },
  guards: { moreTicks: ({ context }) => context.ticks < 2 },
}).createMachine({
  id: 'twoTimers',
  type: 'parallel',
  context: { ticks: 0 },
  states: {
    heater: {
      initial: 'off',
      states: {
        off: { on: { on: 'warming' } },
        warming: { after: { heat: 'hot' }, on: { stopHeat: 'off' } },
        hot: {
          initial: 'idle',
          states: { idle: { after: { tick: { guard: 'moreTicks', target: 'idle', reenter: true, actions: assign({ ticks: ({ context }) => context.ticks + 1 }) } } } },
        },
      },
    },
    chiller: {
      initial: 'off',
      states: { off: { on: { on: 'pulling' } }, pulling: { after: { cold: 'cold' } }, cold: {} },
    },
  },
});

const key = (s: AnyMachineSnapshot) => JSON.stringify([s.value, s.context]);

function replay(steps: readonly StepEvent[], msOf: (e: WaitEvent) => number) {
  const clock = new ManualClock();
  const actor = createActor(twoTimers, { clock });
  actor.start();
  for (const st of steps) {
    if (isWait(st)) clock.advance(msOf(st));
    else actor.send(st as unknown as { type: 'on' });
  }
  return actor.getSnapshot();
}

describe('timed exploration (two timers running at once)', () => {
  const states = exploreTimed(twoTimers, { events: () => [{ type: 'on' }, { type: 'stopHeat' }], key });

  it('reaches both-ready, with the chiller finishing 2 s after the heater (not a whole 5 s later)', () => {
    const both = states.find((r) => r.snapshot.matches({ heater: 'hot', chiller: 'cold' }) && r.snapshot.context.ticks === 0);
    expect(both).toBeDefined();
    const waits = both!.steps.filter(isWait).map((w) => w.ms);
    expect(waits).toEqual([HEAT_MS, COLD_MS - HEAT_MS]);
  });

  it('every path replays on a real clock to the same state, using the recorded distances', () => {
    expect(states.length).toBeGreaterThan(5);
    for (const r of states) expect(key(replay(r.steps, (e) => waitMs(twoTimers, e)))).toBe(key(r.snapshot));
  });

  it('the old walk (each timer a wait of its whole delay) would not replay: the guard against regressions', () => {
    // Waiting the chiller's whole delay from the start also fires the heater and a tick on the way.
    const both = states.find((r) => r.snapshot.matches({ heater: 'hot', chiller: 'cold' }) && r.snapshot.context.ticks === 0)!;
    const wholeDelays = (e: WaitEvent) => (e.type.includes('.heat.') ? HEAT_MS : e.type.includes('.cold.') ? COLD_MS : TICK_MS);
    expect(key(replay(both.steps, wholeDelays))).not.toBe(key(both.snapshot));
  });

  it('a cancelled timer stops running: stopping the heater leaves only the chiller to wait for', () => {
    const stopped = states.find((r) => r.snapshot.matches({ heater: 'off', chiller: 'cold' }));
    expect(stopped).toBeDefined();
    expect(stopped!.timers).toEqual([]);
    expect(stopped!.steps.filter(isWait).map((w) => w.ms)).toEqual([COLD_MS]);
  });

  it("stays small: only the order of the running timers joins the key", () => {
    expect(states.length).toBeLessThan(40);
  });
});
