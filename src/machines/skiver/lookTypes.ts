/** The narrow slice of state the skiver's 3D view draws (look.ts computes it): plain values, compared shallowly. */

/** One sample along the skived edge, where the piece has been fed so far. */
export interface SkiveSample {
  /** Distance from the piece's leading end along the edge, mm. */
  readonly atMm: number;
  /** Skive width measured in from the edge, mm. */
  readonly widthMm: number;
  /** Thickness left at the edge, % of the full substance (0 = cut through). */
  readonly remainingPct: number;
  /** Torn fibres instead of a clean cut (blunt knife). */
  readonly ragged: boolean;
}

export interface SkiverLook {
  readonly motorOn: boolean;          // motor switch on (lamp lit)
  readonly knifeSpinning: boolean;    // the knife turns (chart says the head runs)
  readonly guardOpen: boolean;        // knife guard / cover swung open
  readonly footRaised: boolean;       // presser foot lifted by its lever
  readonly widthMm: number;           // width guide setting (8–12 nominal)
  readonly thicknessMm: number;       // thickness-screw setting: substance left, mm
  readonly stoneEngaged: boolean;     // grinding stone against the knife
  readonly extractorOn: boolean;
  readonly extractorFull: boolean;    // bag full of chips
  readonly estopLatched: boolean;
  readonly treadle: number;           // 0…1, pedal travel (from the session's inputs)
  readonly piece: 'none' | 'scrap' | 'part';   // what lies under the foot
  readonly fedMm: number;             // how far along its edge the piece has been fed
  readonly pieceLengthMm: number;
  readonly guideOffsetMm: number;     // the hand: how far the edge is off the guide (+ away)
  readonly substanceMm: number;       // the leather's full thickness
  /** Samples along the edge: skive width and remaining thickness (% of substance) where fed so far. */
  readonly profile: readonly SkiveSample[];
  readonly cutThrough: boolean;
  readonly jammed: boolean;
}
