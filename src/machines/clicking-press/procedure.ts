import type { AnyMachineSnapshot } from 'xstate';
import { press, release, inspect, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcedureSpec, StepSpec } from '../../engine/procedure.ts';
import { DEPTH_MIN_NOTCH, DEPTH_START_MAX_NOTCH, WORK_TICKET, WORK_TICKET_DIE, inTicketWindow, type Material } from './constants.ts';
import { neededNotch } from './cutQuality.ts';
import type { ClickingPressContext, InspectPoint } from './chart/types.ts';

/** The operating procedure of §5.3–5.8 as steps over the chart; hints include each step's preconditions. */

const ctx = (s: AnyMachineSnapshot) => s.context as ClickingPressContext;
const armOver = (s: AnyMachineSnapshot) => s.matches({ arm: 'overDie' });
const inPower = (s: AnyMachineSnapshot, v: object) => s.matches({ power: v });
/** The force is ticked only inside the ticket's window; hints aim at its lower end (the die's own force). */
const pressureOnTicket = (s: AnyMachineSnapshot) => inTicketWindow(WORK_TICKET.pressureT, ctx(s).pressureT);
const TICKET_PRESSURE_T = WORK_TICKET.pressureT.min;

/** An e-stop is recovered first (release, then reset) before anything else can be done. */
const recoverEstop = (s: AnyMachineSnapshot): GladiEvent[] =>
  inPower(s, { estopped: 'latched' }) ? [release('estop')] : inPower(s, { estopped: 'released' }) ? [press('reset')] : [];
const afterRecovery =
  (hints: (s: AnyMachineSnapshot) => GladiEvent[]) =>
  (s: AnyMachineSnapshot): GladiEvent[] => {
    const r = recoverEstop(s);
    return r.length ? r : hints(s);
  };

/** Low oil: stop, lock out (main switch off), report to the mechanic [§5.7]. */
const lockOutAndReport = (s: AnyMachineSnapshot): GladiEvent[] =>
  ctx(s).mainOn ? [set('mainSwitch', 'off')] : ctx(s).oilReported ? [] : [press('reportMechanic')];

/**
 * The depth is found, never given: start shallow, trial cut on scrap, deepen one notch after each
 * cut that does not go through, and stop at the first clean cut (one notch back if it marked the board).
 */
function depthForTrial(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  const t = c.trial;
  const d = c.depthNotch;
  if (!t) return d <= DEPTH_START_MAX_NOTCH ? [] : [set('depth', DEPTH_MIN_NOTCH)];
  let next = DEPTH_MIN_NOTCH;
  if (t.outcome === 'incomplete') next = t.notch + 1;
  // A deep cut starts again from shallow; a clean one deeper than needed goes back one notch.
  else if (t.outcome === 'clean') next = t.notch > neededNotch(c.boardSpotWorn) ? t.notch - 1 : t.notch;
  return d === next ? [] : [set('depth', next)];
}

/** First thing to do to get the press powered with the pump running, or [] when it already is. */
function toPumpRunning(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  const r = recoverEstop(s);
  if (r.length) return r;
  if (c.oilLow) return lockOutAndReport(s);
  if (!c.mainOn) return [set('mainSwitch', 'on')];
  if (!s.hasTag('pumpOn')) return [press('pumpStart')];
  return [];
}

/** Let go of held buttons (anti-repeat needs both released). */
const releaseHands = (s: AnyMachineSnapshot): GladiEvent[] =>
  (['buttonLeft', 'buttonRight'] as const).filter((b) => ctx(s).held[b]).map(release);

/** With the arm aside and the board clear: what to place or set before a cut on `material`. */
function toLoaded(s: AnyMachineSnapshot, material: Material): GladiEvent[] {
  const c = ctx(s);
  const needs: GladiEvent[] = [];
  if (!s.matches({ work: 'clear' })) needs.push(press('removePart'));
  else {
    if (c.die !== WORK_TICKET_DIE) needs.push(set('die', WORK_TICKET_DIE));
    if (c.material !== material) needs.push(set('material', material));
    // Production hide: grain side up, the die on a clear area along the stretch [§5.4.4].
    else if (material === 'leather' && !c.hide.grainUp) needs.push(set('hideSide', 'grainUp'));
    else if (material === 'leather' && c.hide.place !== 'clear') needs.push(set('diePlace', 'clear'));
    if (c.boardSpotWorn) needs.push(press('moveDie'));
  }
  if (needs.length && armOver(s)) return [set('arm', 'aside')];
  return needs;
}

/** The whole path to one clean stroke on `material`. */
function toCut(s: AnyMachineSnapshot, material: Material): GladiEvent[] {
  const c = ctx(s);
  const power = toPumpRunning(s);
  if (power.length) return power;
  if (s.hasTag('hazard')) return [];
  // Let go of the buttons after a stroke before anything else (anti-repeat; hands off the arm).
  if (inPower(s, { powered: { pumpRunning: 'waitRelease' } }) || inPower(s, { powered: { pumpRunning: 'blocked' } })) return releaseHands(s);
  const loaded = toLoaded(s, material);
  if (loaded.length) return loaded;
  if (!pressureOnTicket(s)) return [set('pressure', TICKET_PRESSURE_T)];
  const depth = material === 'scrap' ? depthForTrial(s) : c.depthNotch === neededNotch(c.boardSpotWorn) ? [] : [set('depth', neededNotch(c.boardSpotWorn))];
  if (depth.length) return depth;
  if (!armOver(s)) return [set('arm', 'overDie')];
  return [press('buttonLeft'), press('buttonRight')].filter((e) => !c.held[(e as { control: 'buttonLeft' | 'buttonRight' }).control]);
}

