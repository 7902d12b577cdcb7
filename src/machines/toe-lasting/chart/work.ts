import { and, not } from 'xstate';
import { fault, press, set } from './guards.ts';
import { ID } from './stateIds.ts';
import { toeLastingSetup } from './setup.ts';

const inspectOf = (control: string) => ({ type: 'isInspect' as const, params: { control } });

/**
 * `work`: the one lasted-up upper on its last, stepped by the two-pedal treadle (forward steps the
 * cycle on, back releases): placed and aligned, step 1 the toe pincer grips at low force, step 2
 * the side pincers pull at full pressure, then cement, wipe and dwell, and back releases it.
 * Interlocks by sequence: the full pull only from a toe grip (the low-pressure first stage), the
 * wipers only once the last is clamped under the pull; losing the hydraulics (pump stopped,
 * e-stop, isolator) opens the pincers and stops the wipers at once.
 */
export const workRegion = toeLastingSetup.createStateConfig({
  initial: 'empty',
  states: {
    /** No last on the rest. */
    empty: {
      on: { 'user.press': { guard: press('placeLast'), target: 'placed', actions: 'placeLast' } },
    },
    /** The last bottom-up on the rest, toe into the pincer ring; moved onto the centring light's line. */
    placed: {
      tags: ['lastOnRest'],
      on: {
        'user.set': { guard: and([set('lastPosition'), 'isCentreLightOn']), actions: 'setLastOffset' },
        'user.press': [
          { guard: press('removeLast'), target: 'empty' },
          { guard: and([press('pedalForward'), 'isPressureOk']), target: 'gripped.toeGrip', actions: 'gripToe' },
        ],
      },
    },
    gripped: {
      tags: ['lastOnRest', 'gripped'],
      initial: 'toeGrip',
      // No hydraulics: the pincers open (the upper is not cemented yet, so nothing is lost).
      always: { guard: not('isPressureOk'), target: 'placed' },
      on: { 'user.press': { guard: press('pedalBack'), target: 'placed' } },
      states: {
        /** Step 1: the toe pincer alone, low force: check the centre line now. */
        toeGrip: {
          tags: ['toeGrip'],
          on: {
            'user.inspect': { guard: inspectOf('centreLine'), actions: 'inspect' },
            'user.press': { guard: press('pedalForward'), target: 'pulled' },
            'fault.inject': { guard: fault('lastSlipped'), actions: 'slipLast' },
          },
        },
        /** Step 2: all pincers pull the upper over the last at the pull pressure. */
        pulled: {
          tags: ['hazard', 'pulling'],
          on: { 'user.press': { guard: and([press('pedalForward'), 'isMeltReady']), target: `${ID}.work.lasting` } },
        },
      },
    },
    /** Cement injected under the margin, wipers sweep in and press it onto the insole, dwell. */
    lasting: {
      tags: ['lastOnRest', 'hazard', 'lasting'],
      initial: 'cementing',
      always: { guard: not('isPressureOk'), target: 'lasted.defect', actions: 'recordInterrupted' },
      states: {
        cementing: { tags: ['cementing'], after: { cement: 'wiping' } },
        wiping: { tags: ['wiping'], after: { wipe: 'dwelling' } },
        dwelling: {
          tags: ['dwelling'],
          entry: 'loadDwell',
          initial: 'counting',
          states: {
            counting: {
              after: {
                dwellTick: [
                  { guard: 'isLastDwellTick', target: `${ID}.work.holding`, actions: 'countDwellTick' },
                  { target: 'counting', reenter: true, actions: 'countDwellTick' },
                ],
              },
            },
          },
        },
      },
    },
    /** Dwell over: the wipers still hold the margin down until the treadle is stepped back. */
    holding: {
      tags: ['lastOnRest', 'holding'],
      always: [
        { guard: and([not('isPressureOk'), 'isToeGood']), target: 'lasted.good', actions: 'recordToe' },
        { guard: not('isPressureOk'), target: 'lasted.defect', actions: 'recordToe' },
      ],
      on: {
        'user.press': [
          { guard: and([press('pedalBack'), 'isToeGood']), target: 'lasted.good', actions: 'recordToe' },
          { guard: press('pedalBack'), target: 'lasted.defect', actions: 'recordToe' },
        ],
      },
    },
    /** Released: look at the toe, then take the last off the rest. */
    lasted: {
      tags: ['lastOnRest'],
      initial: 'good',
      on: {
        'user.inspect': { guard: inspectOf('toe'), actions: 'inspect' },
        'user.press': { guard: press('removeLast'), target: 'empty', actions: 'takeLast' },
      },
      states: {
        good: { tags: ['toeGood'] },
        defect: { tags: ['fault', 'toeDefect'] },
      },
    },
  },
});
