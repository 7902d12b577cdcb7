import { not } from 'xstate';
import { roughingSetup } from './setup.ts';

/**
 * The shoe, as the artisan sees it: nothing in hand, a lasted shoe held at the bay, its margin
 * roughed to the end, or snatched (roughed with the wheel reversed). Follows the context (eventless).
 */
export const workRegion = roughingSetup.createStateConfig({
  initial: 'empty',
  states: {
    empty: { always: { guard: 'hasShoe', target: 'held' } },
    held: {
      tags: ['shoeHeld'],
      always: [
        { guard: 'isBandDone', target: 'roughed' },
        { guard: 'isSnatched', target: 'snatched' },
        { guard: not('hasShoe'), target: 'empty' },
      ],
    },
    roughed: { tags: ['bandRoughed'], always: { guard: not('hasShoe'), target: 'empty' } },
    snatched: { tags: ['fault', 'snatched'], always: { guard: not('hasShoe'), target: 'empty' } },
  },
});

/** The machine's condition: tag `fault` while an injected fault has not been put right. */
export const conditionRegion = roughingSetup.createStateConfig({
  initial: 'sound',
  states: {
    sound: { always: { guard: 'hasMachineFault', target: 'faulty' } },
    faulty: { tags: ['fault'], always: { guard: not('hasMachineFault'), target: 'sound' } },
  },
});
