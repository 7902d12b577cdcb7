import { and, not } from 'xstate';
import { autoclaveSetup, initialContext } from './setup.ts';

const set = (control: string, value: string) => ({ type: 'isSet', params: { control, value } }) as const;
const press = (control: string) => ({ type: 'isPress', params: { control } }) as const;
const inspect = (control: string) => ({ type: 'isInspect', params: { control } }) as const;
const fault = (id: string) => ({ type: 'isFault', params: { fault: id } }) as const;

/** Ways out of a steam phase: shutting the supply, the e-stop, or the controller switched off (its solenoid shuts). */
const shutOff = {
  'user.set': [
    { guard: set('supplyValve', 'closed'), target: '#autoclave.vessel.idle', actions: 'closeSupply' },
    { guard: set('controller', 'off'), target: '#autoclave.vessel.idle', actions: 'closeSupply' },
  ],
  'user.press': { guard: press('estop'), target: '#autoclave.vessel.idle' },
} as const;

/**
 * A direct-steam vulcanizing autoclave (domain brief §12.2; machine-shapes.md §9) as four
 * parallel regions, with the door, valves and work flags in the context:
 * - `safety`: the e-stop latch. Pressing it shuts the steam supply and opens the vent; the door
 *   stays locked, and its lock turns back only at zero gauge pressure (the same interlock as always).
 * - `controller`: the PLC / recorder cabinet, off or on.
 * - `vessel`: steam admitted (the hazard): the controller's gradual heat-up, the cure hold (one
 *   named delay per cure time), and the "cure done" alarm until the operator shuts the steam.
 * - `work`: the cart with a rack of canvas shoes: outside raw, inside, unloaded with its result.
 * Temperature and pressure are not chart state: the pure process model (physics.ts) computes them
 * and reports the thresholds (pressure switch, safety valve lift, cure classes) as signals.
 * Interlocks are guards: no steam unless the door is locked; no unlocking with pressure on the
 * gauge, the supply open or the vent shut.
 */
export const autoclaveMachine = autoclaveSetup.createMachine({
  id: 'autoclave',
  type: 'parallel',
  context: initialContext,
  on: {
    'user.set': [
      { guard: and([set('ventValve', 'open')]), actions: 'setVent' },
      { guard: and([set('ventValve', 'closed'), not('isEstopDown')]), actions: 'setVent' },
      { guard: set('safetyLever', 'lifted'), actions: 'setRelief' },
      { guard: set('safetyLever', 'seated'), actions: 'setRelief' },
      { guard: set('gloves', 'on'), actions: 'setGloves' },
      { guard: set('gloves', 'off'), actions: 'setGloves' },
      { guard: and([set('door', 'closed'), 'isDoorOpen']), actions: 'closeDoor' },
      { guard: and([set('door', 'open'), 'isDoorClosed']), actions: 'openDoor' },
      { guard: and([set('doorLock', 'locked'), 'isDoorClosed']), actions: 'lockDoor' },
      { guard: and([set('doorLock', 'unlocked'), 'canUnlock']), actions: 'unlockDoor' },
      // Settings are locked while steam is in (see `vessel.idle`, which takes them).
    ],
    'user.press': [
      { guard: and([press('drain'), 'hasCondensate', not('isPressurised')]), actions: 'drain' },
      { guard: and([press('replaceSeal'), 'isSealLeaking', 'isDoorOpen', not('isPressurised')]), actions: 'replaceSeal' },
      { guard: and([press('freeVent'), 'isVentStuck', not('isPressurised'), not('isSupplyOpen')]), actions: 'freeVent' },
    ],
    'user.inspect': [
      { guard: inspect('safetyValve'), actions: 'inspectSafetyValve' },
      { guard: inspect('doorSeal'), actions: 'inspectDoorSeal' },
    ],
    'fault.inject': [
      { guard: fault('sealLeak'), actions: 'leakSeal' },
      { guard: fault('ventStuck'), actions: 'stickVent' },
    ],
    'process.signal': [
      { guard: 'isPressureUp', actions: 'pressureUp' },
      { guard: 'isPressureZero', actions: 'pressureZero' },
      { guard: 'isSafetyLift', actions: 'safetyLift' },
      { guard: 'isCurePartial', actions: 'curePartial' },
      { guard: 'isCureGood', actions: 'cureGood' },
      { guard: 'isCureOver', actions: 'cureOver' },
      { guard: 'isCool', actions: 'cool' },
    ],
  },
  states: {
    safety: {
      initial: 'armed',
      states: {
        armed: { on: { 'user.press': { guard: press('estop'), target: 'estopped', actions: 'estopCut' } } },
        estopped: {
          tags: ['estop'],
          on: { 'user.release': { guard: { type: 'isRelease', params: { control: 'estop' } }, target: 'armed', actions: 'estopRelease' } },
        },
      },
    },
    controller: {
      initial: 'off',
      states: {
        off: { on: { 'user.set': { guard: set('controller', 'on'), target: 'on', actions: 'controllerOn' } } },
        on: { tags: ['powered'], on: { 'user.set': { guard: set('controller', 'off'), target: 'off', actions: 'controllerOff' } } },
      },
    },
    vessel: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'user.set': [
              { guard: and([set('supplyValve', 'open'), 'canAdmitSteam']), target: 'heating', actions: 'openSupply' },
              ...['125', '135', '150'].map((v) => ({ guard: set('setpoint', v), actions: 'setSetpoint' as const })),
              ...['30', '60', '90'].map((v) => ({ guard: set('cureTime', v), actions: 'setCureTime' as const })),
            ],
          },
        },
        heating: {
          tags: ['hazard', 'steam', 'heating'],
          after: { heatRamp: [{ guard: 'isCure30', target: 'holding.min30' }, { guard: 'isCure60', target: 'holding.min60' }, { target: 'holding.min90' }] },
          on: shutOff,
        },
        holding: {
          tags: ['hazard', 'steam', 'holding'],
          initial: 'min60',
          // Entered at the hold chosen by the cure time (see heating); never by its initial state.
          on: shutOff,
          states: {
            min30: { after: { cure30: '#autoclave.vessel.cureDone' } },
            min60: { after: { cure60: '#autoclave.vessel.cureDone' } },
            min90: { after: { cure90: '#autoclave.vessel.cureDone' } },
          },
        },
        cureDone: { tags: ['hazard', 'steam', 'cureDone'], entry: 'markCureTimerDone', on: shutOff },
      },
    },
    work: {
      initial: 'raw',
      states: {
        raw: { on: { 'user.set': { guard: and([set('cart', 'in'), 'isDoorOpen']), target: 'inside', actions: 'cartIn' } } },
        inside: { on: { 'user.set': { guard: and([set('cart', 'out'), 'isDoorOpen']), target: 'unloaded', actions: 'unload' } } },
        unloaded: {
          always: { guard: 'isFinished', target: 'complete' },
          on: { 'user.press': { guard: press('reload'), target: 'raw', actions: 'reload' } },
        },
        complete: { tags: ['complete'] },
      },
    },
  },
});

export type AutoclaveMachine = typeof autoclaveMachine;
