import type { AnyMachineSnapshot } from 'xstate';
import { press, release, inspect, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcedureSpec, StepSpec } from '../../engine/procedure.ts';
import { ALIGN_TOLERANCE_MM, WORK_TICKET } from './constants.ts';
import { judgeToe } from './toeQuality.ts';
import { toeInputs } from './chart/derived.ts';
import type { InspectPoint, ToeLastingContext } from './chart/types.ts';

/**
 * The operating procedure of domain brief §8.3–8.5 and issue 15 as steps over the chart: checks
 * (oil, air drained, granulate, pincers), pump and heater on and the warm-up waited out, program,
 * size and side, pull, wiper and time set for the job, the last placed and aligned with the
 * centring light, step 1 (toe pincer, check the centre line), step 2 (pull), cement-wipe-dwell,
 * release, inspect the toe, take it off, switch off. Hints include each step's preconditions; the
 * engine keeps only what the chart accepts.
 */

const ctx = (s: AnyMachineSnapshot) => s.context as ToeLastingContext;
const at = (s: AnyMachineSnapshot, v: object) => s.matches(v as never);
const T = WORK_TICKET;

// A setting counts as done only when it is what the work ticket states.
const meltOk = (c: ToeLastingContext) => c.meltTempC === T.meltTempC;
const programOk = (c: ToeLastingContext) => c.programSizeEu === T.sizeEu;
const sideOk = (c: ToeLastingContext) => c.side === T.side;
const pullOk = (c: ToeLastingContext) => c.pullMPa === T.pullMPa;
const wiperOk = (c: ToeLastingContext) => c.wiperMPa === T.wiperMPa;
const dwellOk = (c: ToeLastingContext) => c.dwellS === T.dwellS;
const cycling = (s: AnyMachineSnapshot) => at(s, { work: { gripped: 'pulled' } }) || at(s, { work: 'lasting' });
const pumpOff = (s: AnyMachineSnapshot) => at(s, { pump: 'off' });

/** An e-stop is recovered first (both mushrooms out, then RESET) before anything else. */
function recoverEstop(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (at(s, { safety: { estopped: 'latched' } }))
    return [...(c.estopDown.base ? [release('estop')] : []), ...(c.estopDown.cabinet ? [release('cabinetEstop')] : [])];
  if (at(s, { safety: { estopped: 'released' } })) return [press('reset')];
  return [];
}
const afterRecovery =
  (hints: (s: AnyMachineSnapshot) => GladiEvent[]) =>
  (s: AnyMachineSnapshot): GladiEvent[] => {
    const r = recoverEstop(s);
    return r.length ? r : hints(s);
  };

/** Hands into the pincers or the oil tank only with the pump stopped. */
const withPumpStopped = (s: AnyMachineSnapshot, e: GladiEvent): GladiEvent[] => (pumpOff(s) ? [e] : [press('pumpStop')]);

/** What is wrong with the care of the machine (checks and faults), first thing to put right. */
function toMachineCared(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  if (c.waterInFilter) return [press('drainFilter')];
  if (c.granulateLow) return [press('fillGranulate')];
  if (c.pincersGlued) return withPumpStopped(s, press('cleanPincers'));
  if (c.oilLow) return withPumpStopped(s, press('topUpOil'));
  if (at(s, { heater: 'cutOut' })) return c.mainOn ? [set('mainSwitch', 'off')] : [press('repairHeater')];
  if (c.nozzleBlocked && at(s, { heater: { on: 'ready' } })) return [press('clearNozzle')];
  return [];
}

