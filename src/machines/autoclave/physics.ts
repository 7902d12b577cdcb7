import {
  AMBIENT_C,
  COOL_TAU_S,
  CURE_DOUBLING_C,
  CURE_GOOD_MIN,
  CURE_MIN_C,
  CURE_OVER_MIN,
  CURE_PARTIAL_MIN,
  CURE_REF_C,
  FOLLOW_TAU_S,
  HOT_TO_TOUCH_C,
  HEAT_RAMP_MS,
  LEAK_MAX_C,
  OXIDISE_C,
  PRESSURE_PRESENT_KPA,
  SAFETY_LIFT_KPA,
  VENT_TAU_S,
} from './constants.ts';

/**
 * The vessel's pure process model: temperature, gauge pressure and the cure dose of the rubber,
 * stepped on the session clock. No React, three or chart imports: the inputs are the few valve
 * and fault facts the chart holds, and the outputs are the state and threshold signals.
 */

export const ATM_KPA = 101.325;

/** Saturated steam pressure (absolute, kPa) at `c` °C: Antoine equation for water, 99–374 °C. */
export const psatKpa = (c: number): number => 10 ** (8.14019 - 1810.94 / (244.485 + c)) * 0.133322;
/** Saturation temperature (°C) at absolute pressure `kpa`. */
export const tsatC = (kpa: number): number => 1810.94 / (8.14019 - Math.log10(kpa / 0.133322)) - 244.485;
/** Gauge pressure of saturated steam at `c` °C (0 below boiling). */
export const steamGaugeKpa = (c: number): number => Math.max(0, psatKpa(c) - ATM_KPA);
/** The hottest the steam can be with the safety valves lifting. */
export const LIFT_TEMP_C = tsatC(SAFETY_LIFT_KPA + ATM_KPA);

export type CureLevel = 'none' | 'partial' | 'good' | 'over';
const LEVELS: readonly CureLevel[] = ['none', 'partial', 'good', 'over'];

/** What the process reads from the chart. */
export interface VesselInputs {
  readonly supplyOpen: boolean;
  readonly ventOpen: boolean;
  readonly ventStuck: boolean;
  /** The safety valve's test lever held lifted: a second way out for the steam. */
  readonly reliefOpen: boolean;
  readonly sealLeak: boolean;
  readonly setpointC: number;
  readonly cartIn: boolean;
}

export interface VesselState {
  readonly tempC: number;
  readonly kpa: number;
  /** Where the controller's ramp started, and how long it has run. */
  readonly rampFromC: number;
  readonly rampS: number;
  readonly supplyWas: boolean;
  /** Cure dose of the batch inside, minutes-equivalent at CURE_REF_C; the hottest it has been. */
  readonly doseMin: number;
  readonly peakC: number;
  readonly pressurised: boolean;
  readonly lifting: boolean;
  readonly level: CureLevel;
}

export const COLD_VESSEL: VesselState = {
  tempC: AMBIENT_C,
  kpa: 0,
  rampFromC: AMBIENT_C,
  rampS: 0,
  supplyWas: false,
  doseMin: 0,
  peakC: AMBIENT_C,
  pressurised: false,
  lifting: false,
  level: 'none',
};

/** Steam escapes through the vent valve (unless it is stuck) or the lifted safety valve. */
export const isVenting = (i: Pick<VesselInputs, 'ventOpen' | 'ventStuck' | 'reliefOpen'>): boolean => (i.ventOpen && !i.ventStuck) || i.reliefOpen;

/** The cure class of a dose and the hottest temperature the batch saw. */
export function cureLevel(doseMin: number, peakC: number): CureLevel {
  if (doseMin < CURE_PARTIAL_MIN) return 'none';
  if (doseMin >= CURE_OVER_MIN || peakC > OXIDISE_C) return 'over';
  return doseMin >= CURE_GOOD_MIN ? 'good' : 'partial';
}

const relax = (from: number, to: number, dtS: number, tauS: number) => to + (from - to) * Math.exp(-dtS / tauS);

/** One step of `dtS` seconds; the signals name the thresholds crossed. */
export function stepVessel(v: VesselState, i: VesselInputs, dtS: number): { state: VesselState; signals: string[] } {
  const venting = isVenting(i);
  const opened = i.supplyOpen && !v.supplyWas;
  const rampFromC = opened ? v.tempC : v.rampFromC;
  const rampS = i.supplyOpen ? (opened ? 0 : v.rampS) + dtS : 0;
  let tempC: number;
  let kpa: number;
  if (i.supplyOpen) {
    // The controller raises its target gradually, at the rate that takes a cold tank to the setpoint in HEAT_RAMP_MS.
    const rate = (i.setpointC - AMBIENT_C) / (HEAT_RAMP_MS / 1000);
    let target = Math.min(i.setpointC, rampFromC + rate * rampS);
    if (i.sealLeak) target = Math.min(target, LEAK_MAX_C);
    // With a way out open the steam blows straight through at atmospheric pressure.
    if (venting) target = Math.min(target, 100);
    tempC = relax(v.tempC, target, dtS, FOLLOW_TAU_S);
    kpa = steamGaugeKpa(tempC);
  } else {
    const escapeTau = venting ? VENT_TAU_S : i.sealLeak ? VENT_TAU_S * 12 : null;
    tempC = relax(v.tempC, AMBIENT_C, dtS, COOL_TAU_S);
    kpa = escapeTau ? v.kpa * Math.exp(-dtS / escapeTau) : Math.min(v.kpa, steamGaugeKpa(tempC));
    if (kpa < 0.01) kpa = 0;
    // Steam that leaves takes its heat with it: the tank is no hotter than its steam.
    tempC = Math.min(tempC, Math.max(tsatC(kpa + ATM_KPA), AMBIENT_C));
  }
  const lifting = kpa > SAFETY_LIFT_KPA;
  if (lifting) {
    kpa = SAFETY_LIFT_KPA;
    tempC = Math.min(tempC, LIFT_TEMP_C);
  }
  const curing = i.cartIn && tempC >= CURE_MIN_C;
  const doseMin = v.doseMin + (curing ? (dtS / 60) * 2 ** ((tempC - CURE_REF_C) / CURE_DOUBLING_C) : 0);
  const peakC = i.cartIn ? Math.max(v.peakC, tempC) : v.peakC;
  const found = cureLevel(doseMin, peakC);
  const level = LEVELS.indexOf(found) > LEVELS.indexOf(v.level) ? found : v.level;
  const pressurised = v.pressurised ? kpa >= PRESSURE_PRESENT_KPA : kpa >= PRESSURE_PRESENT_KPA;
  const signals: string[] = [];
  if (pressurised && !v.pressurised) signals.push('pressureUp');
  if (!pressurised && v.pressurised) signals.push('pressureZero');
  if (lifting && !v.lifting) signals.push('safetyLift');
  if (level !== v.level) signals.push(`cure.${level}`);
  if (!i.supplyOpen && kpa === 0 && tempC < HOT_TO_TOUCH_C && v.tempC >= HOT_TO_TOUCH_C) signals.push('cool');
  return {
    state: { tempC, kpa, rampFromC, rampS, supplyWas: i.supplyOpen, doseMin, peakC, pressurised, lifting, level },
    signals,
  };
}

/** A fresh batch on the cart: the dose starts again, the tank stays as hot as it is. */
export const freshBatch = (v: VesselState): VesselState => ({ ...v, doseMin: 0, peakC: AMBIENT_C, level: 'none' });

