/**
 * Motor and through-spindle (machine-shapes.md §8 parts 4, 5): the blue motor in the centre bay,
 * the spindle with a steel-wire roughing wheel at each end and threaded nuts, and a hood over the
 * top and rear of each wheel, open to the front where the shoe goes. The Spindle node (shaft,
 * wheels, nuts) spins about x; dark tufts on the wire make the rotation visible.
 */
import type { RoughingGroup } from '../palette.ts';
import { ROUGHING_NODES as N } from '../../nodes.ts';
import { AXIS, MOTOR, SPINDLE, WHEEL } from '../layout.ts';

const HOOD_R = 88;
/** Hood plates round the wheel, degrees from the front (+z) up over the top to the rear. */
const HOOD_ANGLES = [55, 80, 105, 130, 155, 180, 205];
const TUFTS = 8;

export function buildSpindle(root: RoughingGroup): void {
  const motor = root.group(N.motor, [0, AXIS.y, AXIS.z]);
  motor.cyl('RoyalBlue', MOTOR.r, MOTOR.length, [0, AXIS.y, AXIS.z], 'x', 20);
  for (const x of [-MOTOR.length / 2, MOTOR.length / 2]) motor.cyl('PaintDarkGrey', MOTOR.r - 8, 16, [x, AXIS.y, AXIS.z], 'x', 20);
  for (let i = 0; i < 7; i++) motor.box('RoyalBlue', [MOTOR.length - 40, 8, 8], [0, AXIS.y + (MOTOR.r + 2) * Math.cos((i - 3) * 0.35), AXIS.z + (MOTOR.r + 2) * Math.sin((i - 3) * 0.35)], [((i - 3) * 0.35 * 180) / Math.PI, 0, 0]);
  motor.span('PaintDarkGrey', [-110, 110], [AXIS.y - MOTOR.r - 60, AXIS.y - MOTOR.r + 10], [AXIS.z - 70, AXIS.z + 70]);
  motor.box('LabelWhite', [80, 30, 1], [0, AXIS.y + 30, AXIS.z + MOTOR.r + 1]);
  // Bearing housings where the spindle leaves the bay.
  for (const x of [-185, 185]) motor.cyl('PaintDarkGrey', 30, 40, [x, AXIS.y, AXIS.z], 'x', 14);

  const spindle = root.group(N.spindle, [0, AXIS.y, AXIS.z]);
  spindle.cyl('SteelBright', SPINDLE.r, SPINDLE.x * 2, [0, AXIS.y, AXIS.z], 'x', 12);
  for (const side of [-1, 1] as const) {
    const cx = side * WHEEL.x;
    spindle.cyl('WireBrush', WHEEL.r, WHEEL.width, [cx, AXIS.y, AXIS.z], 'x', 24);
    spindle.cyl('SteelMachined', 28, WHEEL.width + 10, [cx, AXIS.y, AXIS.z], 'x', 14);
    spindle.cyl('SteelBright', 20, 14, [side * (WHEEL.x + WHEEL.width / 2 + 12), AXIS.y, AXIS.z], 'x', 6);
    for (let i = 0; i < TUFTS; i++) {
      const a = (i * 2 * Math.PI) / TUFTS;
      spindle.box('PaintDarkGrey', [WHEEL.width + 2, 14, 6], [cx, AXIS.y + (WHEEL.r - 2) * Math.sin(a), AXIS.z + (WHEEL.r - 2) * Math.cos(a)], [90 - (a * 180) / Math.PI, 0, 0]);
    }
  }

  // Hoods: plates tangent to a circle round each wheel, from the front-top over to the rear.
  for (const side of [-1, 1] as const) {
    const cx = side * WHEEL.x;
    for (const deg of HOOD_ANGLES) {
      const a = (deg * Math.PI) / 180;
      motor.box('BoothGrey', [WHEEL.width + 40, 6, 42], [cx, AXIS.y + HOOD_R * Math.sin(a), AXIS.z + HOOD_R * Math.cos(a)], [90 - deg, 0, 0]);
    }
    for (const dx of [-1, 1]) motor.span('BoothGrey', [cx + dx * (WHEEL.width / 2 + 20) - 3, cx + dx * (WHEEL.width / 2 + 20) + 3], [AXIS.y - 40, AXIS.y + HOOD_R + 3], [AXIS.z - HOOD_R - 3, AXIS.z + 45]);
  }
}
