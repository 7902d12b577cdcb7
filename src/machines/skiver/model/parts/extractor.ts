/**
 * Chip extraction (footwear-machines.md §6.1): a suction nozzle behind the knife, a ribbed hose
 * down through the table to a small fan box hung under the top on the left, its switch, and the
 * cloth bag under it (its origin at the mouth, so the view can bulge it when full). The chip tray
 * on the table holds curled shavings, the machine's most telling sight.
 */
import type { SkiverGroup } from '../palette.ts';
import { lathe, torus } from '../../../../../tools/models/lib/shapes.ts';
import { seeded } from '../../../../../tools/models/lib/outline.ts';
import type { Vec3 } from '../../../../../tools/models/lib/transform.ts';
import { SKIVER_NODES as N } from '../../nodes.ts';
import { KNIFE, TABLE, TOP_Y } from '../layout.ts';
import { polyRod, rocker, rod } from '../../../../../tools/models/lib/parts/benchFittings.ts';

const FAN = { x: [-440, -250], y: [520, TABLE.y[0]], z: [-420, -230] } as const;
/** Cloth sack hanging from its mouth (radius, y below the mouth), bottom to top. */
const SACK_PROFILE: readonly (readonly [number, number])[] = [[0.01, -300], [50, -296], [92, -270], [112, -210], [110, -130], [88, -50], [64, -10], [60, 0], [0.01, 0]];
const BAG_MOUTH: Vec3 = [-345, FAN.y[0] - 30, -325];

export function buildExtractor(root: SkiverGroup): void {
  const ex = root.group(N.extractor, [-345, FAN.y[0], -325]);
  // Nozzle at the back-left of the knife, the hose over the table edge of the bed and down through the top.
  ex.cyl('PaintDarkGrey', 14, 30, [KNIFE.x - 45, KNIFE.y - 20, -75], 'x', 12, 10);
  polyRod(ex, 'RubberBlack', [
    [KNIFE.x - 60, KNIFE.y - 20, -75],
    [-255, TOP_Y + 60, -100],
    [-290, TOP_Y + 8, -140],
    [-300, TABLE.y[0] - 40, -170],
    [-330, FAN.y[1] - 20, -230],
  ], 13, 10);
  ex.cyl('Aluminium', 17, 14, [-290, TOP_Y + 4, -140], 'y', 12);
  // Fan box with a round motor bell on its back and the bag collar under it.
  ex.span('PaintLightGrey', FAN.x, [FAN.y[0] + 10, FAN.y[1] - 10], FAN.z);
  ex.cyl('PaintDarkGrey', 60, 50, [-345, 640, FAN.z[0] - 25], 'z', 16);
  ex.span('PaintDarkGrey', [FAN.x[0] + 10, FAN.x[1] - 10], [FAN.y[1] - 10, FAN.y[1]], [FAN.z[0] + 10, FAN.z[1] - 10]);
  ex.cyl('SteelMachined', 62, 30, [BAG_MOUTH[0], FAN.y[0] - 5, BAG_MOUTH[2]], 'y', 16);
  rocker(ex, N.extractorSwitch, [-300, 640, FAN.z[1]]);
  ex.box('LabelBlack', [40, 10, 1], [-380, 660, FAN.z[1] + 0.5]);

  const bag = ex.group(N.extractorBag, BAG_MOUTH);
  const sack = root.builder.cached('extractorSack', () =>
    lathe(SACK_PROFILE, 14),
  );
  bag.add('ExtractorCloth', sack, BAG_MOUTH);
  bag.add('SteelMachined', root.builder.cached('bagBand', () => torus(62, 4, 5, 16)), [BAG_MOUTH[0], BAG_MOUTH[1] - 8, BAG_MOUTH[2]], [90, 0, 0]);
}

/** Chip tray on the table left of the bed, with shavings in it and a few round the knife. */
export function buildChipTray(root: SkiverGroup): void {
  const tray = root.group(N.chipTray, [-300, TOP_Y, -60]);
  tray.span('SteelMachined', [-350, -235], [TOP_Y, TOP_Y + 3], [-110, -15]);
  for (const x of [-350, -235]) tray.span('SteelMachined', [x - 1.5, x + 1.5], [TOP_Y, TOP_Y + 22], [-110, -15]);
  for (const z of [-110, -15]) tray.span('SteelMachined', [-350, -235], [TOP_Y, TOP_Y + 22], [z - 1.5, z + 1.5]);
  const random = seeded(6);
  const curls: Vec3[] = [];
  for (let i = 0; i < 14; i++) curls.push([-340 + random() * 95, TOP_Y + 4 + random() * 3, -100 + random() * 75]);
  for (let i = 0; i < 6; i++) curls.push([KNIFE.x - 50 + random() * 40, TOP_Y + 1 + random() * 2, -10 + random() * 25]);
  curls.forEach((at, i) => shavingCurl(tray, i % 3 === 0 ? 'LeatherHide' : 'LeatherCut', at, random() * Math.PI * 2, 4 + random() * 3));
}

/** One shaving: a thin strip curled into an open helix lying on its side. */
function shavingCurl(g: SkiverGroup, material: 'LeatherHide' | 'LeatherCut', at: Vec3, yaw: number, r: number): void {
  const turns = 1.6, steps = 8, pitch = 5;
  const points: Vec3[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = (i / steps) * turns * Math.PI * 2;
    const along = (i / steps) * turns * pitch - pitch;
    const [u, v] = [along, r * (1 + Math.cos(a))];
    points.push([at[0] + u * Math.cos(yaw) - r * Math.sin(a) * Math.sin(yaw), at[1] + v, at[2] + u * Math.sin(yaw) + r * Math.sin(a) * Math.cos(yaw)]);
  }
  for (let i = 0; i < steps; i++) rod(g, material, points[i]!, points[i + 1]!, 0.9, 4);
}
