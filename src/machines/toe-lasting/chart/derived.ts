import { DWELL_TICK_MS, LAST_OFFSET_SETTINGS_MM } from '../constants.ts';
import type { ToeInputs } from '../toeQuality.ts';
import type { ToeLastingContext } from './types.ts';

// Values the chart, the status lines and the exploration helpers read off the context.

/** Dwell ticks for a lasting-time setting. */
export const dwellTicksFor = (dwellS: number): number => Math.round((dwellS * 1000) / DWELL_TICK_MS);

const MIN_OFFSET = LAST_OFFSET_SETTINGS_MM[0];
const MAX_OFFSET = LAST_OFFSET_SETTINGS_MM[LAST_OFFSET_SETTINGS_MM.length - 1] ?? 0;
/** An offset kept on the positions the last can be moved to. */
export const clampOffset = (mm: number): number => Math.min(MAX_OFFSET, Math.max(MIN_OFFSET, mm));

/** The quality model's inputs from the context (the offset as the toe pincer gripped). */
export const toeInputs = (c: ToeLastingContext): ToeInputs => ({
  pullMPa: c.pullMPa,
  wiperMPa: c.wiperMPa,
  dwellS: c.dwellS,
  meltTempC: c.meltTempC,
  gripOffsetMm: c.gripOffsetMm,
  programSizeEu: c.programSizeEu,
  side: c.side,
  sidePincersOn: c.sidePincersOn,
  nozzleBlocked: c.nozzleBlocked,
  tankEmpty: c.granulateLow,
  pincersGlued: c.pincersGlued,
});
