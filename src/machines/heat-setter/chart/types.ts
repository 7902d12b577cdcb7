import type { SteamSetting } from '../constants.ts';
import type { Line } from '../line.ts';
import type { ShoeVerdict } from '../shoeJudge.ts';

// The heat setter chart's vocabulary: settings, switches, faults, the line and its results.

export type InspectPoint = 'tunnel' | 'shape';

export interface HeatSetterContext {
  isolatorOn: boolean;
  fanOn: boolean;
  /** The heat button latched on (the heater contactor); the region says whether it is at setpoint. */
  heatOn: boolean;
  chillerOn: boolean;
  heatTempC: number;
  chillTempC: number;
  speedMMin: number;
  steam: SteamSetting;
  chillerDoorOpen: boolean;
  /** Kept by the heater and chiller regions (entry/exit of `ready`) so the line step can read them. */
  heatAtSetpoint: boolean;
  chillAtSetpoint: boolean;
  // Faults
  /** Fault `overTemp`: the controller relay sticks; the over-temperature cut-out trips. */
  controllerFault: boolean;
  /** Fault `fanFailure`: the circulation fan stops; the heater is switched off by its interlock. */
  fanFault: boolean;
  /** Fault `wetShoes`: the evaporator iced up and the drain is full: condensate drips on the shoes. */
  chillerIced: boolean;
  // Shutdown care
  defrosted: boolean;
  drained: boolean;
  // The line
  line: Line;
  lastVerdict: ShoeVerdict | null;
  goodShoes: number;
  badShoes: number;
  checks: Record<InspectPoint, boolean>;
  // Safety
  estopDown: boolean;
  cordPulled: boolean;
}
