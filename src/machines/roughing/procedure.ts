import type { AnyMachineSnapshot } from 'xstate';
import { inspect, press, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcedureSpec, StepSpec } from '../../engine/procedure.ts';
import { isGoodBand, type CheckPoint, type PpeItem, type RoughingContext } from './chart/context.ts';
import { PRESSURE_LIGHT, WORK_TICKET } from './constants.ts';
import { adjustTo } from './controls.ts';

/**
 * The operating procedure of domain brief §12.1 as steps over the chart: ear and eye protection
 * and the dust mask; the wheel and the dust bag checked with the spindle stopped; the reversing
 * switch forward and the inverter to the ticket; extraction on BEFORE the spindle; the shoe's
 * lasting margin roughed with light, even pressure along the line; pressure off, the band
 * inspected, the shoe put down; then the spindle off, the ledge brushed, extraction off and the
 * bag emptied. A clogged wheel is sharpened: spindle stopped, switch reversed, extraction OFF
 * (sparks), spindle on, the stone held to it; then forward and extraction on again.
 */

const ctx = (s: AnyMachineSnapshot) => s.context as RoughingContext;
const running = (s: AnyMachineSnapshot) => s.hasTag('spindleRunning');
const sharpening = (s: AnyMachineSnapshot) => s.hasTag('stoneOn');

export const speedOk = (c: RoughingContext) => c.speedRpm === WORK_TICKET.speedRpm;
const shoeDone = (c: RoughingContext) => c.shoe !== 'none' && c.bandDone;
const made = (c: RoughingContext) => c.goodShoes > 0;

/** No hint while the e-stop is latched: releasing it is the artisan's own decision. */
const afterRecovery =
  (hints: (s: AnyMachineSnapshot) => GladiEvent[]) =>
  (s: AnyMachineSnapshot): GladiEvent[] =>
    s.hasTag('estop') ? [] : hints(s);

const toSpindleOff = (s: AnyMachineSnapshot): GladiEvent[] => (running(s) ? [press('spindleStop')] : []);

/** The shoe off the wheel and put down. */
function toShoeDown(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (c.shoe === 'none') return [];
  return c.pressure > 0 ? [adjustTo('pressure', 0)] : [set('shoe', 'none')];
}

/** A clogged wheel dressed with the stone: reversed, extraction off, spindle on. */
function toSharp(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (!c.wheelClogged || sharpening(s)) return [];
  const down = toShoeDown(s);
  if (down.length) return down;
  if (c.reversing !== 'reverse') return running(s) ? toSpindleOff(s) : [set('reversingSwitch', 'reverse')];
  if (c.extractionOn) return [set('extractionSwitch', 'off')];
  return running(s) ? [press('sharpeningStone')] : [press('spindleStart')];
}

/** The machine fit for roughing: wheel clean, bag emptied, forward, ticket speed, extraction then spindle. */
function toMachineReady(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (c.wheelClogged) return toSharp(s);
  if (c.reversing !== WORK_TICKET.direction) return running(s) ? toSpindleOff(s) : [set('reversingSwitch', WORK_TICKET.direction)];
  if (c.bagFull) return c.extractionOn ? [set('extractionSwitch', 'off')] : [press('emptyBag')];
  if (!speedOk(c)) return [adjustTo('speed', WORK_TICKET.speedRpm)];
  if (!c.extractionOn) return [set('extractionSwitch', 'on')];
  return running(s) ? [] : [press('spindleStart')];
}

/** The next action toward a good band on a shoe. */
function toRoughed(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (sharpening(s)) return [];
  if (c.shoe !== 'none' && (c.bandDone || c.flaws.wrongWay)) return toShoeDown(s);
  const ready = toMachineReady(s);
  if (ready.length) return c.shoe !== 'none' && c.pressure > 0 ? [adjustTo('pressure', 0)] : ready;
  if (c.shoe === 'none') return c.pressure > 0 ? [adjustTo('pressure', 0)] : [set('shoe', 'lasted')];
  if (c.pathOffsetMm !== 0) return [adjustTo('pathOffset', 0)];
  return [adjustTo('pressure', PRESSURE_LIGHT)];
}

/** After a good band: pressure off, look at it, put it down. A bad one goes down and a new shoe is taken. */
function toGoodShoe(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (shoeDone(c) && isGoodBand(c.flaws)) {
    if (c.pressure > 0) return [adjustTo('pressure', 0)];
    if (!c.inspected) return [inspect('band')];
    return [set('shoe', 'none')];
  }
  return toRoughed(s);
}

