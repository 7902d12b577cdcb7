import { AIR_MIN_BAR, AIR_SUPPLY_LOW_BAR, DWELL_TICK_MS, OVER_TEMP_C } from '../constants.ts';
import type { BackPartInputs, Pressing } from '../backPart.ts';
import type { CounterMoulderContext, Station } from './types.ts';

/** The air the gauge on the filter-regulator shows, bar. */
export const airBar = (c: CounterMoulderContext): number => (c.airSupplyLow ? Math.min(c.regulatorBar, AIR_SUPPLY_LOW_BAR) : c.regulatorBar);
/** Enough air for the pads to close and hold: at or above the setpoint [S25]. */
export const hasAirPressure = (c: CounterMoulderContext): boolean => airBar(c) >= AIR_MIN_BAR;

export const dwellOf = (c: CounterMoulderContext, st: Station): number => (st === 'hot' ? c.hotDwellS : c.coldDwellS);
export const ticksFor = (dwellS: number): number => Math.max(1, Math.round((dwellS * 1000) / DWELL_TICK_MS));

/** What the hot mould actually is: the setpoint, or the overshoot of a stuck controller relay. */
export const hotMouldC = (c: CounterMoulderContext): number => (c.controllerFault ? OVER_TEMP_C : c.hotTempC);

/** The pressing a station gives (or gave) the upper: complete when its dwell ran out. */
export const pressingOf = (c: CounterMoulderContext, st: Station): Pressing => ({
  tempC: st === 'hot' ? hotMouldC(c) : c.coldTempC,
  dwellS: dwellOf(c, st),
  complete: c.ticksLeft[st] === 0,
});

/** Inputs of the judge: what the upper got so far, and what the settings would give it from here. */
export const backPartInputs = (c: CounterMoulderContext): BackPartInputs => ({
  hot: c.hot ?? { tempC: hotMouldC(c), dwellS: c.hotDwellS, complete: true },
  cold: c.cold ?? { tempC: c.coldTempC, dwellS: c.coldDwellS, complete: true },
  transferSlow: c.transferSlow,
  counterCentred: c.counterCentred,
});