/** The settings of the work ticket, each one not yet right. */
function toSettings(c: ToeLastingContext): GladiEvent[] {
  return [
    ...(meltOk(c) ? [] : [set('meltTemp', T.meltTempC)]),
    ...(programOk(c) ? [] : [set('program', T.sizeEu)]),
    ...(sideOk(c) ? [] : [set('side', T.side)]),
    ...(pullOk(c) ? [] : [set('pull', T.pullMPa)]),
    ...(wiperOk(c) ? [] : [set('wiper', T.wiperMPa)]),
    ...(dwellOk(c) ? [] : [set('dwell', T.dwellS)]),
    ...(c.sidePincersOn ? [] : [set('sidePincers', 'on')]),
    ...(c.centreLightOn ? [] : [set('centreLight', 'on')]),
  ];
}

/** The machine cared for, on, pump running, heater on and set for the ticket; or the first thing to do. */
function toStationReady(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  const care = toMachineCared(s);
  if (care.length) return care;
  if (!c.mainOn) return [set('mainSwitch', 'on')];
  if (pumpOff(s)) return [press('pumpStart')];
  const settings = toSettings(c);
  if (settings.length) return settings.slice(0, 1);
  if (at(s, { heater: 'off' })) return [press('heaterOn')];
  return [];
}

/** The whole path to one well-lasted toe: [] while the machine is busy (a wait). */
function toGoodToe(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  const r = recoverEstop(s);
  if (r.length) return r;
  if (at(s, { work: 'lasting' })) return [];
  if (at(s, { work: 'holding' })) return [press('pedalBack')];
  if (at(s, { work: 'lasted' })) return c.checks.toe ? [press('removeLast')] : [inspect('toe')];
  if (at(s, { work: { gripped: 'pulled' } })) {
    // Settings are locked under the pull: anything off the ticket means stepping back.
    if (toSettings(c).length || toMachineCared(s).length) return [press('pedalBack')];
    if (at(s, { heater: 'off' })) return [press('heaterOn')];
    return at(s, { heater: { on: 'ready' } }) ? [press('pedalForward')] : [];
  }
  if (at(s, { work: { gripped: 'toeGrip' } })) {
    if (Math.abs(c.gripOffsetMm) > ALIGN_TOLERANCE_MM) return [press('pedalBack')];
    if (!c.checks.centreLine) return [inspect('centreLine')];
    const station = toStationReady(s);
    if (station.length) return station;
    return at(s, { heater: { on: 'ready' } }) ? [press('pedalForward')] : [];
  }
  const station = toStationReady(s);
  if (station.length) return station;
  if (at(s, { work: 'empty' })) return [press('placeLast')];
  // On the rest: onto the line, then step 1 once pressure and melt are ready.
  if (c.lastOffsetMm !== 0) return [set('lastPosition', 0)];
  return at(s, { pump: { running: 'ready' } }) && at(s, { heater: { on: 'ready' } }) ? [press('pedalForward')] : [];
}

const check = (id: string, point: InspectPoint, fix: (s: AnyMachineSnapshot) => GladiEvent[]): StepSpec => ({
  id,
  group: 'checks',
  done: (s) => ctx(s).checks[point],
  hints: afterRecovery((s) => {
    const f = fix(s);
    return f.length ? f : [inspect(point)];
  }),
});

const setting = (id: string, ok: (c: ToeLastingContext) => boolean, control: string, value: string | number): StepSpec => ({
  id,
  done: (s) => ok(ctx(s)),
  liveUntil: 'lastToe',
  hints: afterRecovery((s) => (cycling(s) ? [press('pedalBack')] : [set(control, value)])),
});

const lastedGood = (s: AnyMachineSnapshot) => ctx(s).goodToes > 0 || at(s, { work: { lasted: 'good' } });

