import type { BondResult, SoleSurface } from '../bondQuality.ts';
import type { JackPosition } from '../constants.ts';

// The sole press chart's vocabulary: what it keeps in context (settings, sensed conditions,
// faults, counters and the work).

/** `upperPrep`/`solePrep`: bottom preparation of the work as it arrives (domain brief §10.2). */
export type InspectPoint = 'filterBowl' | 'pad' | 'upperPrep' | 'solePrep' | 'soleEdges';
export type StopReason = 'stopButton' | 'hands' | 'blocked' | 'airLost';
export type EstopButton = 'press' | 'reactivator';

export interface Film {
  /** Film temperature reached under the lamps, °C. */
  readonly tempC: number;
  /** Time under the lamps, s. */
  readonly exposureS: number;
}

export interface SolePressContext {
  // Air supply
  airValveOpen: boolean;
  regulatorBar: number;
  /** Fault `airLow`: the compressor does not keep up; regulated air falls below the minimum. */
  airSupplyLow: boolean;
  /** Condensate in the filter bowl (drained as a pre-operation check). */
  waterInBowl: boolean;
  // Press
  mainOn: boolean;
  mode: 'manual' | 'auto';
  pressTimeS: number;
  toeJack: JackPosition;
  heelJack: JackPosition;
  /** The hands-clear sensor sees hands (the artisan's) in the working area. */
  handsInZone: boolean;
  /** Fault `coverBlocked`: something lies in the sensor beam / under the cover. */
  zoneObstructed: boolean;
  /** What blocks the beam is the test rod of the sensor test (taken out with `clearZone`). */
  testRodInBeam: boolean;
  /** Fault `padWorn`: the forepart of the pad is worn thin or has shifted. */
  padWorn: boolean;
  /** Faults `soleNotRoughened` / `soleContaminated`: how bottom preparation left the sole. */
  soleSurface: SoleSurface;
  /** What the last bench check of the sole found wrong (null: nothing, or not looked at yet). */
  soleFinding: Exclude<SoleSurface, 'prepared'> | null;
  /** Hold ticks still to go in this cycle (loaded when the pad starts to fill). */
  holdTicksLeft: number;
  /** Why the last cycle was cut short (shown until the next cycle or the shoe is taken). */
  lastStop: StopReason | null;
  // Reactivator
  reactivatorSwitchOn: boolean;
  reactivatorTempC: number;
  reactivatorTimeS: number;
  /** Fault `reactivatorCold` (a failed IR tube) or `reactivatorHot` (a stuck heater relay). */
  reactivatorFault: 'cold' | 'hot' | null;
  reactTicksLeft: number;
  // Safety
  estopDown: Record<EstopButton, boolean>;
  // Work
  /** The reactivation the work got (null before it went under the lamps). */
  film: Film | null;
  /** The adhesive film went dead: open time exceeded before pressing. */
  adhesiveDead: boolean;
  /** The bond of the last pressed sole (set when the pad lets go). */
  lastBond: BondResult | null;
  goodSoles: number;
  defectSoles: number;
  checks: Record<InspectPoint, boolean>;
  /** Functional test of the pre-operation checklist: the hands sensor blocked the press (the test
   *  rod in the beam of a ready press) or stopped a closing cover (a hand in a real cycle). */
  tests: { sensorTrip: boolean };
}
