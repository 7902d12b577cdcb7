import { assign } from 'xstate';
import type { Side } from '../constants.ts';
import { LAST_PLACED_OFFSET_MM, LAST_SLIP_MM, ALIGN_TOLERANCE_MM } from '../constants.ts';
import { interruptedToe, judgeToe, type ToeResult } from '../toeQuality.ts';
import { clampOffset, dwellTicksFor, toeInputs } from './derived.ts';
import { controlOf, estopButtonOf, isEstopControl, valueOf, type ToeLastingEvent } from './events.ts';
import type { InspectPoint, ToeLastingContext } from './types.ts';

// Standalone actions need the chart's types spelled out once (setup() types them inline).
const update = assign<ToeLastingContext, ToeLastingEvent, undefined, ToeLastingEvent, never>;
const num = (e: ToeLastingEvent) => Number(valueOf(e));
const on = (e: ToeLastingEvent) => valueOf(e) === 'on';

/** The toe on the last gets its result (and goes into the session's list for the debrief). */
const finishToe = (c: ToeLastingContext, r: ToeResult) => ({ lastResult: r, toes: [...c.toes, r], checks: { ...c.checks, toe: false } });

/** The named actions of the toe lasting chart: settings, checks and care, faults, the cycle. */
export const actions = {
  setMain: update({ mainOn: ({ event }) => on(event) }),
  setMeltTemp: update({ meltTempC: ({ event }) => num(event) }),
  setProgram: update({ programSizeEu: ({ event }) => num(event) }),
  setSide: update({ side: ({ event }) => valueOf(event) as Side }),
  setPull: update({ pullMPa: ({ event }) => num(event) }),
  setWiper: update({ wiperMPa: ({ event }) => num(event) }),
  setDwell: update({ dwellS: ({ event }) => num(event) }),
  setSidePincers: update({ sidePincersOn: ({ event }) => on(event) }),
  setCentreLight: update({ centreLightOn: ({ event }) => on(event) }),
  setLastOffset: update({ lastOffsetMm: ({ event }) => num(event) }),
  pushEstop: update({
    estopDown: ({ context, event }) => {
      const c = controlOf(event);
      return isEstopControl(c) ? { ...context.estopDown, [estopButtonOf(c)]: true } : context.estopDown;
    },
  }),
  pullEstop: update({
    estopDown: ({ context, event }) => {
      const c = controlOf(event);
      return isEstopControl(c) ? { ...context.estopDown, [estopButtonOf(c)]: false } : context.estopDown;
    },
  }),
  inspect: update({
    checks: ({ context: c, event }) => {
      const p = controlOf(event) as InspectPoint;
      // A look is a passed check only when what it looks for is in order.
      const ok: Record<InspectPoint, boolean> = {
        oilLevel: !c.oilLow,
        airFilter: !c.waterInFilter,
        meltTank: !c.granulateLow,
        pincers: !c.pincersGlued,
        centreLine: Math.abs(c.gripOffsetMm) <= ALIGN_TOLERANCE_MM,
        toe: true,
      };
      return { ...c.checks, [p]: ok[p] };
    },
  }),
  drainFilter: update({ waterInFilter: false }),
  fillGranulate: update({ granulateLow: false }),
  cleanPincers: update({ pincersGlued: false }),
  topUpOil: update({ oilLow: false }),
  clearNozzle: update({ nozzleBlocked: false }),
  repairHeater: update({ heaterRunaway: false }),
  markOilLow: update({ oilLow: true }),
  markHeaterRunaway: update({ heaterRunaway: true }),
  markNozzleBlocked: update({ nozzleBlocked: true }),
  /** The last, with the upper and its insole, put bottom-up on the rest: never quite on the line. */
  placeLast: update(({ context }) => ({
    lastOffsetMm: LAST_PLACED_OFFSET_MM,
    gripOffsetMm: LAST_PLACED_OFFSET_MM,
    lastResult: null,
    checks: { ...context.checks, centreLine: false, toe: false },
  })),
  /** Step 1: the toe pincer grips the last where it sits now; its centre line is checked again. */
  gripToe: update(({ context }) => ({ gripOffsetMm: context.lastOffsetMm, checks: { ...context.checks, centreLine: false } })),
  /** Fault `lastSlipped`: the last turns on the rest as the toe pincer closes. */
  slipLast: update(({ context }) => {
    const mm = clampOffset(context.lastOffsetMm + LAST_SLIP_MM);
    return { lastOffsetMm: mm, gripOffsetMm: mm, checks: { ...context.checks, centreLine: false } };
  }),
  loadDwell: update({ dwellTicksLeft: ({ context }) => dwellTicksFor(context.dwellS) }),
  countDwellTick: update({ dwellTicksLeft: ({ context }) => Math.max(0, context.dwellTicksLeft - 1) }),
  recordToe: update(({ context }) => finishToe(context, judgeToe(toeInputs(context)))),
  recordInterrupted: update(({ context }) => finishToe(context, interruptedToe(context.gripOffsetMm))),
  takeLast: update(({ context }) =>
    context.lastResult?.outcome === 'good'
      ? { goodToes: context.goodToes + 1, lastResult: null }
      : { defectToes: context.defectToes + 1, lastResult: null },
  ),
};
