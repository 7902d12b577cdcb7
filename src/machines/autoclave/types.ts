import type { CureLevel } from './physics.ts';

export type DoorPosition = 'open' | 'closed' | 'locked';
/** What the rack of shoes is like when it comes out. */
export type BatchResult = 'raw' | 'tacky' | 'good' | 'oxidised';

export interface AutoclaveContext {
  readonly door: DoorPosition;
  readonly controllerOn: boolean;
  readonly supplyOpen: boolean;
  /** The vent valve's handle; with `ventStuck` it is open but passes nothing. */
  readonly ventOpen: boolean;
  /** The safety valve's test lever held lifted. */
  readonly reliefOpen: boolean;
  readonly estopDown: boolean;
  readonly setpointC: number;
  readonly cureMin: number;
  /** From the pressure switch (process signals): gauge above zero. */
  readonly pressurised: boolean;
  /** Steam has been in the tank since it was last cool: the rack and the door are hot. */
  readonly hot: boolean;
  readonly condensate: boolean;
  readonly cartIn: boolean;
  readonly gloves: boolean;
  readonly cure: CureLevel;
  readonly cureTimerDone: boolean;
  readonly safetyLifted: boolean;
  readonly result: BatchResult | null;
  /** Batches loaded so far (the process starts a fresh dose when it changes); good batches out. */
  readonly batch: number;
  readonly goodBatches: number;
  readonly sealLeak: boolean;
  readonly ventStuck: boolean;
  readonly checks: { readonly safetyValve: boolean; readonly doorSeal: boolean };
}

export const RESULT_OF: Readonly<Record<CureLevel, BatchResult>> = { none: 'raw', partial: 'tacky', good: 'good', over: 'oxidised' };
