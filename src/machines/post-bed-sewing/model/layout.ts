/**
 * Where the post-bed machine's parts sit, in model millimetres (machine-shapes.md §3 and its §0
 * frame: origin on the floor, the needle at x = 0, y up, z toward the seated operator). Values are
 * the shapes brief's [I] placeholders.
 */
export const TABLE = { x: [-450, 750], y: [720, 760], z: [-550, 0] } as const;
export const TOP_Y = TABLE.y[1];
export const BED = { x: [-110, 390], y: [760, 815], z: [-300, -120] } as const;
export const POST = { x: [-25, 25], y: [815, 993], z: [-235, -185] } as const;
/** The needle's work point on the post top; the upper lies on it. */
export const WORK = { x: 0, y: 995, z: -210 } as const;
export const UPRIGHT = { x: [300, 390], y: [815, 1255], z: [-300, -140] } as const;
export const ARM = { x: [0, 390], y: [1155, 1255], z: [-280, -160] } as const;
export const NEEDLE_HEAD = { x: [-60, 60], y: [1015, 1255], z: [-280, -160] } as const;
/** Needle tip at top dead centre (35 mm above the post); the bar's stroke. */
export const NEEDLE_TIP_Y = 1030;
export const NEEDLE_STROKE = 34;
export const HANDWHEEL = { x: 405, y: 1205, z: -220, r: 42 } as const;
export const CONTROL_BOX = { x: [450, 650], y: [590, 720], z: [-350, -220] } as const;
export const PEDAL = { x: [-60, 240], y: [60, 130], z: [-320, -140] } as const;
/** Leather thickness modelled. */
export const LEATHER_MM = 2;
