import { not } from 'xstate';
import { skiverSetup } from './setup.ts';

/**
 * Where the work is, as the artisan sees it: nothing under the foot, a piece placed under the
 * raised foot (to align on the guide), clamped under the lowered foot (the roller feeds it while
 * the head drives), through (the process model fed its edge to the end) or jammed. The positions
 * follow the context the settings and signals write (eventless), so no event is handled twice.
 */
export const workRegion = skiverSetup.createStateConfig({
  initial: 'empty',
  states: {
    empty: { always: { guard: 'hasPiece', target: 'placed' } },
    placed: {
      always: [
        { guard: not('hasPiece'), target: 'empty' },
        { guard: 'isFootDown', target: 'clamped' },
      ],
    },
    clamped: {
      tags: ['workClamped'],
      always: [
        { guard: 'isEdgeDone', target: 'through' },
        { guard: 'isJammed', target: 'jammed' },
        { guard: not('hasPiece'), target: 'empty' },
        { guard: 'isFootRaised', target: 'placed' },
      ],
    },
    through: { tags: ['edgeThrough'], always: { guard: not('hasPiece'), target: 'empty' } },
    jammed: { tags: ['fault', 'jammed'], always: { guard: not('hasPiece'), target: 'empty' } },
  },
});

/** The machine's condition: tag `fault` while an injected fault has not been put right. */
export const conditionRegion = skiverSetup.createStateConfig({
  initial: 'sound',
  states: {
    sound: { always: { guard: 'hasMachineFault', target: 'faulty' } },
    faulty: { tags: ['fault'], always: { guard: not('hasMachineFault'), target: 'sound' } },
  },
});
