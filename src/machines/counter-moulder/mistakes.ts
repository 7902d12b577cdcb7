import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import { WORK_TICKET, inTicketWindow } from './constants.ts';
import type { CounterMoulderContext } from './chart/types.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as CounterMoulderContext;
const control = (c: Change) => ('control' in c.event ? c.event.control : '');
const at = (s: AnyMachineSnapshot, v: object) => s.matches(v as never);
const entered = (c: Change, v: object) => at(c.after, v) && !at(c.before, v);
/** Hand actions on the upper: a hand that reaches toward a former. */
const HAND_ON_WORK = new Set(['upper', 'insertCounter', 'recentreCounter', 'counter', 'backPart']);

/**
 * Graded mistakes of the heel counter moulder (domain brief §4, §9.4). A back part is judged
 * when the cold pad lets go, on a timer: a bad one is counted when the trainee takes it off.
 */
export const counterMoulderMistakes: MistakeRules = {
  specs: [
    // A hand toward a former while a pad closes or is closed on it: the pad crushes and burns.
    { id: 'reachIntoPad', severity: 'critical' },
    { id: 'scorchedBackPart', severity: 'major' },
    { id: 'springback', severity: 'major' },
    { id: 'offCentreCounter', severity: 'major' },
    { id: 'notClosed', severity: 'minor' },
    // Major: a live controller, a tripped cut-out; the repair is done with the heater off.
    { id: 'repairLive', severity: 'major' },
    { id: 'buttonsNotTogether', severity: 'minor' },
    { id: 'mainOffInCycle', severity: 'minor' },
    // Off the work ticket, judged as a pad starts closing. Minor: inside the windows the back part
    // is still good; outside them the bad back part is graded by itself when it is taken off.
    { id: 'hotTempOffTicket', severity: 'minor' },
    { id: 'coldTempOffTicket', severity: 'minor' },
    { id: 'dwellOffTicket', severity: 'minor' },
    { id: 'airOffTicket', severity: 'minor' },
  ],
  detect(c) {
    const found: string[] = [];
    const id = control(c);
    if (HAND_ON_WORK.has(id) && !c.accepted && (at(c.before, { hot: 'cycle' }) || at(c.before, { cold: 'cycle' }))) found.push('reachIntoPad');
    if (c.accepted && c.event.type === 'user.set' && id === 'upper' && c.event.value === 'rack' && at(c.before, { work: 'formed' })) {
      const outcome = ctx(c.before).lastResult?.outcome;
      if (outcome === 'scorched') found.push('scorchedBackPart');
      if (outcome === 'springback') found.push('springback');
      if (outcome === 'offCentre') found.push('offCentreCounter');
      if (outcome === 'notClosed') found.push('notClosed');
    }
    if (id === 'repairController' && !c.accepted && ctx(c.before).controllerFault && ctx(c.before).heaterOn) found.push('repairLive');
    if (entered(c, { hot: 'blocked' }) || entered(c, { cold: 'blocked' })) found.push('buttonsNotTogether');
    if (c.accepted && c.event.type === 'user.set' && id === 'mainSwitch' && c.event.value === 'off' && c.before.hasTag('hazard')) found.push('mainOffInCycle');
    const k = ctx(c.after);
    if (entered(c, { hot: 'cycle' })) {
      if (!inTicketWindow(WORK_TICKET.hotTempC, k.hotTempC)) found.push('hotTempOffTicket');
      if (!inTicketWindow(WORK_TICKET.hotDwellS, k.hotDwellS)) found.push('dwellOffTicket');
      if (!inTicketWindow(WORK_TICKET.regulatorBar, k.regulatorBar)) found.push('airOffTicket');
    }
    if (entered(c, { cold: 'cycle' })) {
      if (!inTicketWindow(WORK_TICKET.coldTempC, k.coldTempC)) found.push('coldTempOffTicket');
      if (!inTicketWindow(WORK_TICKET.coldDwellS, k.coldDwellS)) found.push('dwellOffTicket');
      if (!inTicketWindow(WORK_TICKET.regulatorBar, k.regulatorBar)) found.push('airOffTicket');
    }
    return found;
  },
};
