import type { AnyMachineSnapshot } from 'xstate';
import { inspect, press, release, setTo as set } from '../../engine/events.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcedureSpec, StepSpec } from '../../engine/procedure.ts';
import { AIR_MIN_BAR, TICKET, WORK_TICKET, inTicketWindow } from './constants.ts';
import { BUTTONS } from './chart/events.ts';
import type { CounterMoulderContext, Station } from './chart/types.ts';
import { isColdReady, isHotReady } from './readiness.ts';

/** The operating procedure of §9.3 as steps over the chart; hints include each step's preconditions. */

const ctx = (s: AnyMachineSnapshot) => s.context as CounterMoulderContext;
const at = (s: AnyMachineSnapshot, v: object) => s.matches(v as never);
const onTicket = (key: keyof typeof WORK_TICKET, value: (c: CounterMoulderContext) => number) => (s: AnyMachineSnapshot) =>
  inTicketWindow(WORK_TICKET[key], value(ctx(s)));
const hotTempOk = onTicket('hotTempC', (c) => c.hotTempC);
const coldTempOk = onTicket('coldTempC', (c) => c.coldTempC);
const dwellsOk = (s: AnyMachineSnapshot) =>
  onTicket('hotDwellS', (c) => c.hotDwellS)(s) && onTicket('coldDwellS', (c) => c.coldDwellS)(s);
const airOk = onTicket('regulatorBar', (c) => c.regulatorBar);

/** An e-stop is recovered first (twist out, then RESET) before anything else can be done. */
const recoverEstop = (s: AnyMachineSnapshot): GladiEvent[] =>
  at(s, { safety: { estopped: 'latched' } }) ? [release('estop')] : at(s, { safety: { estopped: 'released' } }) ? [press('reset')] : [];

/** Let go of a station's held buttons (anti-repeat; hands free to move the upper). */
const releaseHands = (s: AnyMachineSnapshot, st?: Station): GladiEvent[] =>
  (st ? BUTTONS[st] : [...BUTTONS.hot, ...BUTTONS.cold]).filter((b) => ctx(s).held[b]).map((b) => release(b));

/** Both buttons of a station together (those not already held). */
const twoHands = (s: AnyMachineSnapshot, st: Station): GladiEvent[] => BUTTONS[st].filter((b) => !ctx(s).held[b]).map((b) => press(b));

/** What it takes to have the machine able to cycle: powered, both moulds READY, air at the setpoint. */
function machineReady(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  const r = recoverEstop(s);
  if (r.length) return r;
  if (!c.mainOn) return [set('mainSwitch', 'on')];
  // Over-temperature cut-out: heater off, the controller repaired, heater on again.
  if (c.controllerFault) return c.heaterOn ? [set('heaterSwitch', 'off')] : [press('repairController')];
  if (!c.heaterOn) return [set('heaterSwitch', 'on')];
  if (!c.chillerOn) return [set('chillerSwitch', 'on')];
  if (c.airSupplyLow) return [press('compressor')];
  if (c.regulatorBar < AIR_MIN_BAR) return [set('airRegulator', TICKET.regulatorBar)];
  return [];
}

/** A station's two-hand start from where its pad is now. */
function startStation(s: AnyMachineSnapshot, st: Station): GladiEvent[] {
  if (at(s, { [st]: 'blocked' }) || at(s, { [st]: 'waitRelease' })) return releaseHands(s, st);
  if (at(s, { [st]: 'open' }) || at(s, { [st]: 'firstPressed' })) return twoHands(s, st);
  return [];
}

/** The whole path from wherever the upper is to a moulded back part. */
function toMoulded(s: AnyMachineSnapshot): GladiEvent[] {
  const ready = machineReady(s);
  if (ready.length) return ready;
  if (at(s, { work: 'bench' })) return [press('insertCounter')];
  if (at(s, { work: 'ready' })) return ctx(s).counterCentred ? [set('upper', 'hotMould')] : [press('recentreCounter')];
  if (at(s, { work: 'onHot' })) {
    if (ctx(s).counterCentred) return startStation(s, 'hot');
    // A counter that slipped on the former: hands off the buttons, then centre it.
    const hands = releaseHands(s, 'hot');
    return hands.length ? hands : [press('recentreCounter')];
  }
  if (at(s, { work: { softened: 'onHot' } })) {
    const hands = releaseHands(s, 'hot');
    return hands.length ? hands : [set('upper', 'coldMould')];
  }
  if (at(s, { work: { softened: 'onCold' } })) return startStation(s, 'cold');
  return [];
}

