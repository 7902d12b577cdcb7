/**
 * Clicking press swing arm (machine-shapes.md §1, parts 5–8).
 *
 * ArmPivot sits on the column axis (x 0, z -680) at the column top (y 1050): rotating it about y
 * swings everything the operator pushes. ArmStroke (same origin) carries the head, neck, plate,
 * handles, buttons and depth handwheel; translating it -60 mm in y brings the plate underside from
 * 940 onto the die top at 880. At rest the plate is centred over the board ("over the die").
 */
import { CLICKING_PRESS_NODES as N } from '../../nodes.ts';
import type { ClickingPressGroup } from '../palette.ts';
import { extrude, lathe, polygonShape, roundedRect } from '../../../../../tools/models/lib/shapes.ts';
import { spokedWheel } from '../../../../../tools/models/lib/parts/handwheels.ts';
import { warningSticker } from '../../../../../tools/models/lib/parts/fittings.ts';

export const COLUMN_Z = -680;
export const PIVOT_Y = 1050;
const PLATE_BOTTOM = 940;
const PLATE_TOP = 1015;
const HANDLE_X = 320;
const HANDLE_Z = -110;
const HANDLE_TOP = 1175;

export function buildArm(root: ClickingPressGroup): void {
  const pivot = root.group(N.armPivot, [0, PIVOT_Y, COLUMN_Z]);
  const arm = pivot.group(N.armStroke, [0, PIVOT_Y, COLUMN_Z]);
  const b = arm.builder;

  // Hub skirt: a sleeve round the column top, so the column stays hidden through the stroke.
  arm.cyl('PaintIvory', 128, 85, [0, 1002, COLUMN_Z], 'y', 24);
  // Cast head 340 × 260 × 360 with rounded edges.
  arm.add('PaintIvory', b.cached('head', () => extrude(roundedRect(340, 260, 40), 360)), [0, 1170, -860]);
  arm.cyl('SteelMachined', 62, 10, [0, 1305, COLUMN_Z], 'y', 20);
  warningSticker(arm, [-78, 1215, -500], 62);
  warningSticker(arm, [78, 1215, -500], 62);
  // Neck joining head and plate, with two gussets along the plate top (the cantilever look).
  arm.span('PaintIvory', [-150, 150], [990, 1120], [-575, -480]);
  const rib = b.cached('rib', () => extrude(polygonShape([[0, 0], [0, 100], [-150, 0]]), 22));
  for (const x of [-121, 99]) arm.add('PaintIvory', rib, [x, PLATE_TOP, -480], [0, 90, 0]);

  // Pressing plate 950 × 75 × 480 at z -520…-40; machined steel underside.
  const plate = arm.group(N.pressPlate, [0, PLATE_BOTTOM, -280]);
  plate.add('PaintIvory', b.cached('plate', () => extrude(roundedRect(950, 480, 35), PLATE_TOP - PLATE_BOTTOM - 3)), [0, PLATE_BOTTOM + 3, -280], [-90, 0, 0]);
  plate.add('SteelMachined', b.cached('plateFace', () => extrude(roundedRect(944, 474, 33), 3)), [0, PLATE_BOTTOM, -280], [-90, 0, 0]);
  hazardStripe(plate, -40, (PLATE_BOTTOM + PLATE_TOP) / 2);

  // Two upright handles near the front of the plate, each with a button cap on top.
  for (const side of [-1, 1]) {
    const x = side * HANDLE_X;
    arm.cyl('BlackBakelite', 26, 10, [x, PLATE_TOP + 5, HANDLE_Z], 'y', 16);
    arm.cyl('BlackBakelite', 17.5, HANDLE_TOP - PLATE_TOP - 18, [x, (PLATE_TOP + HANDLE_TOP - 18) / 2, HANDLE_Z], 'y', 16);
    arm.cyl('BlackBakelite', 23, 20, [x, HANDLE_TOP - 10, HANDLE_Z], 'y', 16, 21);
    arm.cyl('Chrome', 17, 4, [x, HANDLE_TOP + 1, HANDLE_Z], 'y', 16);
    const button = arm.group(side < 0 ? N.buttonLeft : N.buttonRight, [x, HANDLE_TOP + 3, HANDLE_Z]);
    const cap = b.cached('thumbCap', () => lathe([[0, 0], [13, 0], [13, 8], [11, 12], [6, 14], [0, 14.5]], 16));
    button.add('SignalGreen', cap, button.local(0, 0, 0));
  }

  // Depth (bottom-stop) handwheel on a threaded spindle above the head; origin at its hub.
  arm.cyl('SteelBright', 14, 45, [0, 1330, COLUMN_Z], 'y', 12);
  arm.cyl('Aluminium', 30, 12, [0, 1316, COLUMN_Z], 'y', 20);
  const wheel = arm.group(N.depthHandwheel, [0, 1352, COLUMN_Z]);
  spokedWheel(wheel, 300);
}

/** Yellow/black hazard band across the plate's front edge (a common cue on clicker beams). */
function hazardStripe(plate: ClickingPressGroup, frontZ: number, y: number): void {
  plate.box('SafetyYellow', [860, 40, 1], [0, y, frontZ + 0.5]);
  const slash = plate.builder.cached('slash', () => extrude(polygonShape([[-20, -20], [0, -20], [20, 20], [0, 20]]), 1));
  for (let i = 0; i < 14; i++) plate.add('SafetyBlack', slash, [-395 + i * 60, y, frontZ + 0.6]);
}
