import {
  DWELL_DEFAULT_S,
  MELT_TEMP_DEFAULT_C,
  PROGRAM_DEFAULT_EU,
  PULL_DEFAULT_MPA,
  SIDE_DEFAULT,
  WIPER_DEFAULT_MPA,
} from '../constants.ts';
import type { ToeLastingContext } from './types.ts';

/** The machine at the start of a shift: off, settings left by the previous job, checks to do. */
export const initialContext = (): ToeLastingContext => ({
  mainOn: false,
  pullMPa: PULL_DEFAULT_MPA,
  wiperMPa: WIPER_DEFAULT_MPA,
  dwellS: DWELL_DEFAULT_S,
  meltTempC: MELT_TEMP_DEFAULT_C,
  programSizeEu: PROGRAM_DEFAULT_EU,
  side: SIDE_DEFAULT,
  sidePincersOn: true,
  centreLightOn: false,
  oilLow: false,
  waterInFilter: true,
  granulateLow: true,
  pincersGlued: true,
  heaterRunaway: false,
  nozzleBlocked: false,
  lastOffsetMm: 0,
  gripOffsetMm: 0,
  dwellTicksLeft: 0,
  lastResult: null,
  toes: [],
  goodToes: 0,
  defectToes: 0,
  checks: { oilLevel: false, airFilter: false, meltTank: false, pincers: false, centreLine: false, toe: false },
  estopDown: { base: false, cabinet: false },
});
