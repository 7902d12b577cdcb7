import { and } from 'xstate';
import { handsFree, panelFree, set } from './guards.ts';
import { counterMoulderSetup } from './setup.ts';

/** `power`: the main switch; off, the shift is complete once a good back part is made and everything is switched off. */
export const powerRegion = counterMoulderSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      initial: 'idle',
      on: { 'user.set': { guard: and([set('mainSwitch', 'on'), panelFree]), target: 'on', actions: 'setMain' } },
      states: {
        idle: { always: { guard: 'isShiftComplete', target: 'shiftDone' } },
        shiftDone: { tags: ['complete'] },
      },
    },
    on: {
      tags: ['powered'],
      on: { 'user.set': { guard: and([set('mainSwitch', 'off'), handsFree]), target: 'off', actions: 'setMain' } },
    },
  },
});
