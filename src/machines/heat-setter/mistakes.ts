import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import type { HeatSetterContext } from './chart/types.ts';
import { TICKET_STEAM, WORK_TICKET, inTicketWindow } from './constants.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as HeatSetterContext;
const control = (c: Change) => ('control' in c.event ? c.event.control : '');
const isSet = (c: Change, id: string, value: string) => c.event.type === 'user.set' && control(c) === id && c.event.value === value;
const isPress = (c: Change, id: string) => c.event.type === 'user.press' && control(c) === id;
/** The tunnel is still hot: heater on or the fans carrying the heat out. */
const hot = (s: AnyMachineSnapshot) => ctx(s).heatOn || s.hasTag('fanRunOn');

const VERDICT_MISTAKE = { shapeLost: 'shapeLost', blistered: 'blistered', wet: 'wetShoe' } as const;

/** Graded mistakes of the heat setter line (domain brief §11.3–11.4). */
export const heatSetterMistakes: MistakeRules = {
  specs: [
    // Switching the fan or the power off on a hot tunnel: the heat soaks the belt and the curtains.
    { id: 'fanOffHot', severity: 'major' },
    { id: 'isolatorOffHot', severity: 'major' },
    // Loading before both READY lamps: the shoe does not see the set heat or cold.
    { id: 'loadBeforeReady', severity: 'major' },
    { id: 'shapeLost', severity: 'major' },
    { id: 'blistered', severity: 'major' },
    { id: 'wetShoe', severity: 'major' },
    // Pressing heat with the fan off: the interlock alone stopped it.
    { id: 'heatWithoutFan', severity: 'minor' },
    { id: 'chillerDoorRunning', severity: 'minor' },
    { id: 'heatTempOffTicket', severity: 'minor' },
    { id: 'speedOffTicket', severity: 'minor' },
    { id: 'chillTempOffTicket', severity: 'minor' },
    { id: 'steamOffTicket', severity: 'minor' },
    { id: 'drainNotDefrosted', severity: 'minor' },
  ],
  detect(c) {
    const found: string[] = [];
    const b = ctx(c.before);
    const a = ctx(c.after);
    if (isSet(c, 'fan', 'off') && c.accepted && b.fanOn && hot(c.before)) found.push('fanOffHot');
    if (isSet(c, 'isolator', 'off') && c.accepted && b.isolatorOn && hot(c.before)) found.push('isolatorOffHot');
    if (isPress(c, 'heatOn') && !c.accepted && b.isolatorOn && !b.fanOn && !c.before.hasTag('estop')) found.push('heatWithoutFan');
    if (isSet(c, 'chillerDoor', 'open') && c.accepted && c.before.hasTag('conveyorRunning')) found.push('chillerDoorRunning');
    if (isPress(c, 'drain') && !c.accepted && !b.defrosted) found.push('drainNotDefrosted');
    if (isPress(c, 'loadShoe') && a.line.nextId > b.line.nextId) {
      if (!(c.before.hasTag('heatReady') && c.before.hasTag('chillReady'))) found.push('loadBeforeReady');
      if (!inTicketWindow(WORK_TICKET.heatTempC, b.heatTempC)) found.push('heatTempOffTicket');
      if (!inTicketWindow(WORK_TICKET.speedMMin, b.speedMMin)) found.push('speedOffTicket');
      if (!inTicketWindow(WORK_TICKET.chillTempC, b.chillTempC)) found.push('chillTempOffTicket');
      if (b.steam !== TICKET_STEAM) found.push('steamOffTicket');
    }
    if (isPress(c, 'delast') && c.accepted && a.lastVerdict && a.lastVerdict !== b.lastVerdict) {
      const outcome = a.lastVerdict.outcome;
      if (outcome !== 'kept') found.push(VERDICT_MISTAKE[outcome]);
    }
    return found;
  },
};
