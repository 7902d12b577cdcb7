import {
  CUT_THROUGH_NOTCH,
  DEEP_CUT_MARGIN_NOTCHES,
  DIES,
  WORN_SPOT_EXTRA_NOTCHES,
  type DieId,
} from './constants.ts';

export type CutOutcome = 'clean' | 'incomplete' | 'deep';

export interface CutSettings {
  readonly depthNotch: number;
  readonly pressureT: number;
  readonly die: DieId;
  readonly boardSpotWorn: boolean;
}

/** Whether the press has the force a die needs to cut through at all. */
export const hasForceFor = (pressureT: number, die: DieId): boolean => pressureT >= DIES[die].requiredT;

/** The shallowest notch that cuts through here: the setting the trial cuts are looking for. */
export const neededNotch = (boardSpotWorn: boolean): number => CUT_THROUGH_NOTCH + (boardSpotWorn ? WORN_SPOT_EXTRA_NOTCHES : 0);

/**
 * What one stroke does to the work: the die cuts through only if the bottom stop is low enough
 * and the press has the force the die needs; a stop set too low drives the die into the board.
 */
export function judgeCut(s: CutSettings): CutOutcome {
  const needed = neededNotch(s.boardSpotWorn);
  if (s.depthNotch - needed >= DEEP_CUT_MARGIN_NOTCHES) return 'deep';
  if (!hasForceFor(s.pressureT, s.die)) return 'incomplete';
  if (s.depthNotch < needed) return 'incomplete';
  return 'clean';
}
