import { assign, raise } from 'xstate';
import { judgeBackPart } from '../backPart.ts';
import { backPartInputs, pressingOf, ticksFor, dwellOf } from './derived.ts';
import { controlOf, isHandButton, valueOf, type CounterMoulderEvent } from './events.ts';
import type { CounterMoulderContext, InspectPoint, Station, StopReason } from './types.ts';

// Standalone actions need the chart's types spelled out once (setup() types them inline).
type P<T> = T;
const update = assign<CounterMoulderContext, CounterMoulderEvent, undefined, CounterMoulderEvent, never>;
const perStation = <T extends object>(f: (c: CounterMoulderContext, p: T & { station: Station }) => Partial<CounterMoulderContext>) =>
  assign<CounterMoulderContext, CounterMoulderEvent, P<T & { station: Station }>, CounterMoulderEvent, never>(({ context }, p) => f(context, p));
const num = (e: CounterMoulderEvent) => Number(valueOf(e));
const on = (e: CounterMoulderEvent) => valueOf(e) === 'on';

/** The named actions of the counter moulder chart: settings, hands, pads, faults and the work. */
export const actions = {
  setMain: update({ mainOn: ({ event }) => on(event) }),
  setHeater: update({ heaterOn: ({ event }) => on(event) }),
  setChiller: update({ chillerOn: ({ event }) => on(event) }),
  setHotTemp: update({ hotTempC: ({ event }) => num(event) }),
  setColdTemp: update({ coldTempC: ({ event }) => num(event) }),
  setHotDwell: update({ hotDwellS: ({ event }) => num(event) }),
  setColdDwell: update({ coldDwellS: ({ event }) => num(event) }),
  setRegulator: update({ regulatorBar: ({ event }) => num(event) }),
  trackHands: update({
    held: ({ context, event }) => {
      const b = controlOf(event);
      if (!isHandButton(b)) return context.held;
      if (event.type === 'user.press') return { ...context.held, [b]: true };
      if (event.type === 'user.release') return { ...context.held, [b]: false };
      return context.held;
    },
  }),
  pushEstop: update({ estopDown: true }),
  pullEstop: update({ estopDown: false }),
  loadTicks: perStation((c, p) => ({ ticksLeft: { ...c.ticksLeft, [p.station]: ticksFor(dwellOf(c, p.station)) } })),
  countTick: perStation((c, p) => ({ ticksLeft: { ...c.ticksLeft, [p.station]: Math.max(0, c.ticksLeft[p.station] - 1) } })),
  startCycle: update({ lastStop: null }),
  stopBy: perStation<{ reason: StopReason }>((_, p) => ({ lastStop: { station: p.station, reason: p.reason } })),
  raiseClamped: raise<CounterMoulderContext, CounterMoulderEvent, CounterMoulderEvent, { station: Station }>((_, p) =>
    p.station === 'hot' ? { type: 'hot.clamped' } : { type: 'cold.clamped' },
  ),
  raiseReleased: raise<CounterMoulderContext, CounterMoulderEvent, CounterMoulderEvent, { station: Station }>((_, p) =>
    p.station === 'hot' ? { type: 'hot.released' } : { type: 'cold.released' },
  ),
  // Faults and their remedies.
  markAirLow: update({ airSupplyLow: true }),
  restartCompressor: update({ airSupplyLow: false }),
  stickController: update({ controllerFault: true }),
  repairController: update({ controllerFault: false }),
  slipCounter: update({ counterCentred: false }),
  recentreCounter: update({ counterCentred: true, finding: null }),
  // The work.
  insertCounter: update({ counterCentred: true, finding: null }),
  recordHot: update({ hot: ({ context }) => pressingOf(context, 'hot') }),
  markTransferSlow: update({ transferSlow: true }),
  recordCold: update(({ context }) => {
    const cold = pressingOf(context, 'cold');
    // A newly moulded back part: its inspection is still to do.
    return { cold, lastResult: judgeBackPart({ ...backPartInputs(context), cold }), checks: { ...context.checks, backPart: false } };
  }),
  takeUpper: update(({ context }) => ({
    ...(context.lastResult?.outcome === 'good' ? { goodBackParts: context.goodBackParts + 1 } : { defectBackParts: context.defectBackParts + 1 }),
    // The next upper comes from the rack without a counter; its record starts empty.
    hot: null,
    cold: null,
    transferSlow: false,
    counterCentred: true,
    finding: null,
    checks: { ...context.checks, counter: false },
  })),
  inspect: update({
    checks: ({ context, event }) => {
      const point = controlOf(event) as InspectPoint;
      // A look is a passed check only when what it looks for is in order.
      const ok = point === 'counter' ? context.counterCentred : true;
      return { ...context.checks, [point]: ok };
    },
    finding: ({ context, event }) => (controlOf(event) === 'counter' ? (context.counterCentred ? null : 'counterOffCentre') : context.finding),
  }),
};
