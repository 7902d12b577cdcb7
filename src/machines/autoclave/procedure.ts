import type { AnyMachineSnapshot } from 'xstate';
import { inspect, press, setTo } from '../../engine/events.ts';
import type { ProcedureSpec, StepSpec } from '../../engine/procedure.ts';
import { WORK_TICKET } from './constants.ts';
import type { AutoclaveContext } from './types.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as AutoclaveContext;
const step = (id: string, done: (c: AutoclaveContext, s: AnyMachineSnapshot) => boolean, hints: StepSpec['hints'] = () => [], more: Partial<StepSpec> = {}): StepSpec => ({
  id,
  done: (s) => done(ctx(s), s),
  hints,
  ...more,
});
const after = (c: AutoclaveContext) => c.cureTimerDone;

/**
 * The cure cycle (domain brief §12.2): checks, cart in, door closed and locked before any
 * pressure, the controller's gradual heat-up and hold, vent, open only at zero gauge with the vent
 * open, drain the condensate, unload with heat-resistant gloves, switch off. The two waits
 * (heat-up, hold) have no hints: the trainee waits or fast-forwards; the venting is waited out.
 */
export const autoclaveProcedure: ProcedureSpec = {
  steps: [
    step('checkSafetyValve', (c) => c.checks.safetyValve, () => [inspect('safetyValve')], { group: 'checks' }),
    step('checkDoorSeal', (c) => c.checks.doorSeal, () => [inspect('doorSeal')], { group: 'checks' }),
    step('controllerOn', (c) => c.controllerOn, () => [setTo('controller', 'on')]),
    step('cartIn', (c) => c.cartIn, () => [setTo('cart', 'in')]),
    step('doorClosed', (c) => c.door !== 'open', () => [setTo('door', 'closed')]),
    step('doorLocked', (c) => c.door === 'locked', () => [setTo('doorLock', 'locked')]),
    step('setSetpoint', (c) => c.setpointC === WORK_TICKET.setpointC, () => [setTo('setpoint', WORK_TICKET.setpointC)], { liveUntil: 'steamIn' }),
    step('setCureTime', (c) => c.cureMin === WORK_TICKET.cureMin, () => [setTo('cureTime', WORK_TICKET.cureMin)], { liveUntil: 'steamIn' }),
    step('ventClosed', (c) => !c.ventOpen, () => [setTo('ventValve', 'closed')], { liveUntil: 'steamIn' }),
    step('steamIn', (c) => c.supplyOpen, () => [setTo('supplyValve', 'open')]),
    step('heatUp', (_c, s) => s.matches({ vessel: 'holding' }) || s.matches({ vessel: 'cureDone' })),
    step('cureHold', (c) => c.cureTimerDone),
    step('steamOff', (c) => after(c) && !c.supplyOpen, () => [setTo('supplyValve', 'closed')]),
    step('ventOpened', (c) => after(c) && !c.supplyOpen && c.ventOpen, () => [setTo('ventValve', 'open')]),
    step('zeroPressure', (c) => after(c) && !c.supplyOpen && c.ventOpen && !c.pressurised),
    step('doorUnlocked', (c) => after(c) && c.door !== 'locked', () => [setTo('doorLock', 'unlocked')]),
    step('doorOpened', (c) => after(c) && c.door === 'open', () => [setTo('door', 'open')]),
    step('drainCondensate', (c) => after(c) && !c.condensate, () => [press('drain')]),
    step('glovesOn', (c) => after(c) && c.gloves, () => [setTo('gloves', 'on')]),
    step('cartOut', (c) => c.result !== null, () => [setTo('cart', 'out')]),
    step('controllerOff', (c) => c.result !== null && !c.controllerOn, () => [setTo('controller', 'off')]),
  ],
  order: [
    ['controllerOn', 'steamIn'],
    ['cartIn', 'doorClosed'],
    ['doorClosed', 'doorLocked'],
    ['doorLocked', 'steamIn'],
    ['setSetpoint', 'steamIn'],
    ['setCureTime', 'steamIn'],
    ['heatUp', 'cureHold'],
    ['cureHold', 'steamOff'],
    ['steamOff', 'ventOpened'],
    ['zeroPressure', 'doorUnlocked'],
    ['doorOpened', 'drainCondensate'],
    ['drainCondensate', 'cartOut'],
    ['glovesOn', 'cartOut'],
    ['cartOut', 'controllerOff'],
  ],
};