const check = (id: string, point: InspectPoint): StepSpec => ({
  id,
  group: 'checks',
  done: (s) => ctx(s).checks[point],
  hints: (s) => {
    const c = ctx(s);
    if (point === 'oilSightGlass' && c.oilLow) return lockOutAndReport(s);
    // Grooves: turn (or plane) the board and report it; a bent die: back to the rack, take the spare.
    if (point === 'board' && c.boardSpotWorn) return armOver(s) ? [set('arm', 'aside')] : [press('turnBoard')];
    if (point === 'dieRack' && c.dieBent) return armOver(s) ? [set('arm', 'aside')] : c.die ? [set('die', 'none')] : [press('swapDie')];
    return [inspect(point)];
  },
});

export const clickingPressProcedure: ProcedureSpec = {
  steps: [
    check('checkArea', 'floorMark'),
    check('checkOil', 'oilSightGlass'),
    check('checkBoard', 'board'),
    check('checkDies', 'dieRack'),
    { id: 'powerOn', done: (s) => ctx(s).mainOn, hints: (s) => toPumpRunning(s).slice(0, 1) },
    { id: 'pumpStart', done: (s) => s.hasTag('pumpOn'), hints: toPumpRunning },
    {
      id: 'testTwoHand',
      done: (s) => ctx(s).tests.singleRefused && ctx(s).tests.apartRefused && ctx(s).tests.strokeHeld,
      hints: (s) => {
        const c = ctx(s);
        const power = toPumpRunning(s);
        if (power.length) return power;
        if (s.hasTag('hazard')) return [];
        // One button held past 0.5 s: now the other one, too late; it must not stroke either.
        if (inPower(s, { powered: { pumpRunning: 'blocked' } }) && !c.tests.apartRefused)
          return c.held.buttonLeft && !c.held.buttonRight ? [press('buttonRight')] : c.held.buttonRight && !c.held.buttonLeft ? [press('buttonLeft')] : releaseHands(s);
        if (inPower(s, { powered: { pumpRunning: 'blocked' } }) || inPower(s, { powered: { pumpRunning: 'waitRelease' } })) return releaseHands(s);
        if (!armOver(s)) return [set('arm', 'overDie')];
        // First one button alone (must not stroke), then both together and hold (no second stroke).
        if (!c.tests.singleRefused || !c.tests.apartRefused) return c.held.buttonLeft ? [] : [press('buttonLeft')];
        return [press('buttonLeft'), press('buttonRight')].filter((e) => !c.held[(e as { control: 'buttonLeft' | 'buttonRight' }).control]);
      },
    },
    {
      id: 'testEstop',
      done: (s) => ctx(s).tests.estop,
      hints: (s) => {
        const r = recoverEstop(s);
        if (r.length) return r;
        if (s.hasTag('hazard')) return [];
        const held = releaseHands(s);
        return held.length ? held : [press('estop')];
      },
    },
    {
      id: 'chooseDie',
      done: (s) => ctx(s).die === WORK_TICKET_DIE,
      liveUntil: 'cutLeather',
      hints: afterRecovery((s) => (armOver(s) ? [set('arm', 'aside')] : [set('die', WORK_TICKET_DIE)])),
    },
    // Start shallow: the depth itself is found by the trial cuts, not read from a ticket.
    { id: 'setDepth', done: (s) => ctx(s).depthNotch <= DEPTH_START_MAX_NOTCH, hints: afterRecovery(() => [set('depth', DEPTH_MIN_NOTCH)]) },
    {
      id: 'setPressure',
      done: pressureOnTicket,
      liveUntil: 'cutLeather',
      hints: afterRecovery(() => [set('pressure', TICKET_PRESSURE_T)]),
    },
    { id: 'trialCut', done: (s) => ctx(s).trialCutClean, hints: (s) => toCut(s, 'scrap') },
    {
      id: 'cutLeather',
      done: (s) => ctx(s).goodParts > 0,
      hints: (s) => toCut(s, 'leather'),
    },
    {
      id: 'shutdown',
      done: (s) => s.hasTag('complete'),
      hints: (s) => {
        const c = ctx(s);
        const r = recoverEstop(s);
        if (r.length) return r;
        if (s.hasTag('hazard')) return [];
        const held = releaseHands(s);
        if (held.length) return held;
        if (!s.matches({ work: 'clear' })) return armOver(s) ? [set('arm', 'aside')] : [press('removePart')];
        if (armOver(s)) return [set('arm', 'aside')];
        if (s.hasTag('pumpOn')) return [press('pumpStop')];
        if (c.mainOn) return [set('mainSwitch', 'off')];
        // Locked out: die back to the rack, board cleaned and its wear reported [§5.8].
        if (c.die) return [set('die', 'none')];
        return c.boardCleaned ? [] : [press('cleanBoard')];
      },
    },
  ],
  order: [
    ['checkArea', 'pumpStart'],
    ['checkOil', 'pumpStart'],
    ['checkBoard', 'pumpStart'],
    ['checkDies', 'pumpStart'],
    ['testTwoHand', 'trialCut'],
    ['testEstop', 'trialCut'],
    ['trialCut', 'cutLeather'],
  ],
};
