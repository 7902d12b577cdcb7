import { COLD_TEMP_DEFAULT_C, DWELL_DEFAULT_S, HOT_TEMP_DEFAULT_C, REGULATOR_DEFAULT_BAR } from '../constants.ts';
import type { CounterMoulderContext } from './types.ts';

/** The moulder at the start of a shift: off, settings as the previous job left them, an upper waiting. */
export const initialContext = (): CounterMoulderContext => ({
  mainOn: false,
  heaterOn: false,
  chillerOn: false,
  hotTempC: HOT_TEMP_DEFAULT_C,
  coldTempC: COLD_TEMP_DEFAULT_C,
  hotDwellS: DWELL_DEFAULT_S,
  coldDwellS: DWELL_DEFAULT_S,
  controllerFault: false,
  regulatorBar: REGULATOR_DEFAULT_BAR,
  airSupplyLow: false,
  held: { hotLeft: false, hotRight: false, coldLeft: false, coldRight: false },
  ticksLeft: { hot: 0, cold: 0 },
  lastStop: null,
  counterCentred: true,
  hot: null,
  cold: null,
  transferSlow: false,
  lastResult: null,
  goodBackParts: 0,
  defectBackParts: 0,
  checks: { moulds: false, counter: false, backPart: false },
  finding: null,
  estopDown: false,
});
