/**
 * The cutting point (machine-shapes.md §2 parts 4–10): the work bed with its plates, the barrel
 * feed roller in a slot under the knife, the shiny bell knife (a bowl on its side, mouth to the
 * operator), its hinged guard, the presser foot on its bar, the width guide with its knurled knob,
 * and the grinding stone on a swinging bracket at the knife's left.
 */
import type { SkiverGroup } from '../palette.ts';
import { extrude, lathe, polygonShape } from '../../../../../tools/models/lib/shapes.ts';
import { SKIVER_NODES as N } from '../../nodes.ts';
import { EDGE_Z, HEAD, KNIFE, PRESSER_BAR, ROLLER, TOP_Y, WORK_Y } from '../layout.ts';
import { knurledKnob } from '../../../../../tools/models/lib/parts/benchFittings.ts';

const SLOT = 14;
const BED = { x: [-215, -85], z: [-100, -15] } as const;

export function buildCuttingPoint(head: SkiverGroup): void {
  buildBed(head);
  buildKnife(head);
  buildGuard(head);
  buildFoot(head);
  buildGuide(head);
  buildStone(head);
}

function buildBed(head: SkiverGroup): void {
  const plateY = [WORK_Y - 10, WORK_Y] as const;
  for (const x of [[BED.x[0], KNIFE.x - SLOT], [KNIFE.x + SLOT, BED.x[1]]] as const) {
    head.span('PaintJade', x, [TOP_Y, plateY[0]], BED.z);
    head.span('SteelBright', x, plateY, BED.z);
  }
  head.span('PaintJade', [KNIFE.x - SLOT, KNIFE.x + SLOT], [TOP_Y, plateY[1] - 8], [BED.z[0], ROLLER.z[0] - 4]);
  // The slot is filled up to just under the roller, which sits in a shallow pocket.
  head.span('PaintJade', [KNIFE.x - SLOT, KNIFE.x + SLOT], [TOP_Y, WORK_Y - 2 * ROLLER.r - 3], [ROLLER.z[0] - 4, BED.z[1]]);
  head.span('GapDark', [KNIFE.x - SLOT + 1, KNIFE.x + SLOT - 1], [WORK_Y - 2 * ROLLER.r - 3, WORK_Y - 2 * ROLLER.r - 2], [ROLLER.z[0] - 4, BED.z[1] - 1]);

  const rollerY = WORK_Y - ROLLER.r;
  head.cyl('SteelMachined', 4, 10, [KNIFE.x, rollerY, ROLLER.z[0] - 2], 'z', 8);
  const roller = head.group(N.feedRoller, [KNIFE.x, rollerY, (ROLLER.z[0] + ROLLER.z[1]) / 2]);
  const len = ROLLER.z[1] - ROLLER.z[0];
  // Barrel ("beer-barrel") shape; eight facets and a dark stripe make its turning visible.
  const barrel = head.builder.cached('rollerBarrel', () =>
    lathe([[0.01, 0], [ROLLER.r * 0.85, 0], [ROLLER.r, len * 0.3], [ROLLER.r, len * 0.7], [ROLLER.r * 0.85, len], [0.01, len]], 8),
  );
  roller.add('SteelMachined', barrel, roller.local(0, 0, -len / 2), [90, 0, 0]);
  roller.box('RubberBlack', [3, 1.2, len * 0.6], roller.local(0, ROLLER.r - 0.3, 0));
}

function buildKnife(head: SkiverGroup): void {
  const base = KNIFE.mouthZ - KNIFE.depth;
  const knife = head.group(N.bellKnife, [KNIFE.x, KNIFE.y, base]);
  const r = KNIFE.r, d = KNIFE.depth;
  // Closed profile (outside up to the sharp rim, then back down the inside) about y → turned onto z.
  const cup = head.builder.cached('bellKnife', () =>
    lathe([[0.01, 0], [11, 0], [16, d * 0.45], [r, d], [r - 1.4, d], [14.5, d * 0.45], [9.5, 3], [0.01, 3]], 28),
  );
  knife.add('Chrome', cup, knife.local(0, 0, 0), [90, 0, 0]);
  // Hub nut and a ground flat: the spin shows on the nut and the mark.
  knife.cyl('SteelMachined', 7, 6, knife.local(0, 0, 6), 'z', 6);
  knife.box('SteelMachined', [3, 6, 1], knife.local(0, 12, 4.5));
}

