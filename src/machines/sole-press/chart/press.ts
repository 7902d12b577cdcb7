import { and, not } from 'xstate';
import { press, set } from './guards.ts';
import { pressCycle } from './pressCycle.ts';
import { solePressSetup } from './setup.ts';

/** `press`: main switch, the interlocked ready state and the cover/pad cycle; halted by an e-stop. */
export const pressRegion = solePressSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      initial: 'idle',
      on: {
        'user.set': [
          { guard: and([set('mainSwitch', 'on'), 'isEstopped']), target: 'halted', actions: 'setMain' },
          { guard: set('mainSwitch', 'on'), target: 'powered', actions: 'setMain' },
        ],
      },
      states: {
        idle: { always: { guard: 'isShutDownComplete', target: 'shutDown' } },
        shutDown: { tags: ['complete'], always: { guard: not('isShutDownComplete'), target: 'idle' } },
      },
    },
    powered: {
      tags: ['powered'],
      initial: 'ready',
      on: {
        // The main switch is also an isolator: off at any time dumps the pad and vents the cover.
        'user.set': { guard: set('mainSwitch', 'off'), target: 'off', actions: 'setMain' },
        'user.press': { guard: 'isEstopPress', target: 'halted' },
      },
      states: {
        ready: {
          tags: ['ready'],
          always: [
            { guard: not('hasAir'), target: 'noAir' },
            { guard: 'isZoneObstructed', target: 'zoneBlocked' },
          ],
          on: {
            'user.press': [
              // MANUAL: START, with the shoe placed and the hands out of the zone.
              {
                guard: and([press('start'), 'isManual', 'isShoeReadyOnPad', not('hasHandsInZone')]),
                target: 'cycle',
                actions: 'startCycle',
              },
              // The pre-operation sensor test: the test rod in the beam must block the press [V1][I].
              { guard: press('sensorTestRod'), target: 'zoneBlocked', actions: ['obstructZone', 'insertTestRod', 'noteSensorTrip'] },
            ],
            // AUTO: the cover closes by itself when the hands leave the zone [V1 LD-585C].
            'user.release': {
              guard: and([{ type: 'isRelease', params: { control: 'handsZone' } }, 'isAuto', 'isShoeReadyOnPad']),
              target: 'cycle',
              actions: ['handsOut', 'startCycle'],
            },
          },
        },
        /** No cycle with air below the minimum (valve shut, regulator too low, supply low). */
        noAir: { always: { guard: 'hasAir', target: 'ready' } },
        /** The hands-clear sensor is blocked by an object: the cover will not close. */
        zoneBlocked: {
          tags: ['fault', 'refused'],
          always: [
            { guard: not('hasAir'), target: 'noAir' },
            { guard: not('isZoneObstructed'), target: 'ready' },
          ],
        },
        cycle: pressCycle,
      },
    },
    /** E-stopped while powered: pad dumped, cover vented (it can be lifted), valves dead. */
    halted: {
      on: {
        'user.set': { guard: set('mainSwitch', 'off'), target: 'off', actions: 'setMain' },
        'user.press': { guard: and([press('reset'), 'isEstopReleased']), target: 'powered' },
      },
    },
  },
});
