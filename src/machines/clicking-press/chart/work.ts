import { and } from 'xstate';
import { clickingPressSetup } from './setup.ts';

/** `work`: what lies on the board, and what the cut left (a part, an incomplete cut, a board cut too deep). */
export const workRegion = clickingPressSetup.createStateConfig({
  initial: 'clear',
  on: {
    'press.cut': [
      { guard: { type: 'isCut', params: { outcome: 'clean' } }, target: '.partCut', actions: 'recordCut' },
      { guard: { type: 'isCut', params: { outcome: 'incomplete' } }, target: '.cutIncomplete', actions: 'recordCut' },
      { guard: { type: 'isCut', params: { outcome: 'deep' } }, target: '.boardCutDeep', actions: ['recordCut', 'noteBoardDamage'] },
    ],
  },
  states: {
    /** Material and die can be placed, moved or taken only with the arm swung aside. */
    clear: {
      on: {
        'user.set': [
          { guard: and([{ type: 'isSet', params: { control: 'die' } }, 'isValidDie', 'isArmAside']), actions: 'setDie' },
          { guard: and([{ type: 'isSet', params: { control: 'material' } }, 'isValidMaterial', 'isArmAside']), actions: 'setMaterial' },
          { guard: and([{ type: 'isSet', params: { control: 'hideSide' } }, 'isValidSide', 'isArmAside']), actions: 'setSide' },
          { guard: and([{ type: 'isSet', params: { control: 'diePlace' } }, 'isValidPlace', 'isArmAside']), actions: 'setPlace' },
        ],
        'user.press': {
          guard: and([{ type: 'isPress', params: { control: 'moveDie' } }, 'hasDieOnBoard', 'isArmAside']),
          actions: 'moveDieToFreshSpot',
        },
      },
    },
    partCut: {
      on: {
        'user.press': {
          guard: and([{ type: 'isPress', params: { control: 'removePart' } }, 'isArmAside']),
          target: 'clear',
          actions: 'takeGoodPart',
        },
      },
    },
    /** Part not cut through somewhere: worn board spot, stop too high or too little force [§5.7]. */
    cutIncomplete: {
      tags: ['fault'],
      on: {
        'user.press': [
          { guard: and([{ type: 'isPress', params: { control: 'removePart' } }, 'isArmAside']), target: 'clear', actions: 'discardPart' },
          { guard: and([{ type: 'isPress', params: { control: 'moveDie' } }, 'isArmAside']), actions: 'moveDieToFreshSpot' },
        ],
      },
    },
    /** Die driven into the board: stop set too low [§5.7]. The part is cut but the board is damaged. */
    boardCutDeep: {
      tags: ['fault'],
      on: {
        'user.press': {
          guard: and([{ type: 'isPress', params: { control: 'removePart' } }, 'isArmAside']),
          target: 'clear',
          actions: 'takeGoodPart',
        },
      },
    },
  },
});
