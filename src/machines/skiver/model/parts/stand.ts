/**
 * Sewing-type table on a tube stand (machine-shapes.md §2 parts 1, 2, 12, 13): melamine top with an
 * aluminium edge, four square legs with rails, the motor hung under the top on the right with its
 * switch and pilot lamp, and the treadle under the operator linked to the motor by a rod.
 */
import type { SkiverGroup } from '../palette.ts';
import { SKIVER_NODES as N } from '../../nodes.ts';
import { TABLE } from '../layout.ts';
import { pilotLamp, rocker, rod } from '../../../../../tools/models/lib/parts/benchFittings.ts';

const LEG = 40;
const LEG_X = [-465, 465] as const;
const LEG_Z = [-465, -35] as const;
const RAIL_Y = 160;
/** Treadle hinge at its rear edge, and the plate's rest tilt (front up). */
const TREADLE_HINGE: readonly [number, number, number] = [40, 70, -260];
const TREADLE_TILT_DEG = 16;
const TREADLE_DEPTH = 190;

export function buildStand(root: SkiverGroup): void {
  const table = root.group(N.table, [0, TABLE.y[0], -250]);
  table.span('MelamineWhite', TABLE.x, [TABLE.y[0] + 2, TABLE.y[1]], [TABLE.z[0] + 2, TABLE.z[1] - 2]);
  // Aluminium edge band all round, thicker at the front where the arms rest.
  table.span('Aluminium', TABLE.x, TABLE.y, [TABLE.z[1] - 2, TABLE.z[1]]);
  table.span('Aluminium', TABLE.x, TABLE.y, [TABLE.z[0], TABLE.z[0] + 2]);
  for (const x of TABLE.x) table.span('Aluminium', [x - 1, x + 1], TABLE.y, [TABLE.z[0], TABLE.z[1]]);
  // Drawer under the left of the top.
  table.span('PaintLightGrey', [-450, -60], [620, TABLE.y[0]], [-420, -30]);
  table.span('PaintDarkGrey', [-445, -65], [625, 740], [-30, -28]);
  table.box('Chrome', [70, 8, 10], [-255, 680, -23]);

  const stand = root.group(N.stand, [0, 0, -250]);
  for (const x of LEG_X) for (const z of LEG_Z) {
    stand.box('PaintDarkGrey', [LEG, TABLE.y[0] - 10, LEG], [x, (TABLE.y[0] + 10) / 2, z]);
    stand.cyl('RubberBlack', 26, 10, [x, 5, z], 'y', 10);
  }
  for (const x of LEG_X) {
    stand.span('PaintDarkGrey', [x - 15, x + 15], [RAIL_Y - 15, RAIL_Y + 15], [LEG_Z[0], LEG_Z[1]]);
    stand.span('PaintDarkGrey', [x - 12, x + 12], [700, 740], [LEG_Z[0], LEG_Z[1]]);
  }
  stand.span('PaintDarkGrey', [LEG_X[0], LEG_X[1]], [RAIL_Y - 15, RAIL_Y + 15], [LEG_Z[0] - 12, LEG_Z[0] + 12]);
  stand.span('PaintDarkGrey', [LEG_X[0], LEG_X[1]], [700, 740], [LEG_Z[0] - 10, LEG_Z[0] + 10]);
  // Treadle hinge bracket on the floor and the rod up to the motor's clutch lever.
  stand.span('PaintDarkGrey', [-100, 180], [0, 12], [-300, -240]);
  stand.span('PaintDarkGrey', [LEG_X[0], LEG_X[1]], [0, 12], [-285, -255]);
  for (const x of [-95, 175]) stand.box('PaintDarkGrey', [10, 60, 30], [x, 40, TREADLE_HINGE[2]]);
  rod(stand, 'SteelMachined', [150, 125, -150], [260, 585, -170], 5);

  buildMotor(stand);
  buildTreadle(root);
}

/** Clutch/servo motor (cylinder with end bells) under the top on the right, controls facing the operator. */
function buildMotor(stand: SkiverGroup): void {
  const y = 650, z = -190;
  stand.cyl('PaintDarkGrey', 78, 200, [310, y, z], 'x', 16);
  for (const x of [205, 415]) stand.cyl('PaintLightGrey', 70, 14, [x, y, z], 'x', 16);
  for (let i = 0; i < 5; i++) stand.box('PaintDarkGrey', [150, 4, 164], [310, y - 60 + i * 30, z]);
  stand.cyl('SteelBright', 30, 24, [190, y, z], 'x', 16);
  stand.span('PaintDarkGrey', [230, 390], [728, TABLE.y[0]], [-280, -100]);
  stand.span('PaintDarkGrey', [240, 250], [y + 60, 730], [-200, -180]);
  stand.span('PaintDarkGrey', [370, 380], [y + 60, 730], [-200, -180]);
  // Control box on the motor's front: rocker switch and the green pilot lamp.
  const front = -100;
  stand.span('PaintLightGrey', [250, 400], [600, 720], [front - 30, front]);
  rocker(stand, N.motorSwitch, [290, 660, front]);
  pilotLamp(stand, N.motorLamp, 'LampMotorPilot', [350, 675, front]);
  stand.box('LabelBlack', [44, 10, 1], [350, 640, front + 0.5]);
}

function buildTreadle(root: SkiverGroup): void {
  const treadle = root.group(N.treadle, [...TREADLE_HINGE]);
  const a = (TREADLE_TILT_DEG * Math.PI) / 180;
  const half = TREADLE_DEPTH / 2;
  const c = treadle.local(0, half * Math.sin(a) + 4, half * Math.cos(a));
  treadle.box('PaintDarkGrey', [280, 8, TREADLE_DEPTH], c, [-TREADLE_TILT_DEG, 0, 0]);
  // Ribbed rubber tread on top.
  for (let i = 0; i < 6; i++) {
    const d = 25 + i * 28;
    treadle.box('RubberBlack', [250, 3, 12], treadle.local(0, d * Math.sin(a) + 9, d * Math.cos(a)), [-TREADLE_TILT_DEG, 0, 0]);
  }
  treadle.cyl('SteelMachined', 6, 290, treadle.local(0, 0, 0), 'x', 8);
  treadle.cyl('SteelMachined', 5, 60, treadle.local(110, 30, 120), 'y', 8);
}
