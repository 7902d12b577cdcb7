import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import { WORK_TICKET, inTicketWindow } from './constants.ts';
import type { SolePressContext } from './chart/types.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as SolePressContext;
const control = (c: Change) => ('control' in c.event ? c.event.control : '');
const isSet = (c: Change, id: string, value: string) => c.event.type === 'user.set' && control(c) === id && c.event.value === value;
const isPress = (c: Change, id: string) => c.event.type === 'user.press' && control(c) === id;
const at = (s: AnyMachineSnapshot, v: object) => s.matches(v as never);
const entered = (c: Change, v: object) => at(c.after, v) && !at(c.before, v);
const PRESS_CYCLE = { press: { powered: 'cycle' } };
const EXPOSURE = { reactivator: { on: 'activating' } };

/**
 * Graded mistakes of the sole press station (domain brief §4, §10.5–10.6). A bond result comes
 * from a timer, not from an action, so a bad sole is counted when the trainee takes it off the pad.
 */
export const solePressMistakes: MistakeRules = {
  specs: [
    { id: 'handsIntoClosingCover', severity: 'critical' },
    { id: 'startWithHandsInZone', severity: 'critical' },
    { id: 'scorchedSole', severity: 'major' },
    { id: 'adhesionFailure', severity: 'minor' },
    { id: 'cohesiveFailure', severity: 'minor' },
    { id: 'padWorkWithAir', severity: 'major' },
    { id: 'reactivatorRepairLive', severity: 'major' },
    { id: 'deadAdhesive', severity: 'minor' },
    { id: 'weakBond', severity: 'minor' },
    { id: 'soleLifting', severity: 'minor' },
    { id: 'trayBeforeReady', severity: 'minor' },
    { id: 'cycleCutOff', severity: 'minor' },
    // Off the work ticket. Minor: within the bond windows the sole still bonds; outside them the
    // bad bond is graded by itself when the shoe comes off (weakBond, scorchedSole, deadAdhesive).
    { id: 'pressureOffTicket', severity: 'minor' },
    { id: 'pressTimeOffTicket', severity: 'minor' },
    { id: 'reactivatorTempOffTicket', severity: 'minor' },
    { id: 'reactivatorTimeOffTicket', severity: 'minor' },
  ],
  detect(c) {
    const found: string[] = [];
    // Reaching under a closing cover: only the sensor stopped it.
    if (isPress(c, 'handsZone') && at(c.before, { press: { powered: { cycle: 'closing' } } })) found.push('handsIntoClosingCover');
    // START with a hand still in the working area: only the interlock refused it.
    if (isPress(c, 'start') && !c.accepted && ctx(c.before).handsInZone && at(c.before, { work: { open: 'onPad' } })) found.push('startWithHandsInZone');
    // A bad sole, counted when taken off the pad.
    if (isSet(c, 'shoe', 'removed') && c.accepted && at(c.before, { work: 'bonded' })) {
      const outcome = ctx(c.before).lastBond?.outcome;
      if (outcome === 'scorched') found.push('scorchedSole');
      if (outcome === 'adhesionFailure') found.push('adhesionFailure');
      if (outcome === 'cohesiveFailure') found.push('cohesiveFailure');
      if (outcome === 'deadAdhesive') found.push('deadAdhesive');
      if (outcome === 'weakBond') found.push('weakBond');
      if (outcome === 'toeLifting' || outcome === 'heelLifting') found.push('soleLifting');
    }
    // Maintenance on live energy: the pad under air, the reactivator powered.
    if (isPress(c, 'replacePad') && !c.accepted && ctx(c.before).airValveOpen && ctx(c.before).padWorn) found.push('padWorkWithAir');
    if (isPress(c, 'repairReactivator') && !c.accepted && ctx(c.before).reactivatorFault !== null && !at(c.before, { reactivator: 'off' }))
      found.push('reactivatorRepairLive');
    if (isSet(c, 'tray', 'in') && !c.accepted && at(c.before, { reactivator: { on: 'warming' } })) found.push('trayBeforeReady');
    // Running a cycle with a setting the work ticket does not state, judged as the cycle starts.
    if (entered(c, PRESS_CYCLE)) {
      if (!inTicketWindow(WORK_TICKET.regulatorBar, ctx(c.after).regulatorBar)) found.push('pressureOffTicket');
      if (!inTicketWindow(WORK_TICKET.pressTimeS, ctx(c.after).pressTimeS)) found.push('pressTimeOffTicket');
    }
    if (entered(c, EXPOSURE)) {
      if (!inTicketWindow(WORK_TICKET.reactivatorTempC, ctx(c.after).reactivatorTempC)) found.push('reactivatorTempOffTicket');
      if (!inTicketWindow(WORK_TICKET.reactivatorTimeS, ctx(c.after).reactivatorTimeS)) found.push('reactivatorTimeOffTicket');
    }
    // Cutting the power or the air in mid-cycle instead of STOP.
    if (c.accepted && (isSet(c, 'mainSwitch', 'off') || isSet(c, 'airLineValve', 'closed')) && at(c.before, { press: { powered: 'cycle' } }))
      found.push('cycleCutOff');
    return found;
  },
};
