import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import type { SolePressContext } from './machine.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as SolePressContext;
const control = (c: Change) => ('control' in c.event ? c.event.control : '');
const isSet = (c: Change, id: string, value: string) => c.event.type === 'user.set' && control(c) === id && c.event.value === value;
const isPress = (c: Change, id: string) => c.event.type === 'user.press' && control(c) === id;
const at = (s: AnyMachineSnapshot, v: object) => s.matches(v as never);

/**
 * Graded mistakes of the sole press station (domain brief §4, §10.5–10.6). A bond result comes
 * from a timer, not from an action, so a bad sole is counted when the trainee takes it off the pad.
 */
export const solePressMistakes: MistakeRules = {
  specs: [
    { id: 'handsIntoClosingCover', severity: 'critical' },
    { id: 'startWithHandsInZone', severity: 'critical' },
    { id: 'scorchedSole', severity: 'major' },
    { id: 'padWorkWithAir', severity: 'major' },
    { id: 'reactivatorRepairLive', severity: 'major' },
    { id: 'deadAdhesive', severity: 'minor' },
    { id: 'weakBond', severity: 'minor' },
    { id: 'soleLifting', severity: 'minor' },
    { id: 'trayBeforeReady', severity: 'minor' },
    { id: 'cycleCutOff', severity: 'minor' },
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
      if (outcome === 'deadAdhesive') found.push('deadAdhesive');
      if (outcome === 'weakBond') found.push('weakBond');
      if (outcome === 'toeLifting' || outcome === 'heelLifting') found.push('soleLifting');
    }
    // Maintenance on live energy: the pad under air, the reactivator powered.
    if (isPress(c, 'replacePad') && !c.accepted && ctx(c.before).airValveOpen && ctx(c.before).padWorn) found.push('padWorkWithAir');
    if (isPress(c, 'repairReactivator') && !c.accepted && ctx(c.before).reactivatorFault !== null && !at(c.before, { reactivator: 'off' }))
      found.push('reactivatorRepairLive');
    if (isSet(c, 'tray', 'in') && !c.accepted && at(c.before, { reactivator: { on: 'warming' } })) found.push('trayBeforeReady');
    // Cutting the power or the air in mid-cycle instead of STOP.
    if (c.accepted && (isSet(c, 'mainSwitch', 'off') || isSet(c, 'airLineValve', 'closed')) && at(c.before, { press: { powered: 'cycle' } }))
      found.push('cycleCutOff');
    return found;
  },
};
