import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import { WORK_TICKET } from './constants.ts';
import type { AutoclaveContext } from './types.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as AutoclaveContext;
const control = (c: Change) => ('control' in c.event ? c.event.control : '');
const isSet = (c: Change, id: string, value: string) => c.event.type === 'user.set' && control(c) === id && c.event.value === value;
const isPress = (c: Change, id: string) => c.event.type === 'user.press' && control(c) === id;
const entered = (c: Change, v: object) => c.after.matches(v as never) && !c.before.matches(v as never);

/** Graded mistakes of the autoclave (domain brief §12.2, pressure-vessel practice [I]). */
export const autoclaveMistakes: MistakeRules = {
  specs: [
    // Opening the steam into a door that is not locked: the interlock alone stopped it.
    { id: 'steamDoorNotLocked', severity: 'critical' },
    // Trying to turn the lock back with pressure on the gauge: the interlock alone stopped it.
    { id: 'unlockUnderPressure', severity: 'critical' },
    { id: 'unlockVentClosed', severity: 'major' },
    { id: 'drainUnderPressure', severity: 'major' },
    { id: 'unloadBareHanded', severity: 'major' },
    { id: 'underCure', severity: 'major' },
    { id: 'overCure', severity: 'major' },
    { id: 'safetyValveLifted', severity: 'major' },
    { id: 'setpointOffTicket', severity: 'minor' },
    { id: 'cureTimeOffTicket', severity: 'minor' },
    { id: 'condensateLeft', severity: 'minor' },
  ],
  detect(c) {
    const found: string[] = [];
    const b = ctx(c.before);
    if (isSet(c, 'supplyValve', 'open') && !c.accepted && b.door !== 'locked') found.push('steamDoorNotLocked');
    if (isSet(c, 'doorLock', 'unlocked') && !c.accepted && b.door === 'locked') {
      if (b.pressurised) found.push('unlockUnderPressure');
      else if (!b.ventOpen) found.push('unlockVentClosed');
    }
    if (isPress(c, 'drain') && !c.accepted && b.pressurised) found.push('drainUnderPressure');
    if (isSet(c, 'cart', 'out') && c.accepted) {
      if (!b.gloves && b.hot) found.push('unloadBareHanded');
      const result = ctx(c.after).result;
      if (result === 'tacky') found.push('underCure');
      if (result === 'oxidised') found.push('overCure');
    }
    if (!b.safetyLifted && ctx(c.after).safetyLifted) found.push('safetyValveLifted');
    if (entered(c, { vessel: 'heating' })) {
      const a = ctx(c.after);
      if (a.setpointC !== WORK_TICKET.setpointC) found.push('setpointOffTicket');
      if (a.cureMin !== WORK_TICKET.cureMin) found.push('cureTimeOffTicket');
      if (b.condensate) found.push('condensateLeft');
    }
    return found;
  },
};
