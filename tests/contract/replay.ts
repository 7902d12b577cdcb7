import { createActor, type AnyStateMachine, type Actor } from 'xstate';
import { ManualClock } from '../../src/engine/clock.ts';
import { isWait, waitMs, type StepEvent } from '../../src/engine/exploration.ts';

/** Replays graph steps in a real actor: events are sent, waits move the clock by their delay. */
export function replaySteps(machine: AnyStateMachine, steps: readonly StepEvent[]): Actor<AnyStateMachine> {
  const clock = new ManualClock();
  const actor = createActor(machine, { clock });
  actor.start();
  for (const step of steps) {
    if (isWait(step)) clock.advance(waitMs(machine, step));
    else actor.send(step);
  }
  return actor;
}