/** Off the machine and switched off, in this order: upper to the rack, heater, chiller, main switch. */
function toShutDown(s: AnyMachineSnapshot): GladiEvent[] {
  const c = ctx(s);
  const r = recoverEstop(s);
  if (r.length) return r;
  const hands = releaseHands(s);
  if (hands.length) return hands;
  if (at(s, { work: 'formed' })) return [set('upper', 'rack')];
  if (c.heaterOn) return [set('heaterSwitch', 'off')];
  if (c.chillerOn) return [set('chillerSwitch', 'off')];
  return c.mainOn ? [set('mainSwitch', 'off')] : [];
}

const setting = (id: string, done: (s: AnyMachineSnapshot) => boolean, liveUntil: string, hints: (s: AnyMachineSnapshot) => GladiEvent[]): StepSpec => ({
  id,
  done,
  liveUntil,
  hints: (s) => {
    const r = recoverEstop(s);
    return r.length ? r : hints(s);
  },
});

export const counterMoulderProcedure: ProcedureSpec = {
  steps: [
    { id: 'checkMoulds', group: 'checks', done: (s) => ctx(s).checks.moulds, hints: () => [inspect('moulds')] },
    { id: 'powerOn', done: (s) => ctx(s).mainOn, hints: (s) => machineReady(s).slice(0, 1) },
    {
      id: 'heatAndCool',
      done: (s) => ctx(s).heaterOn && ctx(s).chillerOn,
      hints: (s) => {
        const r = recoverEstop(s);
        if (r.length) return r;
        return [...(ctx(s).heaterOn ? [] : [set('heaterSwitch', 'on')]), ...(ctx(s).chillerOn ? [] : [set('chillerSwitch', 'on')])];
      },
    },
    setting('setHotTemp', hotTempOk, 'hotMould', () => [set('hotTemp', TICKET.hotTempC)]),
    setting('setColdTemp', coldTempOk, 'coldMould', () => [set('coldTemp', TICKET.coldTempC)]),
    setting('setDwells', dwellsOk, 'hotMould', (s) => [
      ...(ctx(s).hotDwellS === TICKET.hotDwellS ? [] : [set('hotDwell', TICKET.hotDwellS)]),
      ...(ctx(s).coldDwellS === TICKET.coldDwellS ? [] : [set('coldDwell', TICKET.coldDwellS)]),
    ]),
    setting('setAir', airOk, 'hotMould', () => [set('airRegulator', TICKET.regulatorBar)]),
    {
      id: 'waitReady',
      done: (s) => isHotReady(s) && isColdReady(s),
      // While both warm up there is nothing to do but wait for the READY lamps.
      hints: machineReady,
    },
    { id: 'insertCounter', done: (s) => !at(s, { work: 'bench' }), hints: (s) => (at(s, { work: 'bench' }) ? [press('insertCounter')] : []) },
    {
      id: 'checkCounter',
      done: (s) => ctx(s).checks.counter,
      hints: (s) => (ctx(s).finding === 'counterOffCentre' ? [press('recentreCounter')] : [inspect('counter')]),
    },
    { id: 'hotMould', done: (s) => ctx(s).hot !== null, hints: toMoulded },
    { id: 'coldMould', done: (s) => ctx(s).lastResult !== null, hints: toMoulded },
    {
      id: 'inspectBackPart',
      done: (s) => ctx(s).checks.backPart,
      hints: (s) => {
        const hands = releaseHands(s, 'cold');
        return hands.length ? hands : at(s, { work: 'formed' }) ? [inspect('backPart')] : toMoulded(s);
      },
    },
    {
      id: 'removeUpper',
      done: (s) => ctx(s).goodBackParts > 0,
      hints: (s) => {
        const hands = releaseHands(s, 'cold');
        return hands.length ? hands : at(s, { work: 'formed' }) ? [set('upper', 'rack')] : toMoulded(s);
      },
    },
    { id: 'shutdown', done: (s) => s.hasTag('complete'), hints: toShutDown },
  ],
  order: [
    ['checkMoulds', 'hotMould'],
    ['checkCounter', 'hotMould'],
    ['hotMould', 'coldMould'],
    ['inspectBackPart', 'removeUpper'],
  ],
};
