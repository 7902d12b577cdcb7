import { and, not } from 'xstate';
import { press, roughingSetup } from './setup.ts';

/**
 * The spindle motor, on its own start/stop buttons (the extraction has its own switch [S31]).
 * `running` is the hazard: the wire wheel turns. The e-stop stops it. While the artisan presses a
 * held shoe to the turning wheel it is in `contact` (the process model roughs the margin); the
 * sharpening stone goes to the wheel from `idle` only reversed with the extraction off (brief
 * §12A: SHARPEN requires ROTATION_REVERSED ∧ EXHAUST_OFF). `off.shutDown` is the end of the shift.
 */
export const spindleRegion = roughingSetup.createStateConfig({
  initial: 'off',
  states: {
    off: {
      initial: 'idle',
      on: { 'user.press': { guard: and([press('spindleStart'), not('isEstopped')]), target: 'running', actions: 'startSpindle' } },
      states: {
        idle: { always: { guard: 'isShutDownComplete', target: 'shutDown' } },
        shutDown: { tags: ['complete'], always: { guard: not('isShutDownComplete'), target: 'idle' } },
      },
    },
    running: {
      tags: ['hazard', 'spindleRunning'],
      initial: 'idle',
      always: { guard: 'isEstopped', target: 'off', actions: { type: 'stopSpindle', params: { reason: 'estop' } } },
      on: { 'user.press': { guard: press('spindleStop'), target: 'off', actions: { type: 'stopSpindle', params: { reason: null } } } },
      states: {
        idle: {
          always: { guard: 'hasShoeOnWheel', target: 'contact' },
          on: { 'user.press': { guard: and([press('sharpeningStone'), 'canSharpen']), target: 'sharpening' } },
        },
        /** The shoe pressed to the wheel: the process model roughs the margin along the hand's path. */
        contact: { tags: ['wheelContact'], always: { guard: not('hasShoeOnWheel'), target: 'idle' } },
        /** The stone held to the reversed wheel, extraction off: it dresses the wire clean. */
        sharpening: { tags: ['stoneOn'], after: { sharpen: { target: 'idle', actions: 'sharpenWheel' } } },
      },
    },
  },
});
