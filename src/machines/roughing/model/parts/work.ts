/**
 * The work and the things at hand: a lasted shoe held bottom-toward the right wheel (its node
 * origin at the toe's contact point: pressure moves it along -z onto the wheel), with the lasting
 * margin round the sole seat and the roughed band along it (RoughedBand, scaled in y by the share
 * done, from the toe down); the protective equipment on a hook on the right wing; a dust brush on the
 * left ledge.
 */
import type { RoughingGroup } from '../palette.ts';
import { ROUGHING_NODES as N } from '../../nodes.ts';
import { BOOTH, CONTACT, LEDGE, SHOE, SHOE_STANDOFF_MM, WHEEL } from '../layout.ts';
import { lathe, torus } from '../../../../../tools/models/lib/shapes.ts';

/** A half-ellipsoid dome along +z (the upper rising from the sole seat toward the operator). */
const DOME: readonly (readonly [number, number])[] = [[0.01, 0], [1, 0], [0.98, 0.2], [0.9, 0.45], [0.7, 0.75], [0.4, 0.95], [0.01, 1]];

export function buildWork(root: RoughingGroup): void {
  const toe: [number, number, number] = [CONTACT.x, CONTACT.y + 40, CONTACT.z + SHOE_STANDOFF_MM];
  const shoe = root.group(N.shoe, toe);
  // Held toe up, the sole seat toward the wheel (-z), the upper toward the operator.
  const cy = toe[1] - SHOE.length / 2 + 30;
  const seat = toe[2] + 6;
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

  // Hook on the outside of the right wing with the protective equipment.
  const hx = BOOTH.x[1] + 30;
  const hook = root.group(N.ppeHook, [hx, 980, -300]);
  hook.span('PaintDarkGrey', [BOOTH.x[1], hx + 10], [1000, 1010], [-420, -180]);
  const muffs = root.group(N.earMuffs, [hx + 20, 940, -380]);
  muffs.add('PpeYellow', root.builder.cached('muffBand', () => torus(55, 6, 6, 16)), [hx + 20, 955, -380], [0, 90, 0]);
  for (const dz of [-55, 55]) muffs.cyl('PpeYellow', 28, 26, [hx + 20, 910, -380 + dz], 'z', 14);
  const glasses = root.group(N.safetyGlasses, [hx + 20, 960, -300]);
  for (const dz of [-26, 26]) glasses.box('PpeLens', [4, 32, 44], [hx + 22, 960, -300 + dz]);
  glasses.box('BlackBakelite', [6, 6, 110], [hx + 22, 978, -300]);
  const mask = root.group(N.dustMask, [hx + 20, 950, -220]);
  mask.add('MaskWhite', root.builder.cached('maskDome', () => lathe([[0.01, 0], [45, 0], [40, 20], [25, 36], [0.01, 42]], 14)), [hx + 12, 950, -220], [0, 0, -90]);
  mask.box('PpeYellow', [2, 4, 100], [hx + 14, 955, -220]);

  // Dust brush on the left ledge.
  const brush = root.group(N.brush, [-WHEEL.x, LEDGE.y[1], -80]);
  brush.box('LastWood', [160, 18, 40], [-WHEEL.x, LEDGE.y[1] + 25, -80]);
  brush.box('BrushBristle', [150, 16, 36], [-WHEEL.x, LEDGE.y[1] + 8, -80]);
}
