import { and, not, or } from 'xstate';
import { set, sewingSetup } from './setup.ts';

/**
 * Power and servo. `on` is the hazard: the servo answers the pedal at once. Interlocks: no power
 * under the e-stop; power switched on with the pedal pressed locks the start (`blocked`, tag
 * noStart) until the power is cycled with the pedal in neutral; the needle runs (`sewing`) only
 * while the pedal is forward and the machine can stitch (threaded, bobbin in, guards on, nothing
 * broken); releasing the pedal stops it at once, the needle where the needle-stop setting says.
 * `off.shutDown` is the end of the work (tag complete).
 */
export const powerRegion = sewingSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      initial: 'idle',
      on: { 'user.set': { guard: and([set('powerSwitch', 'on'), not('isEstopped')]), target: 'on', actions: 'setPower' } },
      states: {
        idle: { always: { guard: 'isShutDownComplete', target: 'shutDown' } },
        shutDown: { tags: ['complete'], always: { guard: not('isShutDownComplete'), target: 'idle' } },
      },
    },
    on: {
      tags: ['hazard', 'powered'],
      initial: 'ready',
      always: { guard: 'isEstopped', target: 'off', actions: 'stopPower' },
      on: { 'user.set': { guard: set('powerSwitch', 'off'), target: 'off', actions: 'setPower' } },
      states: {
        ready: {
          always: [
            { guard: 'isStartBlocked', target: 'blocked' },
            { guard: and(['hasPedalDown', 'canStitch']), target: 'sewing' },
          ],
        },
        /** The servo's start lock: the pedal was not in neutral when the power came on. */
        blocked: { tags: ['noStart'] },
        /** Pedal forward: the needle bar runs; the process model lays stitches if work is clamped. */
        sewing: {
          tags: ['needleRunning'],
          always: { guard: or([not('hasPedalDown'), not('canStitch')]), target: 'ready', actions: 'stopNeedle' },
        },
      },
    },
  },
});
