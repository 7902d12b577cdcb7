/**
 * The work and the bench kit: the shoe upper on the post with its marked L line (first leg toward
 * the operator, the corner, the second leg to the right as modelled), the straight test scrap in
 * the same place (the view shows one of the two), the thread stand with its cones, the bobbin
 * winder, the oil can, the lint brush, the needle case, the work light and the e-stop.
 */
import type { SewingGroup } from '../palette.ts';
import { extrude, polygonShape } from '../../../../../tools/models/lib/shapes.ts';
import { SEWING_NODES as N } from '../../nodes.ts';
import { TEST_LEGS_MM, UPPER_LEGS_MM } from '../../constants.ts';
import { ARM, LEATHER_MM, TOP_Y, WORK } from '../layout.ts';
import { eStop, polyRod, rod } from '../../../../../tools/models/lib/parts/benchFittings.ts';

/** Piece frame → model: piece x (along the first leg) is model +z, piece y is model +x (see nodes.ts). */
const at = (px: number, py: number, up = 0): [number, number, number] => [WORK.x + py, WORK.y + up, WORK.z + px];

export function buildWork(root: SewingGroup): void {
  const [a, b] = UPPER_LEGS_MM;
  const upper = root.group(N.upper, [WORK.x, WORK.y, WORK.z]);
  // A vamp-like outline around the L (xy outline rotated +90° about x: its y onto +z).
  const outline = polygonShape([[-30, -12], [55, -12], [60, a + 15], [30, a + 30], [-12, a + 18], [-25, a * 0.5]]);
  upper.add('UpperLeather', root.builder.cached('upperPiece', () => extrude(outline, LEATHER_MM, { curveSegments: 2 })), [WORK.x, WORK.y + LEATHER_MM, WORK.z], [90, 0, 0]);
  upper.box('ChalkLine', [0.8, 0.3, a], at(a / 2, 0, LEATHER_MM + 0.15));
  upper.box('ChalkLine', [b, 0.3, 0.8], at(a, b / 2, LEATHER_MM + 0.15));
  const scrap = root.group(N.scrap, [WORK.x, WORK.y, WORK.z]);
  const t = TEST_LEGS_MM[0];
  scrap.box('ScrapLeather', [40, LEATHER_MM, t + 30], at(t / 2, 0, LEATHER_MM / 2));
  scrap.box('ChalkLine', [0.8, 0.3, t], at(t / 2, 0, LEATHER_MM + 0.15));
  buildBench(root);
}

function buildBench(root: SewingGroup): void {
  // Thread stand at the back right: rod, guide bar, two cones.
  const stand = root.group(N.threadStand, [650, TOP_Y, -500]);
  stand.cyl('Chrome', 6, 940, [650, TOP_Y + 470, -500], 'y', 10);
  stand.box('Chrome', [220, 6, 6], [650, 1700, -500]);
  stand.span('PaintDarkGrey', [560, 740], [TOP_Y, TOP_Y + 8], [-540, -460]);
  const cone = root.group(N.threadCone, [600, TOP_Y + 8, -500]);
  cone.cyl('ThreadRed', 30, 150, [600, TOP_Y + 83, -500], 'y', 16, 14);
  cone.cyl('ThreadBeige', 30, 150, [700, TOP_Y + 83, -500], 'y', 16, 14);
  polyRod(root.group('ThreadPath', [600, 1700, -500]), 'ThreadBeige', [[600, 1700, -500], [250, 1295, -230], [150, 1292, -220]], 0.6, 4);
  // Bobbin winder on the table top right.
  const winder = root.group(N.bobbinWinder, [480, TOP_Y, -200]);
  winder.span('PaintHeadGrey', [460, 500], [TOP_Y, TOP_Y + 30], [-220, -180]);
  winder.cyl('SteelBright', 9, 8, [480, TOP_Y + 36, -200], 'y', 12);
  // Oil can, lint brush and needle case on the table, left.
  const oil = root.group(N.oilCan, [-300, TOP_Y, -120]);
  oil.cyl('SignalRed', 25, 50, [-300, TOP_Y + 25, -120], 'y', 14);
  rod(oil, 'SteelBright', [-300, TOP_Y + 50, -120], [-270, TOP_Y + 110, -90], 3);
  const brush = root.group(N.lintBrush, [-220, TOP_Y, -80]);
  brush.box('SignalYellow', [90, 10, 14], [-220, TOP_Y + 5, -80]);
  brush.box('BlackBakelite', [30, 12, 16], [-160, TOP_Y + 8, -80]);
  const needles = root.group(N.needleCase, [-140, TOP_Y, -60]);
  needles.box('SignalBlue', [50, 8, 30], [-140, TOP_Y + 4, -60]);
  // Work light under the arm, and the e-stop on the table front right.
  const light = root.group(N.workLight, [120, ARM.y[0], -220]);
  light.box('BlackBakelite', [80, 10, 30], [120, ARM.y[0] - 5, -220]);
  light.box('WorkLightLens', [70, 1, 24], [120, ARM.y[0] - 10.5, -220]);
  const estopBase = root.group('EstopBox', [640, TOP_Y, -40]);
  estopBase.span('SignalYellow', [610, 670], [TOP_Y, TOP_Y + 40], [-70, -40]);
  eStop(estopBase, N.estop, [640, TOP_Y + 20, -40]);
}
