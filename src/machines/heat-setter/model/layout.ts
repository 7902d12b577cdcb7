/**
 * Shared dimensions of the line model, millimetres (machine-shapes.md §7, compact 4-lane heat
 * setter; the floor-tunnel chiller beyond it). Origin on the floor at the entrance centre, the
 * line running along −z away from the operator.
 */
export const BELT_Y = 880;
export const HALF_W = 525;
/** Heat tunnel box: z −350…−1,850 (1.5 m heated, constants.ts HEAT_TUNNEL_M). */
export const HEAT_Z0 = -350;
export const HEAT_Z1 = -1850;
export const TUNNEL_TOP = 1480;
/** Oven belt: infeed table z 0…+450, outfeed table z −2,200…−2,650. */
export const INFEED_Z = 450;
export const OVEN_END_Z = -2650;
export const OUTFEED_Z0 = -2200;
/** Chiller tunnel: z −2,850…−5,350 (2.5 m, CHILL_TUNNEL_M), taller for its insulation. */
export const CHILL_Z0 = -2850;
export const CHILL_Z1 = -5350;
export const CHILL_TOP = 1560;
/** Chiller belt runs from its loading lip to the delasting table at the far end. */
export const CHILL_BELT_Z0 = -2700;
export const DELAST_Z0 = -5450;
export const DELAST_Z1 = -6100;
/** The refrigeration cabinet stands at the right of the line by the chiller's entrance, panel facing the operator. */
export const CAB_X0 = 700;
export const CAB_X1 = 1300;
export const CAB_FRONT_Z = -2700;
export const CAB_BACK_Z = -3400;
/** Control box on the entrance face, upper right. */
export const BOX_FRONT_Z = -100;

/** Where a shoe stands on the line for the view: z of each zone's start and end, mm. */
export const SHOE_Z = {
  heat: [150, HEAT_Z1 - 100],
  exit: OUTFEED_Z0 - 220,
  chill: [CHILL_Z0 + 100, CHILL_Z1 - 80],
  out: DELAST_Z0 - 300,
} as const;
