/**
 * Where the skiver's parts sit, in model millimetres (machine-shapes.md §0 frame: origin on the
 * floor at the table's front centre, x right, y up, z toward the seated operator). Values are the
 * shapes brief's [I] placeholders (§2), adjusted so the parts meet: the knife's inner rim bottom
 * lies on the top of a 2 mm leather on the feed roller.
 */
export const TABLE = { x: [-500, 500], y: [745, 780], z: [-500, 0] } as const;
export const TOP_Y = TABLE.y[1];

/** Bell knife: cup Ø40, 25 deep, axis along z, the mouth facing the operator. */
export const KNIFE = { x: -150, y: 903, r: 20, depth: 25, mouthZ: -32 } as const;
/** Top of the feed roller and the work plate: the underside of the leather. */
export const WORK_Y = 882;
export const ROLLER = { x: KNIFE.x, r: 12.5, z: [-55, -35] } as const;
/** Leather thickness modelled (the look's substance scales the piece in y). */
export const LEATHER_MM = 2;
/** Nominal skive width: the modelled guide position and edge of the piece. */
export const NOMINAL_WIDTH_MM = 10;
/** The skived edge of the piece at rest: the nominal width inside the knife mouth. */
export const EDGE_Z = KNIFE.mouthZ - NOMINAL_WIDTH_MM;
/** Modelled piece length (the view scales it to the look's pieceLengthMm). */
export const PIECE_LENGTH_MM = 220;

/** Head: a box with no arm; its left part is a brow over the open cutting point. */
export const HEAD = { x: [-260, 160], y: [TOP_Y, 1110], z: [-300, -20], browY: 960, splitX: -60 } as const;
export const PRESSER_BAR = { x: -178, z: -10 } as const;
