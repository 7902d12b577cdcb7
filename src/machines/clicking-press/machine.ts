import { and, not } from 'xstate';
import { armRegion } from './chart/arm.ts';
import { initialContext } from './chart/context.ts';
import { powerRegion } from './chart/power.ts';
import { clickingPressSetup } from './chart/setup.ts';
import { workRegion } from './chart/work.ts';

/**
 * The swing-arm hydraulic clicking press (domain brief §5) as three parallel regions:
 * `power` (electrics, pump, two-hand control and stroke), `arm` (where the swing arm is) and
 * `work` (what lies on the board). Interlocks are guards; all timing comes from named delays.
 */
export const clickingPressMachine = clickingPressSetup.createMachine({
  id: 'clickingPress',
  type: 'parallel',
  context: initialContext,
  on: {
    // Hand actions and settings: allowed whenever the beam is not moving.
    'user.set': [
      { guard: and([{ type: 'isSet', params: { control: 'depth' } }, 'isValidDepth', not('isStroking')]), actions: 'setDepth' },
      { guard: and([{ type: 'isSet', params: { control: 'pressure' } }, 'isValidPressure', not('isStroking')]), actions: 'setPressure' },
      {
        guard: and([{ type: 'isSet', params: { control: 'modeSelector' } }, 'hasKeyIn', not('isStroking')]),
        actions: 'setMode',
      },
      { guard: { type: 'isSet', params: { control: 'modeKey' } }, actions: 'setKey' },
    ],
    'user.inspect': { guard: not('isStroking'), actions: 'inspect' },
    // The key belongs to the set-up mechanic; the selector turns only with it [§5.6].
    'user.press': [
      { guard: and([{ type: 'isPress', params: { control: 'turnBoard' } }, 'isArmAside', not('isStroking')]), actions: 'turnBoard' },
      { guard: and([{ type: 'isPress', params: { control: 'swapDie' } }, 'isArmAside', not('isStroking'), 'isDieOffBoard']), actions: 'swapDie' },
      { guard: and([{ type: 'isPress', params: { control: 'cleanBoard' } }, 'isArmAside', not('isStroking')]), actions: 'cleanBoard' },
    ],
  },
  states: {
    power: powerRegion,
    arm: armRegion,
    work: workRegion,
  },
});

export type ClickingPressMachine = typeof clickingPressMachine;