const wear = (item: PpeItem): StepSpec => ({ id: `wear${item.charAt(0).toUpperCase()}${item.slice(1)}`, group: 'ppe', done: (s) => ctx(s).ppe[item], hints: () => [press(item)] });

const check = (id: string, point: CheckPoint, hints: (s: AnyMachineSnapshot) => GladiEvent[]): StepSpec => ({
  id,
  group: 'checks',
  done: (s) => ctx(s).checks[point],
  hints: afterRecovery(hints),
});

export const roughingProcedure: ProcedureSpec = {
  steps: [
    wear('earMuffs'),
    wear('safetyGlasses'),
    wear('dustMask'),
    check('checkWheel', 'wheel', (s) => (ctx(s).wheelClogged && ctx(s).wheelFinding === 'clogged' ? toSharp(s) : running(s) ? toSpindleOff(s) : [inspect('wheel')])),
    check('checkBag', 'dustBag', (s) => (ctx(s).bagFull ? (ctx(s).extractionOn ? [set('extractionSwitch', 'off')] : [press('emptyBag')]) : [inspect('dustBag')])),
    {
      id: 'setForward',
      // Sticky once done (no liveUntil): sharpening reverses the wheel and stops the extraction on purpose.
      done: (s) => ctx(s).reversing === WORK_TICKET.direction,
      hints: afterRecovery((s) => (running(s) ? toSpindleOff(s) : [set('reversingSwitch', WORK_TICKET.direction)])),
    },
    { id: 'setSpeed', done: (s) => speedOk(ctx(s)), liveUntil: 'roughMargin', hints: afterRecovery(() => [adjustTo('speed', WORK_TICKET.speedRpm)]) },
    {
      id: 'extractionOn',
      done: (s) => ctx(s).extractionOn && !ctx(s).bagFull,
      hints: afterRecovery((s) => (ctx(s).bagFull ? toMachineReady(s) : [set('extractionSwitch', 'on')])),
    },
    { id: 'spindleOn', done: running, hints: afterRecovery(toMachineReady) },
    { id: 'takeShoe', done: (s) => ctx(s).shoe !== 'none' || made(ctx(s)), hints: afterRecovery(toRoughed) },
    { id: 'roughMargin', done: (s) => shoeDone(ctx(s)) || made(ctx(s)), hints: afterRecovery(toRoughed) },
    { id: 'releasePressure', done: (s) => (shoeDone(ctx(s)) && ctx(s).pressure === 0) || made(ctx(s)), hints: afterRecovery(toGoodShoe) },
    { id: 'inspectBand', done: (s) => (shoeDone(ctx(s)) && ctx(s).inspected) || made(ctx(s)), hints: afterRecovery(toGoodShoe) },
    { id: 'putShoeDown', done: (s) => made(ctx(s)), hints: afterRecovery(toGoodShoe) },
    { id: 'spindleOff', done: (s) => made(ctx(s)) && !running(s), hints: afterRecovery((s) => toShoeDown(s).concat(toSpindleOff(s)).slice(0, 1)) },
    {
      id: 'cleanUp',
      done: (s) => made(ctx(s)) && !ctx(s).dustOnLedge,
      hints: afterRecovery((s) => (running(s) ? toSpindleOff(s) : [press('cleanUp')])),
    },
    {
      id: 'emptyBag',
      done: (s) => made(ctx(s)) && !ctx(s).bagHasDust && !ctx(s).extractionOn,
      hints: afterRecovery((s) => (ctx(s).extractionOn ? [set('extractionSwitch', 'off')] : [press('emptyBag')])),
    },
    {
      id: 'shutdown',
      done: (s) => s.hasTag('complete'),
      hints: afterRecovery((s) => {
        const c = ctx(s);
        const first = toShoeDown(s).concat(toSpindleOff(s));
        if (first.length) return first.slice(0, 1);
        if (c.dustOnLedge) return [press('cleanUp')];
        if (c.extractionOn) return [set('extractionSwitch', 'off')];
        return c.bagHasDust ? [press('emptyBag')] : [];
      }),
    },
  ],
  order: [
    ['wearEarMuffs', 'spindleOn'],
    ['wearSafetyGlasses', 'spindleOn'],
    ['wearDustMask', 'spindleOn'],
    ['checkWheel', 'spindleOn'],
    ['checkBag', 'spindleOn'],
    ['setForward', 'spindleOn'],
    ['extractionOn', 'spindleOn'],
    ['setSpeed', 'roughMargin'],
    ['inspectBand', 'putShoeDown'],
    ['spindleOff', 'cleanUp'],
  ],
};

