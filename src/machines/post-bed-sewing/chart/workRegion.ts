import { not } from 'xstate';
import { sewingSetup } from './setup.ts';

/**
 * Where the work is: nothing on the post, an upper placed under the lifted roller, clamped under
 * the lowered roller (the needle sews it while the pedal is forward), or finished (its threads
 * trimmed). The positions follow the context (eventless), so no event is handled twice.
 */
export const workRegion = sewingSetup.createStateConfig({
  initial: 'empty',
  states: {
    empty: { always: { guard: 'hasPiece', target: 'placed' } },
    placed: {
      always: [
        { guard: not('hasPiece'), target: 'empty' },
        { guard: 'isTrimmed', target: 'finished' },
        { guard: 'isFootDown', target: 'clamped' },
      ],
    },
    clamped: {
      tags: ['workClamped'],
      always: [
        { guard: 'isTrimmed', target: 'finished' },
        { guard: 'isFootUp', target: 'placed' },
      ],
    },
    finished: { tags: ['seamFinished'], always: { guard: not('hasPiece'), target: 'empty' } },
  },
});

/** The machine's condition: tag `fault` while a fault (bent or broken needle, thread trouble) is not put right. */
export const conditionRegion = sewingSetup.createStateConfig({
  initial: 'sound',
  states: {
    sound: { always: { guard: 'hasMachineFault', target: 'faulty' } },
    faulty: { tags: ['fault'], always: { guard: not('hasMachineFault'), target: 'sound' } },
  },
});
