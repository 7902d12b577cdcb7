/**
 * The work and the things at hand: a lasted shoe held bottom-toward the right wheel (its node
 * origin inside the upper: pressure moves it along -z onto the wheel), with the lasting
 * margin round the sole seat and the roughed band along it (RoughedBand, scaled in y by the share
 * done, from the toe down); the protective equipment on a rail under the left ledge; a dust brush on the
 * left ledge.
 */
import type { RoughingGroup } from '../palette.ts';
import { ROUGHING_NODES as N } from '../../nodes.ts';
import { CONTACT, LEDGE, SHOE, SHOE_STANDOFF_MM, WHEEL } from '../layout.ts';
import { lathe, torus } from '../../../../../tools/models/lib/shapes.ts';

/** A half-ellipsoid dome along +z (the upper rising from the sole seat toward the operator). */
const DOME: readonly (readonly [number, number])[] = [[0.01, 0], [1, 0], [0.98, 0.2], [0.9, 0.45], [0.7, 0.75], [0.4, 0.95], [0.01, 1]];

export function buildWork(root: RoughingGroup): void {
  const toe: [number, number, number] = [CONTACT.x, CONTACT.y + 40, CONTACT.z + SHOE_STANDOFF_MM];
  // Held toe up, the sole seat toward the wheel (-z), the upper toward the operator. The node's
  // origin is inside the upper, so a hand (a pointer) aimed at it lands on the shoe.
  const cy = toe[1] - SHOE.length / 2 + 30;
  const seat = toe[2] + 6;
  const shoe = root.group(N.shoe, [toe[0], cy, seat + SHOE.height / 2]);
  const dome = root.builder.cached('shoeDome', () => lathe(DOME, 20));
  // Upper: a dome (lathe axis y, turned onto +z) scaled to width (x), height (z) and length (y).
  shoe.add('ShoeUpper', dome, [toe[0], cy, seat], [90, 0, 0], [SHOE.width / 2, SHOE.height, SHOE.length / 2]);
  // Sole seat with the lasting margin round it, facing the wheel.
  shoe.add('LastingMargin', root.builder.cached('seat', () => lathe([[0.01, 0], [1, 0], [1, 1], [0.01, 1]], 20)), [toe[0], cy, seat - 6], [90, 0, 0], [SHOE.width / 2, 6, SHOE.length / 2]);
  // The last's thimble and the wooden last showing at the heel (below).
  shoe.cyl('LastWood', 22, 60, [toe[0], cy - SHOE.length / 2 + 40, seat + SHOE.height - 10], 'z', 12);
  shoe.cyl('SteelBright', 6, 12, [toe[0], cy - SHOE.length / 2 + 40, seat + SHOE.height + 26], 'z', 8);
  // Roughed band along both edges of the margin, from the toe (the node origin) down toward the heel.
  const band = root.group(N.band, [toe[0], toe[1], seat - 7]);
  const along: [number, number] = [toe[1] - SHOE.length + 50, toe[1]];
  band.span('RoughedSuede', [toe[0] + SHOE.width / 2 - 16, toe[0] + SHOE.width / 2 - 4], along, [seat - 8, seat - 6]);
  band.span('RoughedSuede', [toe[0] - SHOE.width / 2 + 4, toe[0] - SHOE.width / 2 + 16], along, [seat - 8, seat - 6]);

  // A rail under the front of the left ledge, in the operator's sight, with the protective equipment.
  const y = LEDGE.y[0] - 40;
  const z = LEDGE.z[1] + 25;
  const hook = root.group(N.ppeHook, [-380, y, z]);
  hook.span('PaintDarkGrey', [-540, -230], [y + 30, y + 38], [LEDGE.z[1], z + 10]);
  // Origins on a solid part (a cup, a lens): a click at the origin must land on the item, not through it.
  const muffs = root.group(N.earMuffs, [-435, y - 30, z]);
  muffs.add('PpeYellow', root.builder.cached('muffBand', () => torus(45, 6, 6, 16)), [-480, y, z]);
  for (const dx of [-45, 45]) muffs.cyl('PpeYellow', 24, 26, [-480 + dx, y - 30, z], 'x', 14);
  const glasses = root.group(N.safetyGlasses, [-399, y - 10, z + 4]);
  for (const dx of [-24, 24]) glasses.box('PpeLens', [42, 30, 4], [-375 + dx, y - 10, z + 4]);
  glasses.box('BlackBakelite', [100, 6, 6], [-375, y + 8, z + 4]);
  const mask = root.group(N.dustMask, [-285, y - 20, z]);
  mask.add('MaskWhite', root.builder.cached('maskDome', () => lathe([[0.01, 0], [40, 0], [36, 18], [22, 32], [0.01, 38]], 14)), [-285, y - 20, z], [90, 0, 0]);
  mask.box('PpeYellow', [90, 4, 2], [-285, y + 15, z]);

  // Dust brush on the left ledge.
  const brush = root.group(N.brush, [-WHEEL.x, LEDGE.y[1], -80]);
  brush.box('LastWood', [160, 18, 40], [-WHEEL.x, LEDGE.y[1] + 25, -80]);
  brush.box('BrushBristle', [150, 16, 36], [-WHEEL.x, LEDGE.y[1] + 8, -80]);
}