/** Part-cylinder hood over the top of the knife; hinge along x at its rear top edge. */
function buildGuard(head: SkiverGroup): void {
  const back = KNIFE.mouthZ - KNIFE.depth - 6;
  const front = KNIFE.mouthZ + 6;
  const R = KNIFE.r + 12;
  const guard = head.group(N.knifeGuard, [KNIFE.x, KNIFE.y + R, back]);
  const arc = (radius: number, from: number, to: number, n: number) =>
    Array.from({ length: n + 1 }, (_, i) => {
      const a = ((from + ((to - from) * i) / n) * Math.PI) / 180;
      return [radius * Math.cos(a), radius * Math.sin(a)] as const;
    });
  const hood = polygonShape([...arc(R, -10, 190, 12), ...arc(R - 4, 190, -10, 12)]);
  guard.add('PaintDarkGrey', head.builder.cached('guardHood', () => extrude(hood, front - back)), [KNIFE.x, KNIFE.y, back]);
  // Front lip (a flat crescent) so the hood reads as a cover, and the hinge knuckle.
  const lip = polygonShape([...arc(R, -10, 190, 12), ...arc(R - 9, 190, -10, 12)]);
  guard.add('PaintDarkGrey', head.builder.cached('guardLip', () => extrude(lip, 3)), [KNIFE.x, KNIFE.y, front - 3]);
  guard.cyl('SteelMachined', 4, 30, guard.local(0, 0, 0), 'x', 8);
  head.span('PaintDarkGrey', [KNIFE.x - 18, KNIFE.x + 18], [KNIFE.y + R - 6, HEAD.browY], [back - 8, back + 2]);
  guard.box('SignalYellow', [20, 2, 10], guard.local(0, 1.5, front - back - 12));
}

/** Narrow curved steel shoe on the leather in front of the knife mouth, on a bar into the brow. */
function buildFoot(head: SkiverGroup): void {
  const foot = head.group(N.presserFoot, [PRESSER_BAR.x, WORK_Y + 2, PRESSER_BAR.z]);
  const y = WORK_Y + 2;
  foot.span('SteelBright', [KNIFE.x - 12, KNIFE.x + 12], [y, y + 6], [KNIFE.mouthZ + 2, KNIFE.mouthZ + 32]);
  foot.box('SteelBright', [24, 5, 14], [KNIFE.x, y + 7, KNIFE.mouthZ + 37], [-35, 0, 0]);
  foot.span('SteelBright', [PRESSER_BAR.x - 5, KNIFE.x - 6], [y + 6, y + 14], [PRESSER_BAR.z - 6, PRESSER_BAR.z + 6]);
  foot.cyl('Chrome', 5, HEAD.browY - y - 14, [PRESSER_BAR.x, (y + 14 + HEAD.browY) / 2, PRESSER_BAR.z], 'y', 10);
  foot.cyl('SteelMachined', 6, 10, [PRESSER_BAR.x, y + 14, PRESSER_BAR.z], 'y', 10);
}

/** L-shaped fence right of the foot that the leather's edge runs against; slides along z. */
function buildGuide(head: SkiverGroup): void {
  const guide = head.group(N.widthGuide, [-112, WORK_Y, EDGE_Z]);
  guide.span('SteelBright', [-132, -92], [WORK_Y, WORK_Y + 9], [EDGE_Z - 3, EDGE_Z]);
  guide.span('SteelBright', [-132, -92], [WORK_Y + 9, WORK_Y + 12], [EDGE_Z - 18, EDGE_Z]);
  guide.span('SteelBright', [-92, -62], [WORK_Y + 9, WORK_Y + 12], [EDGE_Z - 18, EDGE_Z - 6]);
  // Slotted bar back into the head, with the knurled width knob on top.
  head.span('SteelMachined', [-72, -60], [WORK_Y + 2, WORK_Y + 9], [-110, EDGE_Z - 4]);
  const knob = guide.group(N.widthScrew, [-72, WORK_Y + 12, EDGE_Z - 12]);
  knurledKnob(knob, [-72, WORK_Y + 12, EDGE_Z - 12], 'y', 9, 12);
}

/** Abrasive disc on a bracket hung from the brow at the knife's left; swings about z onto the rim. */
function buildStone(head: SkiverGroup): void {
  const pivot: [number, number, number] = [-222, HEAD.browY - 4, -20];
  head.cyl('SteelMachined', 6, 14, pivot, 'z', 10);
  const stone = head.group(N.grindingStone, pivot);
  const c: [number, number, number] = [KNIFE.x - KNIFE.r - 30, KNIFE.y + 2, -20];
  stone.box('SteelMachined', [8, pivot[1] - c[1], 5], [(pivot[0] + c[0]) / 2 + 2, (pivot[1] + c[1]) / 2, -20], [0, 0, 10]);
  stone.cyl('GrindStone', 20, 8, [c[0], c[1], -20], 'z', 16);
  stone.cyl('SteelMachined', 4, 12, [c[0], c[1], -18], 'z', 8);
}
