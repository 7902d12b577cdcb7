import type { AnyMachineSnapshot } from 'xstate';
import type { Change, MistakeRules } from '../../engine/mistakes.ts';
import { WORK_TICKET, WORK_TICKET_DIE } from './constants.ts';
import type { ClickingPressContext } from './chart/types.ts';

const ctx = (s: AnyMachineSnapshot) => s.context as ClickingPressContext;
const control = (c: Change) => ('control' in c.event ? c.event.control : '');
const entered = (c: Change, value: object) => c.after.matches(value) && !c.before.matches(value);
const HAND_ON_BOARD = new Set(['die', 'material', 'hideSide', 'diePlace', 'moveDie', 'removePart']);
const STROKE = { power: { powered: { pumpRunning: 'stroke' } } };

/** Graded mistakes of the clicking press (§4, §5.6–5.7). */
export const clickingPressMistakes: MistakeRules = {
  specs: [
    { id: 'oneHandMode', severity: 'critical' },
    { id: 'handUnderArm', severity: 'critical' },
    { id: 'deepBoardCut', severity: 'major' },
    // Major: more force than the ticket drives the die into the board and wears both (damage).
    { id: 'forceAboveTicket', severity: 'major' },
    { id: 'lowOilRestart', severity: 'major' },
    { id: 'oilTopUp', severity: 'major' },
    // Major: the key belongs to the set-up mechanic [§5.6]; using it for one-hand mode is the critical one.
    { id: 'modeKeyTaken', severity: 'major' },
    // Major: a bent die cuts a bad part and can break; it must not be used [§5.3.4].
    { id: 'bentDieUsed', severity: 'major' },
    // Minor: a clean cut deeper than the shallowest clean notch wears the board [§5.4.3].
    { id: 'depthDeeperThanNeeded', severity: 'minor' },
    // Hide handling [§5.4.4]: a spoilt part is leather wasted; across the stretch it deforms in the shoe.
    { id: 'fleshSideUp', severity: 'major' },
    { id: 'cutOverDefect', severity: 'major' },
    { id: 'acrossStretch', severity: 'minor' },
    { id: 'oneButtonOnly', severity: 'minor' },
    { id: 'incompleteCut', severity: 'minor' },
    { id: 'wrongDie', severity: 'minor' },
    { id: 'mainOffPumpRunning', severity: 'minor' },
  ],
  detect(c) {
    const found: string[] = [];
    const id = control(c);
    const e = c.event;
    // Defeating the two-hand rule: the selector must stay on two-hand [S21][S44].
    if (c.accepted && e.type === 'user.set' && id === 'modeSelector' && e.value === 'oneHand') found.push('oneHandMode');
    // Reaching onto the board while the arm is over it puts a hand under the beam.
    if (!c.accepted && HAND_ON_BOARD.has(id) && c.before.matches({ arm: 'overDie' })) found.push('handUnderArm');
    // A cut happens on the stroke timer, not on an operator event: judge it when the part is taken off.
    const takesPart = c.accepted && id === 'removePart';
    if (takesPart && c.before.matches({ work: 'boardCutDeep' })) found.push('deepBoardCut');
    // The force is judged when a stroke starts on a die: above the ticket is a mistake even if the
    // part comes out clean. Below it the die does not cut through (`incompleteCut` on work leather).
    if (entered(c, STROKE) && ctx(c.after).die !== null && ctx(c.after).pressureT > WORK_TICKET.pressureT.max) found.push('forceAboveTicket');
    if (id === 'pumpStart' && c.before.matches({ power: { powered: 'lowOil' } })) found.push('lowOilRestart');
    // Low oil is stopped, locked out and reported; the mechanic tops up [§5.7].
    if (id === 'oilFillCap') found.push('oilTopUp');
    if (c.accepted && e.type === 'user.set' && id === 'modeKey' && e.value === 'in') found.push('modeKeyTaken');
    if (c.accepted && e.type === 'user.set' && id === 'die' && e.value === WORK_TICKET_DIE && ctx(c.before).dieBent) found.push('bentDieUsed');
    if (takesPart && c.before.matches({ work: 'partCut' }) && ctx(c.before).overDeep) found.push('depthDeeperThanNeeded');
    const flaw = takesPart ? ctx(c.before).partFlaw : null;
    if (flaw) found.push(flaw === 'flesh' ? 'fleshSideUp' : flaw === 'defect' ? 'cutOverDefect' : 'acrossStretch');
    // The first refused single press is the functional test itself; later ones are mistakes.
    if (entered(c, { power: { powered: { pumpRunning: 'blocked' } } }) && ctx(c.before).tests.singleRefused) found.push('oneButtonOnly');
    if (takesPart && c.before.matches({ work: 'cutIncomplete' }) && ctx(c.before).material === 'leather') found.push('incompleteCut');
    if (c.accepted && e.type === 'user.set' && id === 'die' && e.value !== WORK_TICKET_DIE && e.value !== 'none') found.push('wrongDie');
    if (c.accepted && e.type === 'user.set' && id === 'mainSwitch' && e.value === 'off' && c.before.hasTag('pumpOn')) found.push('mainOffPumpRunning');
    return found;
  },
};
