import { DEPTH_START_MAX_NOTCH, PRESSURE_DEFAULT_T } from '../constants.ts';
import type { ClickingPressContext } from './types.ts';

/** The press at the start of a shift: off, nothing on the board, the hide as the last cutter left it. */
export const initialContext = (): ClickingPressContext => ({
  mainOn: false,
  held: { buttonLeft: false, buttonRight: false },
  mode: 'twoHand',
  // The handwheel is left at the shallow start mark at the end of a shift [I].
  depthNotch: DEPTH_START_MAX_NOTCH,
  pressureT: PRESSURE_DEFAULT_T,
  die: null,
  material: null,
  lastCut: null,
  blockedBy: null,
  boardSpotWorn: false,
  oilLow: false,
  checks: { floorMark: false, oilSightGlass: false, board: false, dieRack: false },
  finding: null,
  tests: { singleRefused: false, apartRefused: false, strokeHeld: false, estop: false },
  trial: null,
  trialCutClean: false,
  overDeep: false,
  keyIn: false,
  dieBent: false,
  oilReported: false,
  boardCleaned: false,
  hide: { grainUp: false, place: 'defect' },
  partFlaw: null,
  goodParts: 0,
  wastedParts: 0,
  boardDamage: 0,
});
