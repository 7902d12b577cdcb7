import type { Side } from '../constants.ts';
import type { ToeResult } from '../toeQuality.ts';

// The toe lasting chart's vocabulary: settings, sensed conditions, faults, counters and the work.

/** Pre-operation checks (brief §8.3) and the two looks of the cycle (centre line at step 1, the lasted toe). */
export type InspectPoint = 'oilLevel' | 'airFilter' | 'meltTank' | 'pincers' | 'centreLine' | 'toe';
/** The two mushrooms: on the base under the head and on the side cabinet. */
export type EstopButton = 'base' | 'cabinet';

export interface ToeLastingContext {
  // Electrics and switches
  mainOn: boolean;
  // Settings (panel and touch screen)
  pullMPa: number;
  wiperMPa: number;
  dwellS: number;
  meltTempC: number;
  programSizeEu: number;
  side: Side;
  sidePincersOn: boolean;
  centreLightOn: boolean;
  // Conditions found by the checks, and injected faults
  /** Fault `oilLow`: the pump cannot build pressure. Topped up with the pump stopped. */
  oilLow: boolean;
  /** Condensate in the air filter bowl (drained as a pre-operation check). */
  waterInFilter: boolean;
  /** The hot-melt tank is low on granulate (filled as a pre-operation check). */
  granulateLow: boolean;
  /** Old glue on the pincer jaws (cleaned, pump stopped, as a pre-operation check). */
  pincersGlued: boolean;
  /** Fault `heaterRunaway`: the temperature controller sticks on; the cut-out trips. */
  heaterRunaway: boolean;
  /** Fault `nozzleBlocked`: a charred plug in a hot-melt nozzle. */
  nozzleBlocked: boolean;
  // The work
  /** Where the last sits against the centring light's line, mm (0 = on the line). */
  lastOffsetMm: number;
  /** Where it sat when the toe pincer gripped (what the lasted toe shows). */
  gripOffsetMm: number;
  dwellTicksLeft: number;
  /** The toe on the last now (null before lasting). */
  lastResult: ToeResult | null;
  /** Every toe lasted in this session, for the debrief. */
  toes: readonly ToeResult[];
  goodToes: number;
  defectToes: number;
  checks: Record<InspectPoint, boolean>;
  estopDown: Record<EstopButton, boolean>;
}
