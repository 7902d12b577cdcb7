import { CHILL_TEMP_DEFAULT_C, HEAT_TEMP_DEFAULT_C, SPEED_DEFAULT_M_MIN, STEAM_DEFAULT } from '../constants.ts';
import { EMPTY_LINE } from '../line.ts';
import type { HeatSetterContext } from './types.ts';

/** The line at the start of a shift: everything off, settings as the previous job left them, the belt empty. */
export const initialContext = (): HeatSetterContext => ({
  isolatorOn: false,
  fanOn: false,
  heatOn: false,
  chillerOn: false,
  heatTempC: HEAT_TEMP_DEFAULT_C,
  chillTempC: CHILL_TEMP_DEFAULT_C,
  speedMMin: SPEED_DEFAULT_M_MIN,
  steam: STEAM_DEFAULT,
  chillerDoorOpen: false,
  heatAtSetpoint: false,
  chillAtSetpoint: false,
  controllerFault: false,
  fanFault: false,
  chillerIced: false,
  defrosted: false,
  drained: false,
  line: EMPTY_LINE,
  lastVerdict: null,
  goodShoes: 0,
  badShoes: 0,
  checks: { tunnel: false, shape: false },
  estopDown: false,
  cordPulled: false,
});
