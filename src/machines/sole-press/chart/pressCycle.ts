import { not } from 'xstate';
import { fault, press } from './guards.ts';
import { solePressSetup } from './setup.ts';
import { ID } from './stateIds.ts';

/**
 * One press cycle: the cover closes (the hands sensor and STOP reverse it), latches, the pad fills
 * and holds for the press time in fixed ticks, exhausts, and the cover swings up again.
 */
export const pressCycle = solePressSetup.createStateConfig({
  initial: 'closing',
  states: {
    closing: {
      tags: ['hazard', 'coverClosing'],
      after: { coverClose: 'pressed' },
      always: { guard: not('hasAir'), target: 'opening', actions: { type: 'stopBy', params: { reason: 'airLost' } } },
      on: {
        // The sensor stops and reverses a closing cover [V1][I]; STOP opens it [V1].
        'user.press': [
          {
            guard: press('handsZone'),
            target: 'opening',
            actions: ['handsIn', { type: 'stopBy', params: { reason: 'hands' } }, 'noteSensorTrip'],
          },
          { guard: press('stop'), target: 'opening', actions: { type: 'stopBy', params: { reason: 'stopButton' } } },
        ],
        'fault.inject': {
          guard: fault('coverBlocked'),
          target: 'opening',
          actions: ['obstructZone', { type: 'stopBy', params: { reason: 'blocked' } }],
        },
      },
    },
    /** Cover down and latched; the pad is under air. Leaving this state ends the press on the work. */
    pressed: {
      tags: ['hazard', 'coverClosed'],
      initial: 'pressurising',
      entry: ['loadHoldTimer', 'raisePressing'],
      exit: 'raiseReleased',
      always: { guard: not('hasAir'), target: 'exhausting', actions: { type: 'stopBy', params: { reason: 'airLost' } } },
      on: {
        'user.press': { guard: press('stop'), target: 'exhausting', actions: { type: 'stopBy', params: { reason: 'stopButton' } } },
      },
      states: {
        pressurising: { tags: ['pressurising'], after: { pressureBuild: 'holding' } },
        holding: {
          tags: ['holding'],
          initial: 'counting',
          states: {
            counting: {
              after: {
                holdTick: [
                  { guard: 'isLastHoldTick', target: `${ID}.press.powered.cycle.exhausting`, actions: 'countHoldTick' },
                  { target: 'counting', reenter: true, actions: 'countHoldTick' },
                ],
              },
            },
          },
        },
      },
    },
    exhausting: { tags: ['hazard', 'coverClosed', 'exhausting'], after: { exhaust: 'opening' } },
    /** The cover swings up, away from the hands: moving, but not a hazard state. */
    opening: { tags: ['coverOpening'], after: { coverOpen: `${ID}.press.powered.ready` } },
  },
});
