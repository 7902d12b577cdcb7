import type { PartFlaw } from '../constants.ts';
import { judgeCut } from '../cutQuality.ts';
import type { ClickingPressContext, InspectPoint } from './types.ts';

/** What an inspection finds wrong at a point, or null when it passes. */
export const findingOf = (c: ClickingPressContext, p: InspectPoint): ClickingPressContext['finding'] =>
  p === 'board' && c.boardSpotWorn ? 'boardGrooved' : p === 'dieRack' && c.dieBent ? 'dieBent' : p === 'oilSightGlass' && c.oilLow ? 'oilLow' : null;

/** Flesh side up spoils the grain; a marked defect or the wrong stretch direction spoils the part. */
export const flawOf = (h: ClickingPressContext['hide']): PartFlaw | null =>
  !h.grainUp ? 'flesh' : h.place === 'defect' ? 'defect' : h.place === 'across' ? 'across' : null;

/** What a stroke would do with the die and material now on the board (null with either missing). */
export const cutSettings = (c: ClickingPressContext) =>
  c.die && c.material
    ? judgeCut({ depthNotch: c.depthNotch, pressureT: c.pressureT, die: c.die, boardSpotWorn: c.boardSpotWorn })
    : null;
