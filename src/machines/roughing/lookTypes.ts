/** The narrow slice of state the roughing machine's views draw (look.ts computes it): plain values, compared shallowly. */
export interface RoughingLook {
  readonly spindleRunning: boolean;
  /** +1 forward (ROUGHING_DIRECTION), −1 reversed. */
  readonly direction: 1 | -1;
  readonly speedRpm: number;
  readonly extractionOn: boolean;
  readonly bagFull: boolean;
  readonly estopLatched: boolean;
  readonly stoneOn: boolean;
  readonly shoeHeld: boolean;
  /** 0…1 hand pressure and the path offset (from the session's inputs: what the hand does now). */
  readonly pressure: number;
  readonly pathOffsetMm: number;
  /** Share of the margin roughed so far, 0…1. */
  readonly roughed: number;
  readonly burnt: boolean;
  readonly intoUpper: boolean;
  readonly earMuffs: boolean;
  readonly safetyGlasses: boolean;
  readonly dustMask: boolean;
  readonly dustOnLedge: boolean;
}
