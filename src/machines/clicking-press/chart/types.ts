import type { DieId, DiePlace, Material, PartFlaw } from '../constants.ts';
import type { CutOutcome } from '../cutQuality.ts';

// The clicking press chart's vocabulary: what it keeps in context (settings, what lies on the
// board, checks and tests, faults and counters).

export type HandButton = 'buttonLeft' | 'buttonRight';
export type InspectPoint = 'floorMark' | 'oilSightGlass' | 'board' | 'dieRack';

export interface ClickingPressContext {
  mainOn: boolean;
  held: Record<HandButton, boolean>;
  mode: 'twoHand' | 'oneHand';
  depthNotch: number;
  pressureT: number;
  die: DieId | null;
  material: Material | null;
  lastCut: CutOutcome | null;
  /** Why the last two-hand attempt was refused (shown to the artisan). */
  blockedBy: 'notTogether' | 'armAside' | null;
  boardSpotWorn: boolean;
  oilLow: boolean;
  /** Pre-operation inspections done with a good result. */
  checks: Record<InspectPoint, boolean>;
  /** What the last inspection found wrong (shown to the artisan), or null. */
  finding: 'boardGrooved' | 'dieBent' | 'oilLow' | null;
  /** Functional tests of the pre-operation checklist. */
  tests: { singleRefused: boolean; apartRefused: boolean; strokeHeld: boolean; estop: boolean };
  /** The last trial stroke on scrap: at which notch, with what result (the depth is found this way). */
  trial: { notch: number; outcome: CutOutcome } | null;
  /** A clean trial cut at the shallowest notch that cuts through (deeper wears the board). */
  trialCutClean: boolean;
  /** The last cut was clean but deeper than needed: the die marked the board. */
  overDeep: boolean;
  /** The mode selector's key is in the selector (it belongs to the set-up mechanic). */
  keyIn: boolean;
  /** The ticket's die in the rack has a bent edge (a fault); the spare is fetched with swapDie. */
  dieBent: boolean;
  /** Low oil reported to the mechanic with the machine locked out. */
  oilReported: boolean;
  /** The board cleaned (and its wear reported) at shutdown. */
  boardCleaned: boolean;
  /**
   * How the production hide lies: it comes off the stack flesh side up, and the die sits where the
   * last cutter left it, on a chalk-marked defect [I]; the cutter turns it grain up and places the die.
   */
  hide: { grainUp: boolean; place: DiePlace };
  /** The flaw of the last part cut from the hide (shown on the part), or null. */
  partFlaw: PartFlaw | null;
  goodParts: number;
  wastedParts: number;
  boardDamage: number;
}

