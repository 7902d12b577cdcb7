import type { BackPartResult, Pressing } from '../backPart.ts';

// The heel counter moulder chart's vocabulary: what it keeps in context (settings, sensed
// conditions, faults, the hands on the start buttons, the work and its moulding record).

export type Station = 'hot' | 'cold';
export const STATIONS: readonly Station[] = ['hot', 'cold'];
/** The two green start buttons in front of each station (two-hand start). */
export type HandButton = 'hotLeft' | 'hotRight' | 'coldLeft' | 'coldRight';
/** `moulds`: formers clean, pads intact (pre-operation); `counter`: the counter sits centred; `backPart`: the result. */
export type InspectPoint = 'moulds' | 'counter' | 'backPart';
export type StopReason = 'released' | 'estop' | 'airLost' | 'powerOff';

export interface CounterMoulderContext {
  // Power and the temperature controllers
  mainOn: boolean;
  heaterOn: boolean;
  chillerOn: boolean;
  hotTempC: number;
  coldTempC: number;
  hotDwellS: number;
  coldDwellS: number;
  /** Fault `overTemp`: the hot controller's relay sticks; the over-temperature cut-out trips. */
  controllerFault: boolean;
  // Air
  regulatorBar: number;
  /** Fault `airLow`: the compressor does not keep up; the regulated air falls below the setpoint. */
  airSupplyLow: boolean;
  // Hands and pads
  held: Record<HandButton, boolean>;
  /** Dwell ticks still to go on each station (loaded when its pad has closed). */
  ticksLeft: Record<Station, number>;
  /** Why a station's last cycle was cut short (shown until the next cycle). */
  lastStop: { station: Station; reason: StopReason } | null;
  // The work: one upper with its counter
  /** Fault `counterOffCentre`: the counter slipped to one side when it was inserted. */
  counterCentred: boolean;
  /** The hot and cold pressings this upper got (null: not yet). */
  hot: Pressing | null;
  cold: Pressing | null;
  /** The transfer window ran out before the cold pad closed. */
  transferSlow: boolean;
  /** The back part of the last moulded upper (set when the cold pad lets go). */
  lastResult: BackPartResult | null;
  goodBackParts: number;
  defectBackParts: number;
  checks: Record<InspectPoint, boolean>;
  /** What the last look at the counter found wrong (null: nothing, or not looked yet). */
  finding: 'counterOffCentre' | null;
  // Safety
  estopDown: boolean;
}
