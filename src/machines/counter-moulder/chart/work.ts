import { and } from 'xstate';
import { fault, handsFree, press, set } from './guards.ts';
import { ID } from './stateIds.ts';
import { counterMoulderSetup } from './setup.ts';

/**
 * `work`: one upper from the rack, its counter inserted, softened on the hot former, moved at
 * once to the cold former (the transfer window runs like an adhesive's open time), set there,
 * and taken off as a moulded back part (judged by the pure `judgeBackPart`).
 */
export const workRegion = counterMoulderSetup.createStateConfig({
  initial: 'bench',
  states: {
    /** An upper from closing, lasting allowance still flat, no counter yet. */
    bench: {
      on: { 'user.press': { guard: and([press('insertCounter'), handsFree]), target: 'ready', actions: 'insertCounter' } },
    },
    /** Counter inserted between upper and lining [S59]. */
    ready: {
      on: {
        'user.set': { guard: and([set('upper', 'hotMould'), handsFree]), target: 'onHot' },
        'user.press': { guard: and([press('recentreCounter'), 'isCounterOffCentre', handsFree]), actions: 'recentreCounter' },
        'user.inspect': { guard: and([({ event }) => 'control' in event && event.control === 'counter', handsFree]), actions: 'inspect' },
        'fault.inject': { guard: fault('counterOffCentre'), actions: 'slipCounter' },
      },
    },
    /** Heel end over the hot former, pad open. */
    onHot: {
      tags: ['upperOnHot'],
      on: {
        'user.set': { guard: and([set('upper', 'rack'), handsFree]), target: 'ready' },
        'user.press': { guard: and([press('recentreCounter'), 'isCounterOffCentre', handsFree]), actions: 'recentreCounter' },
        'user.inspect': { guard: and([({ event }) => 'control' in event && event.control === 'counter', handsFree]), actions: 'inspect' },
        'fault.inject': { guard: fault('counterOffCentre'), actions: 'slipCounter' },
        'hot.clamped': 'hotPressing',
      },
    },
    hotPressing: {
      tags: ['upperOnHot'],
      on: { 'hot.released': { target: 'softened', actions: 'recordHot' } },
    },
    /** Counter soft: it must be on the cold former and pressed before the window runs out. */
    softened: {
      initial: 'onHot',
      after: { transferWindow: { actions: 'markTransferSlow' } },
      states: {
        onHot: {
          tags: ['upperOnHot'],
          // Hands off the buttons and the hot pad fully back before the upper can be lifted off.
          on: { 'user.set': { guard: and([set('upper', 'coldMould'), 'isHotOpen', 'isColdOpen', handsFree]), target: 'onCold' } },
        },
        onCold: {
          tags: ['upperOnCold'],
          on: { 'cold.clamped': `${ID}.work.coldPressing` },
        },
      },
    },
    coldPressing: {
      tags: ['upperOnCold'],
      on: {
        'cold.released': [
          { guard: 'isColdResultGood', target: 'formed.good', actions: 'recordCold' },
          { target: 'formed.defect', actions: 'recordCold' },
        ],
      },
    },
    /** Moulded: the result is in `lastResult`. Inspect it, then take it off once the cold pad is back. */
    formed: {
      tags: ['upperOnCold'],
      initial: 'good',
      on: {
        'user.inspect': { guard: and([({ event }) => 'control' in event && event.control === 'backPart', 'isColdOpen', handsFree]), actions: 'inspect' },
        'user.set': { guard: and([set('upper', 'rack'), 'isColdOpen', handsFree]), target: 'bench', actions: 'takeUpper' },
      },
      states: {
        good: { tags: ['backPartGood'] },
        defect: { tags: ['fault', 'backPartDefect'] },
      },
    },
  },
});
