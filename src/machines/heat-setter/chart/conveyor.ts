import { and, not } from 'xstate';
import { press } from './guards.ts';
import { heatSetterSetup } from './setup.ts';

/**
 * `conveyor`: the belt through both tunnels. Running it is the hazard (shoes and hands drawn into
 * the curtains); it runs only with power, no e-stop, the chiller door shut and no jam. Each tick
 * the pure line model moves the shoes on (line.ts). A shoe reaching the far end while another
 * still waits there jams the exit (or fault `exitJam`): the belt stops until it is cleared, belt
 * stopped (never reaching in while it runs).
 */
export const conveyorRegion = heatSetterSetup.createStateConfig({
  initial: 'stopped',
  states: {
    stopped: {
      always: { guard: 'isJammed', target: 'jammed' },
      on: { 'user.press': { guard: and([press('conveyorStart'), 'canRun']), target: 'running' } },
    },
    running: {
      tags: ['hazard', 'conveyorRunning'],
      after: { conveyorTick: { target: 'running', reenter: true, actions: 'stepLine' } },
      always: [
        { guard: 'isJammed', target: 'jammed' },
        { guard: not('canRun'), target: 'stopped' },
      ],
      on: { 'user.press': { guard: press('conveyorStop'), target: 'stopped' } },
    },
    jammed: {
      tags: ['fault', 'jam'],
      always: { guard: not('isJammed'), target: 'stopped' },
    },
  },
});
