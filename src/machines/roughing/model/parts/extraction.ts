/**
 * The dust bag and the lamps (machine-shapes.md §8 parts 8, 9): a white cloth sock on the roof at
 * the left (its node origin at its foot, so the view can inflate it while the fan runs) on a
 * collar, and two gooseneck lamps rising from the roof and arching over each bay.
 */
import type { RoughingGroup } from '../palette.ts';
import { ROUGHING_NODES as N } from '../../nodes.ts';
import { BAG, BOOTH, WHEEL } from '../layout.ts';
import { lathe } from '../../../../../tools/models/lib/shapes.ts';
import { polyRod } from '../../../../../tools/models/lib/parts/benchFittings.ts';

/** The sock from its foot up (radius, height). */
const SOCK: readonly (readonly [number, number])[] = [[0.01, 0], [BAG.r * 0.8, 0], [BAG.r, 60], [BAG.r * 0.97, 400], [BAG.r * 0.85, 620], [BAG.r * 0.5, 690], [0.01, 700]];

export function buildExtraction(root: RoughingGroup): void {
  const lamps = root.group(N.lamps, [0, BOOTH.y[1], -300]);
  // Collar and strap of the bag.
  lamps.cyl('SteelMachined', BAG.r * 0.85, 40, [BAG.x, BAG.y[0] + 20, BAG.z], 'y', 20);
  for (const side of [-1, 1] as const) {
    const x = side * WHEEL.x;
    lamps.cyl('PaintDarkGrey', 22, 20, [x, BOOTH.y[1] + 10, -120], 'y', 10);
    polyRod(lamps, 'PaintDarkGrey', [
      [x, BOOTH.y[1] + 20, -120],
      [x, 1280, -110],
      [x, 1350, -60],
      [x, 1330, 20],
    ], 7, 8);
    lamps.cyl('PaintDarkGrey', 45, 50, [x, 1305, 30], 'y', 16, 25);
    lamps.cyl('WorkLampLens', 40, 3, [x, 1279, 30], 'y', 16);
  }
  const bag = root.group(N.dustBag, [BAG.x, BAG.y[0] + 40, BAG.z]);
  bag.add('BagCloth', root.builder.cached('sock', () => lathe(SOCK, 20)), [BAG.x, BAG.y[0] + 40, BAG.z]);
}
