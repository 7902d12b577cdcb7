import { and, not } from 'xstate';
import { canCycle } from './guards.ts';
import { ID } from './stateIds.ts';
import { counterMoulderSetup } from './setup.ts';
import type { Station } from './types.ts';

/**
 * One station's pad (`hot` or `cold`): the two-hand start (both green buttons within the window,
 * anti-repeat), the pad closing round the heel, the dwell counted down in fixed ticks, and the
 * pad opening. Releasing a button while the pad closes opens it again; once it is closed the
 * hands may leave and the dwell runs on. The e-stop, lost air or the main switch open it [§4][§9.4].
 */
export function stationRegion(station: Station) {
  const p = { station };
  const button = { type: 'isButtonPress', params: p } as const;
  const buttonUp = { type: 'isButtonRelease', params: p } as const;
  const second = { type: 'isSecondPress', params: p } as const;
  const hands = { guard: button, actions: 'trackHands' } as const;
  const handsUp = { guard: buttonUp, actions: 'trackHands' } as const;
  const stop = (reason: 'estop' | 'airLost' | 'powerOff' | 'released') => ({ type: 'stopBy', params: { station, reason } }) as const;
  const self = `${ID}.${station}`;
  const interrupted = [
    { guard: not('isMainOn'), target: `${self}.opening`, actions: stop('powerOff') },
    { guard: not('hasAir'), target: `${self}.opening`, actions: stop('airLost') },
  ];
  return counterMoulderSetup.createStateConfig({
    initial: 'open',
    states: {
      /** Pad back, hands off the buttons: a first button starts the two-hand window if the interlocks allow. */
      open: {
        on: { 'user.press': { guard: and([button, canCycle(station)]), target: 'firstPressed', actions: 'trackHands' } },
      },
      firstPressed: {
        after: { twoHandWindow: 'blocked' },
        on: {
          'user.press': [
            { guard: and([second, canCycle(station)]), target: 'cycle', actions: ['trackHands', 'startCycle'] },
            { guard: second, target: 'blocked', actions: 'trackHands' },
          ],
          'user.release': { guard: buttonUp, target: 'open', actions: 'trackHands' },
        },
      },
      /** The second button came too late (or the interlocks dropped): nothing moves until both are let go. */
      blocked: {
        tags: ['refused'],
        on: { 'user.press': hands, 'user.release': { guard: buttonUp, target: 'waitRelease', actions: 'trackHands' } },
      },
      cycle: {
        tags: ['hazard'],
        initial: 'closing',
        on: {
          'user.press': [{ guard: 'isEstopPress', target: 'opening', actions: stop('estop') }, hands],
        },
        states: {
          closing: {
            tags: ['padClosing'],
            after: { padClose: 'clamped' },
            always: interrupted,
            on: { 'user.release': { guard: buttonUp, target: `${self}.opening`, actions: ['trackHands', stop('released')] } },
          },
          clamped: {
            tags: ['clamped'],
            entry: [{ type: 'loadTicks', params: p }, { type: 'raiseClamped', params: p }],
            exit: { type: 'raiseReleased', params: p },
            always: interrupted,
            on: { 'user.release': handsUp },
            initial: 'counting',
            states: {
              counting: {
                after: {
                  dwellTick: [
                    { guard: { type: 'isLastTick', params: p }, target: `${self}.opening`, actions: { type: 'countTick', params: p } },
                    { target: 'counting', reenter: true, actions: { type: 'countTick', params: p } },
                  ],
                },
              },
            },
          },
        },
      },
      /** The pad swings back, away from the hands: moving, but not a hazard. */
      opening: {
        tags: ['padOpening'],
        after: { padOpen: 'waitRelease' },
        on: { 'user.press': hands, 'user.release': handsUp },
      },
      /** Anti-repeat: both buttons let go before the next cycle [S44]. */
      waitRelease: {
        always: { guard: { type: 'isNoneHeld', params: p }, target: 'open' },
        on: { 'user.press': hands, 'user.release': handsUp },
      },
    },
  });
}
