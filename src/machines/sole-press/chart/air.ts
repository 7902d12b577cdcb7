import { not } from 'xstate';
import { set } from './guards.ts';
import { solePressSetup } from './setup.ts';

/** `air`: the line valve and whether the regulated air is at the minimum for a cycle. */
export const airRegion = solePressSetup.createStateConfig({
  initial: 'closed',
  states: {
    closed: {
      on: { 'user.set': { guard: set('airLineValve', 'open'), target: 'open', actions: 'setAirValve' } },
    },
    open: {
      initial: 'ok',
      on: { 'user.set': { guard: set('airLineValve', 'closed'), target: 'closed', actions: 'setAirValve' } },
      states: {
        ok: { tags: ['airOk'], always: { guard: not('hasAir'), target: 'low' } },
        /** Below the 2 bar minimum: regulator set too low or the compressor not keeping up. */
        low: { tags: ['airLow', 'fault'], always: { guard: 'hasAir', target: 'ok' } },
      },
    },
  },
});
