import { and, not } from 'xstate';
import { fault, press, set } from './guards.ts';
import { ID } from './stateIds.ts';
import { solePressSetup } from './setup.ts';

/** `work`: the one sole + upper, from the bench through the lamps, the open time and the pad to its bond. */
export const workRegion = solePressSetup.createStateConfig({
  initial: 'atBench',
  states: {
    /** A cemented sole and lasted upper, adhesive dried, waiting on the bench. */
    atBench: {
      on: {
        'user.set': { guard: and([set('tray', 'in'), 'isReactivatorReady']), target: 'inReactivator', actions: 'freshFilm' },
      },
    },
    /** Under the lamps while the reactivator times the exposure. */
    inReactivator: {
      tags: ['workInReactivator'],
      on: {
        'reactivator.ended': { target: 'open.inTray', actions: 'captureFilm' },
        'user.set': { guard: set('tray', 'out'), target: 'open.inHand', actions: 'captureFilm' },
      },
    },
    /** Film reactivated: the open time runs until the pad presses the sole on. */
    open: {
      initial: 'inTray',
      after: { openTime: { actions: 'markAdhesiveDead' } },
      on: { 'fault.inject': { guard: fault('openTimeExceeded'), actions: 'markAdhesiveDead' } },
      states: {
        inTray: {
          tags: ['workInReactivator'],
          on: { 'user.set': { guard: set('tray', 'out'), target: 'inHand' } },
        },
        inHand: {
          on: {
            // Lay the sole from the toe, align, hand-press lightly [S33].
            'user.press': { guard: press('laySole'), target: 'soleLaid' },
            // A film gone dead can be reactivated again before the sole is laid [S61].
            'user.set': { guard: and([set('tray', 'in'), 'isReactivatorReady']), target: `${ID}.work.inReactivator`, actions: 'freshFilm' },
          },
        },
        soleLaid: {
          on: {
            'user.set': { guard: and([set('shoe', 'onPad'), not('isCycling')]), target: 'onPad', actions: 'handsIn' },
            // The way back: peel the sole off (the open time keeps running) and reactivate [S61].
            'user.press': { guard: and([press('peelSole'), 'canPeelSole']), target: 'inHand' },
          },
        },
        onPad: {
          tags: ['shoeOnPad'],
          on: {
            'user.set': { guard: and([set('shoe', 'removed'), not('isCycling')]), target: 'soleLaid', actions: 'handsOut' },
            'user.press': { guard: and([press('peelSole'), 'canPeelSole']), target: 'inHand', actions: 'handsOut' },
            'press.pressing': `${ID}.work.pressing`,
          },
        },
      },
    },
    pressing: {
      tags: ['shoeOnPad'],
      on: {
        'press.released': [
          { guard: 'isBondGood', target: 'bonded.good', actions: 'recordBond' },
          { target: 'bonded.defect', actions: 'recordBond' },
        ],
      },
    },
    /** Pressed; the bond result is in `lastBond`. Take the shoe off once the cover is up. */
    bonded: {
      tags: ['shoeOnPad'],
      initial: 'good',
      on: { 'user.set': { guard: and([set('shoe', 'removed'), not('isCycling')]), target: 'atBench', actions: 'takeShoe' } },
      states: {
        good: { tags: ['bondGood'] },
        defect: { tags: ['fault', 'bondDefect'] },
      },
    },
  },
});
