import { and, not } from 'xstate';
import { clickingPressSetup } from './setup.ts';

/** `arm`: where the swing arm is — aside (the board is free) or over the die. */
export const armRegion = clickingPressSetup.createStateConfig({
  initial: 'aside',
  states: {
    aside: {
      on: {
        // A manual swing arm still moves by hand during an e-stop; only the beam stays up.
        'user.set': { guard: { type: 'isSet', params: { control: 'arm', value: 'overDie' } }, target: 'overDie' },
      },
    },
    overDie: {
      on: {
        // The arm cannot swing while the beam is down.
        'user.set': {
          guard: and([{ type: 'isSet', params: { control: 'arm', value: 'aside' } }, not('isStroking')]),
          target: 'aside',
        },
      },
    },
  },
});
