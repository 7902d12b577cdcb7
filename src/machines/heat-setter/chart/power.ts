import { heatSetterSetup } from './setup.ts';

/** `power`: the main isolator; off, the shift is complete once the shutdown care is done. */
export const powerRegion = heatSetterSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      initial: 'idle',
      always: { guard: 'isPowered', target: 'on' },
      states: {
        idle: { always: { guard: 'isShiftComplete', target: 'shiftDone' } },
        shiftDone: { tags: ['complete'] },
      },
    },
    on: {
      tags: ['powered'],
      always: { guard: ({ context }) => !context.isolatorOn, target: 'off' },
    },
  },
});
