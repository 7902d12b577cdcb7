import type { ChartEvent } from '../../../engine/machineModule.ts';
import { PRESSURE_RANGE, REVERSING_DEFAULT, SPEED_DEFAULT_RPM, type ReversingPosition } from '../constants.ts';

/** What the artisan holds at the wheel. */
export type Shoe = 'none' | 'lasted';
/** Protective equipment worn before the spindle starts (brief §12.1: hearing, eyes, dust). */
export type PpeItem = 'earMuffs' | 'safetyGlasses' | 'dustMask';
export const PPE_ITEMS: readonly PpeItem[] = ['earMuffs', 'safetyGlasses', 'dustMask'];
/** The pre-operation checks, each a look at the machine. */
export type CheckPoint = 'wheel' | 'dustBag';

/** What the process model found wrong along a band (each arrives as a `process.signal`). */
export interface Flaws {
  intoUpper: boolean;
  burnt: boolean;
  tooDeep: boolean;
  patchy: boolean;
  uneven: boolean;
  wrongWay: boolean;
  dustEscaped: boolean;
}
export const FLAW_IDS = ['wrongWay', 'intoUpper', 'burnt', 'tooDeep', 'patchy', 'uneven', 'dustEscaped'] as const;
export type FlawId = (typeof FLAW_IDS)[number];
export const noFlaws = (): Flaws => ({ intoUpper: false, burnt: false, tooDeep: false, patchy: false, uneven: false, wrongWay: false, dustEscaped: false });
/** Dust escaping spoils the workplace and the lungs, not the band: the band is judged on the rest. */
export const isGoodBand = (f: Flaws): boolean => FLAW_IDS.every((id) => id === 'dustEscaped' || !f[id]);
export const firstFlaw = (f: Flaws): FlawId | null => FLAW_IDS.find((id) => f[id]) ?? null;

/** One finished (or abandoned) shoe. */
export interface BandResult {
  readonly flaws: Flaws;
  /** Share of the margin roughed well, % (null: put down before the end). */
  readonly coveragePct: number | null;
  readonly complete: boolean;
}

export interface RoughingContext {
  ppe: Record<PpeItem, boolean>;
  checks: Record<CheckPoint, boolean>;
  /** Spindle and extraction motors, each on its own switch [S31]. */
  extractionOn: boolean;
  reversing: ReversingPosition;
  speedRpm: number;
  estopDown: boolean;
  /** Latest hand pressure and path offset (also in the session's inputs: the chart needs them for hints and states). */
  pressure: number;
  pathOffsetMm: number;
  // Condition (faults)
  wheelClogged: boolean;
  bagFull: boolean;
  /** Dust in the bag / lying on the ledge since they were last emptied / brushed. */
  bagHasDust: boolean;
  dustOnLedge: boolean;
  // The work
  shoe: Shoe;
  shoeSerial: number;
  flaws: Flaws;
  bandDone: boolean;
  inspected: boolean;
  lastResult: BandResult | null;
  goodShoes: number;
  spoiltShoes: number;
  /** What the last look at the wheel found. */
  wheelFinding: 'clogged' | null;
  lastStop: 'estop' | null;
}

export const initialContext = (): RoughingContext => ({
  ppe: { earMuffs: false, safetyGlasses: false, dustMask: false },
  checks: { wheel: false, dustBag: false },
  extractionOn: false,
  reversing: REVERSING_DEFAULT,
  speedRpm: SPEED_DEFAULT_RPM,
  estopDown: false,
  pressure: PRESSURE_RANGE.rest,
  pathOffsetMm: 0,
  wheelClogged: false,
  bagFull: false,
  bagHasDust: false,
  dustOnLedge: false,
  shoe: 'none',
  shoeSerial: 0,
  flaws: noFlaws(),
  bandDone: false,
  inspected: false,
  lastResult: null,
  goodShoes: 0,
  spoiltShoes: 0,
  wheelFinding: null,
  lastStop: null,
});

export const allPpe = (c: Pick<RoughingContext, 'ppe'>): boolean => PPE_ITEMS.every((p) => c.ppe[p]);

export type RoughingEvent = ChartEvent;

export const controlOf = (e: RoughingEvent): string | undefined => ('control' in e ? e.control : undefined);
export const setValueOf = (e: RoughingEvent): string | undefined => (e.type === 'user.set' ? e.value : undefined);
export const adjustValueOf = (e: RoughingEvent): number | undefined => (e.type === 'user.adjust' && Number.isFinite(e.value) ? e.value : undefined);
export const signalOf = (e: RoughingEvent): string | undefined => (e.type === 'process.signal' ? e.signal : undefined);
