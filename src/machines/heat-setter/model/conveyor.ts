import { HEAT_SETTER_NODES as N } from '../nodes.ts';
import type { HeatSetterGroup } from './palette.ts';
import { BELT_Y, CHILL_BELT_Z0, DELAST_Z0, DELAST_Z1, HALF_W, INFEED_Z, OUTFEED_Z0, OVEN_END_Z, SHOE_Z } from './layout.ts';

/** Cleat spacing on the belt: the view scrolls the cleats by this much, then wraps. */
export const CLEAT_PITCH = 150;
/** The lane the shoes ride in (x, mm). */
export const SHOE_LANE_X = -110;
const BELT_W = 1000;

/** Belts, the infeed / outfeed / delasting tables and one shoe on its last per belt slot. */
export function buildConveyor(root: HeatSetterGroup): void {
  const frame = root.group('ConveyorFrame', [0, BELT_Y, -2500]);
  belt(frame, INFEED_Z, OVEN_END_Z);
  belt(frame, CHILL_BELT_Z0, DELAST_Z0);

  const cleats = root.group(N.belt, [0, BELT_Y, 0]);
  for (const [z0, z1] of [[INFEED_Z, OVEN_END_Z], [CHILL_BELT_Z0, DELAST_Z0]] as const)
    for (let z = z0 - CLEAT_PITCH / 2; z > z1 + CLEAT_PITCH; z -= CLEAT_PITCH) cleats.box('PaintDarkGrey', [BELT_W - 40, 6, 16], [0, BELT_Y + 3, z]);

  // Infeed table: stainless skirts, a lip and the rack of lasted shoes waiting.
  const inT = root.group(N.infeedTable, [0, BELT_Y, INFEED_Z / 2]);
  table(inT, 0, INFEED_Z);
  inT.span('Stainless', [HALF_W, HALF_W + 300], [BELT_Y - 20, BELT_Y], [20, INFEED_Z]);
  inT.span('Stainless', [HALF_W + 280, HALF_W + 300], [300, BELT_Y - 20], [INFEED_Z - 40, INFEED_Z]);
  // Outfeed table with its end stop: the shoe waits here to go into the chiller.
  const outT = root.group(N.outfeedTable, [0, BELT_Y, (OUTFEED_Z0 + OVEN_END_Z) / 2]);
  table(outT, OVEN_END_Z, OUTFEED_Z0);
  outT.span('SignalYellow', [-BELT_W / 2, BELT_W / 2], [BELT_Y, BELT_Y + 80], [OVEN_END_Z - 20, OVEN_END_Z]);
  // Delasting table at the far end with the last-pulling post.
  const del = root.group(N.delastTable, [0, BELT_Y, (DELAST_Z0 + DELAST_Z1) / 2]);
  del.span('Stainless', [-HALF_W, HALF_W], [BELT_Y - 40, BELT_Y], [DELAST_Z1, DELAST_Z0]);
  for (const x of [-HALF_W + 30, HALF_W - 30]) for (const z of [DELAST_Z0 - 30, DELAST_Z1 + 30]) del.span('Stainless', [x - 20, x + 20], [0, BELT_Y - 40], [z - 20, z + 20]);
  del.cyl('PaintDarkGrey', 30, 420, [300, BELT_Y + 210, DELAST_Z1 + 150], 'y', 12);
  del.box('PaintDarkGrey', [60, 60, 160], [300, BELT_Y + 420, DELAST_Z1 + 220]);
  del.span('LastPlastic', [-350, -150], [BELT_Y, BELT_Y + 90], [DELAST_Z1 + 60, DELAST_Z1 + 200]);

  const slots = [N.shoeSlot0, N.shoeSlot1, N.shoeSlot2, N.shoeSlot3];
  slots.forEach((name, i) => shoe(root.group(name, [SHOE_LANE_X, BELT_Y, SHOE_Z.heat[0] - i * 300])));
}

function belt(g: HeatSetterGroup, z0: number, z1: number): void {
  g.span('BeltDark', [-BELT_W / 2, BELT_W / 2], [BELT_Y - 12, BELT_Y], [z1, z0]);
  for (const z of [z0 - 40, z1 + 40]) g.cyl('SteelMachined', 45, BELT_W + 20, [0, BELT_Y - 45, z], 'x', 16);
  for (const x of [-BELT_W / 2 - 15, BELT_W / 2 + 15]) g.span('Stainless', [x - 15, x + 15], [BELT_Y - 90, BELT_Y + 20], [z1, z0]);
}

function table(g: HeatSetterGroup, z0: number, z1: number): void {
  for (const x of [-HALF_W + 10, HALF_W - 10]) g.span('Stainless', [x - 10, x + 10], [BELT_Y - 120, BELT_Y + 40], [Math.min(z0, z1), Math.max(z0, z1)]);
}

/** A lasted leather shoe standing on the belt, toe toward −z, the last's cone above the top line. */
function shoe(g: HeatSetterGroup): void {
  const [x, y, z] = g.origin;
  g.box('ShoeSole', [100, 28, 270], [x, y + 14, z]);
  g.box('ShoeLeather', [94, 70, 230], [x, y + 63, z + 10]);
  g.box('ShoeLeather', [86, 40, 90], [x, y + 48, z - 150]);
  g.box('ShoeLeather', [90, 50, 90], [x, y + 120, z + 80]);
  g.cyl('LastPlastic', 34, 60, [x, y + 170, z + 80], 'y', 12);
}
