/**
 * Where the roughing machine's parts sit, in model millimetres (machine-shapes.md §8, model
 * [K-G1] 1,050 × 700 × 1,100; frame: origin on the floor at the front centre, x right, y up,
 * z toward the operator). The shapes brief gives the positions; the panel sits a little further
 * forward than its z −420 so that it stands clear of the motor, in reach of the operator.
 */
export const CABINET = { x: [-500, 500], y: [40, 520], z: [-680, -60] } as const;
export const BOOTH = { x: [-525, 525], y: [570, 1100], z: [-700, 0] } as const;
/** Motor Ø180 × 300 and the through-spindle Ø25 at y 900, z −380; wheels Ø120 × 60 at x ±380. */
export const AXIS = { y: 900, z: -380 } as const;
export const MOTOR = { r: 90, length: 300 } as const;
export const SPINDLE = { r: 12.5, x: 430 } as const;
export const WHEEL = { r: 60, width: 60, x: 380 } as const;
/** The wheel's front face, where the shoe's margin meets it (the right bay is the working bay). */
export const CONTACT = { x: WHEEL.x, y: AXIS.y, z: AXIS.z + WHEEL.r } as const;
export const LEDGE = { y: [560, 590], z: [-150, 0], width: 350 } as const;
export const GRILLE = { w: 220, y: [720, 920], z: -650 } as const;
export const PANEL = { w: 300, h: 220, center: [0, 690, -250] as const } as const;
export const BAG = { x: -400, z: -420, r: 150, y: [1100, 1800] } as const;
/** The held shoe: toe at the contact, length along -x from it, the sole seat facing the wheel. */
export const SHOE = { length: 260, width: 95, height: 110 } as const;
/** Pressure moves the held shoe this far onto the wheel at full pressure, mm (the view). */
export const SHOE_STANDOFF_MM = 25;
