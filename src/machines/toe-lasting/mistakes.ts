import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import { ALIGN_TOLERANCE_MM, WORK_TICKET } from './constants.ts';
import type { ToeLastingContext } from './chart/types.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as ToeLastingContext;
const control = (c: Change) => ('control' in c.event ? c.event.control : '');
const isSet = (c: Change, id: string, value: string) => c.event.type === 'user.set' && control(c) === id && c.event.value === value;
const isPress = (c: Change, id: string) => c.event.type === 'user.press' && control(c) === id;
const at = (s: AnyMachineSnapshot, v: object) => s.matches(v as never);
const entered = (c: Change, v: object) => at(c.after, v) && !at(c.before, v);
const LASTING = { work: 'lasting' };
const PULLED = { work: { gripped: 'pulled' } };
const TOE_GRIP = { work: { gripped: 'toeGrip' } };
const CYCLING = (s: AnyMachineSnapshot) => at(s, PULLED) || at(s, LASTING);

/** The defect found on a lasted toe → its graded mistake (a bad toe is counted when taken off). */
const DEFECT_MISTAKE: Readonly<Record<string, string>> = {
  torn: 'tornToe',
  offCentre: 'offCentreToe',
  weakMargin: 'weakMargin',
  glueStrings: 'glueStrings',
  pleats: 'pleatedToe',
};

/** Graded mistakes of the toe lasting machine (domain brief §4, §8.6–8.7, issue 15). */
export const toeLastingMistakes: MistakeRules = {
  specs: [
    // Hands into the pincers with the pump running: a pincer can close on a finger.
    { id: 'handsInPincersLive', severity: 'critical' },
    { id: 'heaterRepairLive', severity: 'critical' },
    { id: 'oilTopUpRunning', severity: 'major' },
    { id: 'tornToe', severity: 'major' },
    { id: 'offCentreToe', severity: 'minor' },
    { id: 'weakMargin', severity: 'minor' },
    { id: 'glueStrings', severity: 'minor' },
    { id: 'pleatedToe', severity: 'minor' },
    { id: 'gripOffLine', severity: 'minor' },
    { id: 'pullWithoutCentreCheck', severity: 'minor' },
    { id: 'cycleCutOff', severity: 'minor' },
    { id: 'pullOffTicket', severity: 'minor' },
    { id: 'wiperOffTicket', severity: 'minor' },
    { id: 'dwellOffTicket', severity: 'minor' },
    { id: 'meltTempOffTicket', severity: 'minor' },
    { id: 'programOffTicket', severity: 'minor' },
    { id: 'sideOffTicket', severity: 'minor' },
  ],
  detect(c) {
    const found: string[] = [];
    const before = ctx(c.before);
    if (isPress(c, 'cleanPincers') && !c.accepted && before.pincersGlued && !at(c.before, { pump: 'off' })) found.push('handsInPincersLive');
    if (isPress(c, 'repairHeater') && !c.accepted && at(c.before, { heater: 'cutOut' }) && before.mainOn) found.push('heaterRepairLive');
    if (isPress(c, 'topUpOil') && !c.accepted && before.oilLow && !at(c.before, { pump: 'off' })) found.push('oilTopUpRunning');
    // A bad toe, counted when it comes off the rest.
    if (isPress(c, 'removeLast') && c.accepted && at(c.before, { work: 'lasted' })) {
      const m = DEFECT_MISTAKE[before.lastResult?.outcome ?? ''];
      if (m) found.push(m);
    }
    // Step 1 with the last off the centring light's line.
    if (entered(c, TOE_GRIP) && at(c.before, { work: 'placed' }) && Math.abs(ctx(c.after).gripOffsetMm) > ALIGN_TOLERANCE_MM) found.push('gripOffLine');
    // Step 2 without looking at the centre line after step 1.
    if (entered(c, PULLED) && !ctx(c.before).checks.centreLine) found.push('pullWithoutCentreCheck');
    // Cutting the power or the pump in mid-cycle instead of finishing or stepping back.
    if (c.accepted && (isSet(c, 'mainSwitch', 'off') || isPress(c, 'pumpStop')) && CYCLING(c.before)) found.push('cycleCutOff');
    // Running the pull or the lasting with a setting the work ticket does not state.
    if (entered(c, PULLED)) {
      const a = ctx(c.after);
      if (a.pullMPa !== WORK_TICKET.pullMPa) found.push('pullOffTicket');
      if (a.programSizeEu !== WORK_TICKET.sizeEu) found.push('programOffTicket');
      if (a.side !== WORK_TICKET.side) found.push('sideOffTicket');
    }
    if (entered(c, LASTING)) {
      const a = ctx(c.after);
      if (a.wiperMPa !== WORK_TICKET.wiperMPa) found.push('wiperOffTicket');
      if (a.dwellS !== WORK_TICKET.dwellS) found.push('dwellOffTicket');
      if (a.meltTempC !== WORK_TICKET.meltTempC) found.push('meltTempOffTicket');
    }
    return found;
  },
};
