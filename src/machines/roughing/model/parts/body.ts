/**
 * The fixed body (machine-shapes.md §8 parts 1–3, 6): base cabinet with royal-blue doors and
 * plinth, work ledges in front of each bay, the booth with its open front, curved side wings and
 * overhanging roof, a centre bay round the motor, and a perforated blue suction grille behind each
 * wheel with its duct down to the fan in the cabinet.
 */
import type { RoughingGroup } from '../palette.ts';
import { ROUGHING_NODES as N } from '../../nodes.ts';
import { BOOTH, CABINET, GRILLE, LEDGE, WHEEL } from '../layout.ts';

const WALL = 20;

export function buildBody(root: RoughingGroup): void {
  const cab = root.group(N.cabinet, [0, 0, -370]);
  cab.span('BoothGrey', CABINET.x, CABINET.y, CABINET.z);
  // Plinth and feet.
  cab.span('PaintDarkGrey', [CABINET.x[0] + 20, CABINET.x[1] - 20], [0, CABINET.y[0]], [CABINET.z[0] + 20, CABINET.z[1] - 20]);
  // Two accent doors with handles, a louvre over the fan.
  for (const [x0, x1] of [[-480, -10], [10, 480]] as const) {
    cab.span('RoyalBlue', [x0, x1], [70, 490], [CABINET.z[1], CABINET.z[1] + 4]);
    cab.box('Chrome', [12, 80, 10], [x0 > 0 ? x0 + 30 : x1 - 30, 300, CABINET.z[1] + 9]);
  }
  for (let i = 0; i < 5; i++) cab.box('PaintDarkGrey', [200, 6, 2], [250, 420 + i * 14, CABINET.z[1] + 5]);

  const booth = root.group(N.booth, [0, BOOTH.y[0], -350]);
  // Back wall, roof with an overhang, floor of the booth.
  booth.span('BoothGrey', BOOTH.x, BOOTH.y, [BOOTH.z[0], BOOTH.z[0] + WALL]);
  booth.span('BoothGrey', [BOOTH.x[0] - 15, BOOTH.x[1] + 15], [BOOTH.y[1] - 20, BOOTH.y[1]], [BOOTH.z[0] - 10, BOOTH.z[1] + 30]);
  booth.span('BoothGrey', BOOTH.x, [BOOTH.y[0] - 50, BOOTH.y[0]], [BOOTH.z[0], -100]);
  // Curved side wings: the rear straight, the front turning outward, like the booth's sheet metal.
  for (const side of [-1, 1] as const) {
    const x = side * (BOOTH.x[1] - WALL / 2);
    const h = BOOTH.y[1] - BOOTH.y[0];
    booth.span('BoothGrey', [x - WALL / 2, x + WALL / 2], BOOTH.y, [BOOTH.z[0], -250]);
    // The wing's front flares outward (rotation about y turns +z toward +x for a positive angle).
    booth.box('BoothGrey', [WALL, h, 150], [x + side * 30, (BOOTH.y[0] + BOOTH.y[1]) / 2, -182], [0, side * 25, 0]);
  }
  // Centre bay round the motor: two partitions, its hood above the motor.
  for (const x of [-180, 180]) booth.span('BoothGrey', [x - 8, x + 8], BOOTH.y, [BOOTH.z[0] + WALL, -300]);
  booth.span('BoothGrey', [-188, 188], [1010, 1030], [BOOTH.z[0] + WALL, -260]);

  // Ledges in front of each bay: a tray shelf and a lip.
  const ledge = root.group(N.ledge, [0, LEDGE.y[0], -75]);
  for (const side of [-1, 1] as const) {
    const cx = side * WHEEL.x;
    ledge.span('SteelMachined', [cx - LEDGE.width / 2, cx + LEDGE.width / 2], LEDGE.y, [-330, LEDGE.z[1]]);
    ledge.span('SteelMachined', [cx - LEDGE.width / 2, cx + LEDGE.width / 2], [LEDGE.y[1], LEDGE.y[1] + 25], [LEDGE.z[1] - 4, LEDGE.z[1]]);
  }

  // Suction grilles: blue perforated plates behind the wheels, their ducts down to the fan.
  const grilles = root.group(N.grilles, [0, GRILLE.y[0], GRILLE.z]);
  for (const side of [-1, 1] as const) {
    const cx = side * WHEEL.x;
    grilles.span('RoyalBlue', [cx - GRILLE.w / 2, cx + GRILLE.w / 2], [GRILLE.y[0], GRILLE.y[1]], [GRILLE.z - 8, GRILLE.z]);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) grilles.box('GrilleHoles', [18, 18, 2], [cx - 80 + i * 40, GRILLE.y[0] + 20 + j * 40, GRILLE.z + 1]);
    grilles.span('RoyalBlue', [cx - 70, cx + 70], [CABINET.y[1], GRILLE.y[0]], [GRILLE.z - 40, GRILLE.z - 8]);
  }
}
