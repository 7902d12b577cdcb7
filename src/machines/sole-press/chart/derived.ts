import type { BondInputs } from '../bondQuality.ts';
import {
  AIR_MIN_BAR,
  AIR_SUPPLY_LOW_BAR,
  HOLD_TICK_MS,
  REACTIVATION_TICK_MS,
  REACTIVATOR_COLD_FAULT_OFFSET_C,
  REACTIVATOR_HOT_FAULT_OFFSET_C,
  WORK_TICKET_SIZE_EU,
} from '../constants.ts';
import type { Film, SolePressContext } from './types.ts';

// Values the chart, the status lines and the exploration helpers read off the context.

/** Hold ticks for a press-time setting. */
export const holdTicksFor = (pressTimeS: number): number => Math.round((pressTimeS * 1000) / HOLD_TICK_MS);
/** Exposure ticks for a reactivator-timer setting. */
export const reactTicksFor = (timeS: number): number => Math.round((timeS * 1000) / REACTIVATION_TICK_MS);

/** Regulated air pressure on the filter-regulator gauge (0 with the line valve closed). */
export const airPressureBar = (c: SolePressContext): number => {
  if (!c.airValveOpen) return 0;
  return c.airSupplyLow ? Math.min(c.regulatorBar, AIR_SUPPLY_LOW_BAR) : c.regulatorBar;
};
export const hasAirPressure = (c: SolePressContext): boolean => airPressureBar(c) >= AIR_MIN_BAR;

/** Film temperature the lamps give with the present setpoint and fault. */
export const filmTempFor = (c: SolePressContext): number =>
  c.reactivatorTempC +
  (c.reactivatorFault === 'cold' ? REACTIVATOR_COLD_FAULT_OFFSET_C : c.reactivatorFault === 'hot' ? REACTIVATOR_HOT_FAULT_OFFSET_C : 0);

/** The reactivation the work has had so far in this exposure (read when it leaves the lamps). */
export const filmSoFar = (c: SolePressContext): Film => ({
  tempC: filmTempFor(c),
  exposureS: ((reactTicksFor(c.reactivatorTimeS) - c.reactTicksLeft) * REACTIVATION_TICK_MS) / 1000,
});

/** Bond inputs from the context; `heldS` is what the pad has held so far (all of it at the end). */
export const bondInputs = (c: SolePressContext, heldS = ((holdTicksFor(c.pressTimeS) - c.holdTicksLeft) * HOLD_TICK_MS) / 1000): BondInputs => ({
  filmTempC: c.film?.tempC ?? 0,
  reactivationS: c.film?.exposureS ?? 0,
  openTimeExceeded: c.adhesiveDead,
  pressureBar: c.regulatorBar,
  heldS,
  toeJack: c.toeJack,
  heelJack: c.heelJack,
  shoeSize: WORK_TICKET_SIZE_EU,
  padWorn: c.padWorn,
  soleSurface: c.soleSurface,
});