export const toeLastingProcedure: ProcedureSpec = {
  steps: [
    check('checkOil', 'oilLevel', (s) => (ctx(s).oilLow ? withPumpStopped(s, press('topUpOil')) : [])),
    check('checkAir', 'airFilter', (s) => (ctx(s).waterInFilter ? [press('drainFilter')] : [])),
    check('checkMelt', 'meltTank', (s) => (ctx(s).granulateLow ? [press('fillGranulate')] : [])),
    check('checkPincers', 'pincers', (s) => (ctx(s).pincersGlued ? withPumpStopped(s, press('cleanPincers')) : [])),
    { id: 'powerOn', done: (s) => ctx(s).mainOn && s.hasTag('powered'), hints: afterRecovery(() => [set('mainSwitch', 'on')]) },
    { id: 'pumpOn', done: (s) => s.hasTag('pumpRunning'), hints: afterRecovery((s) => (ctx(s).mainOn ? [press('pumpStart')] : [set('mainSwitch', 'on')])) },
    setting('setMeltTemp', meltOk, 'meltTemp', T.meltTempC),
    { id: 'heaterOn', done: (s) => s.hasTag('heaterOn'), hints: afterRecovery((s) => (ctx(s).mainOn ? [press('heaterOn')] : [set('mainSwitch', 'on')])) },
    setting('setProgram', programOk, 'program', T.sizeEu),
    setting('setSide', sideOk, 'side', T.side),
    setting('setPull', pullOk, 'pull', T.pullMPa),
    setting('setWiper', wiperOk, 'wiper', T.wiperMPa),
    setting('setDwell', dwellOk, 'dwell', T.dwellS),
    { id: 'warmUp', done: (s) => s.hasTag('meltReady'), hints: toGoodToe },
    { id: 'centreLightOn', done: (s) => ctx(s).centreLightOn, hints: afterRecovery(() => [set('centreLight', 'on')]) },
    { id: 'placeLast', done: (s) => s.hasTag('lastOnRest') || ctx(s).goodToes > 0, hints: toGoodToe },
    {
      id: 'alignLast',
      done: (s) => (at(s, { work: 'placed' }) && ctx(s).lastOffsetMm === 0 && ctx(s).centreLightOn) || s.hasTag('gripped') || lastedGood(s),
      hints: toGoodToe,
    },
    { id: 'gripToe', done: (s) => s.hasTag('gripped') || s.hasTag('lasting') || lastedGood(s), hints: toGoodToe },
    { id: 'checkCentre', done: (s) => s.hasTag('toeGrip') && ctx(s).checks.centreLine, hints: toGoodToe },
    { id: 'pullUpper', done: (s) => s.hasTag('pulling') || s.hasTag('lasting') || lastedGood(s), hints: toGoodToe },
    {
      id: 'lastToe',
      done: (s) => (at(s, { work: 'holding' }) && judgeToe(toeInputs(ctx(s))).outcome === 'good') || lastedGood(s),
      hints: toGoodToe,
    },
    { id: 'releaseLast', done: lastedGood, hints: toGoodToe },
    { id: 'inspectToe', done: (s) => at(s, { work: 'lasted' }) && ctx(s).checks.toe, hints: toGoodToe },
    { id: 'removeLast', done: (s) => ctx(s).goodToes > 0, hints: toGoodToe },
    {
      id: 'shutdown',
      done: (s) => s.hasTag('complete'),
      hints: afterRecovery((s) => {
        if (cycling(s)) return [];
        if (s.hasTag('lastOnRest')) return toGoodToe(s);
        if (s.hasTag('heaterOn')) return [press('heaterOff')];
        if (!pumpOff(s)) return [press('pumpStop')];
        return ctx(s).mainOn ? [set('mainSwitch', 'off')] : [];
      }),
    },
  ],
  order: [
    ['checkOil', 'pumpOn'],
    ['checkAir', 'gripToe'],
    ['checkMelt', 'heaterOn'],
    ['checkPincers', 'gripToe'],
    ['setProgram', 'gripToe'],
    ['setSide', 'gripToe'],
    ['setPull', 'pullUpper'],
    ['setWiper', 'lastToe'],
    ['setDwell', 'lastToe'],
    ['warmUp', 'lastToe'],
    ['alignLast', 'gripToe'],
    ['checkCentre', 'pullUpper'],
    ['inspectToe', 'removeLast'],
  ],
};
