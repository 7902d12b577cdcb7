/**
 * The skiver head (machine-shapes.md §2 parts 3, 10, 11, 14): a squat cast box with no arm whose
 * left part is a brow over the open cutting point, the pulley and belt guard on the right, the
 * adjusting screws on the front-left, the presser-foot and stone levers on top, the e-stop, the
 * nameplate and the gooseneck work light.
 */
import type { SkiverGroup } from '../palette.ts';
import { extrude, polygonShape, torus } from '../../../../../tools/models/lib/shapes.ts';
import { SKIVER_NODES as N } from '../../nodes.ts';
import { HEAD, KNIFE, PRESSER_BAR, TOP_Y } from '../layout.ts';
import { ball, eStop, knurledKnob, polyRod } from '../../../../../tools/models/lib/parts/benchFittings.ts';

export function buildHead(root: SkiverGroup): SkiverGroup {
  const head = root.group(N.head, [0, TOP_Y, -160]);
  const [x0, x1] = HEAD.x;
  const [, y1] = HEAD.y;
  const depth = HEAD.z[1] - HEAD.z[0];
  // Front profile: the right block down to the table, the brow over the cutting point, rounded top.
  const outline = polygonShape([
    [x0, HEAD.browY], [HEAD.splitX, HEAD.browY], [HEAD.splitX + 10, HEAD.browY - 40], [HEAD.splitX + 10, TOP_Y],
    [x1, TOP_Y], [x1, y1 - 30], [x1 - 9, y1 - 9], [x1 - 30, y1], [x0 + 30, y1], [x0 + 9, y1 - 9], [x0, y1 - 30],
  ]);
  head.add('PaintJade', head.builder.cached('headBody', () => extrude(outline, depth)), [0, 0, HEAD.z[0]]);
  // Behind the cutting point the casting comes down to the table (spindle and roller drive).
  head.span('PaintJade', [x0 + 5, HEAD.splitX], [TOP_Y, HEAD.browY], [HEAD.z[0], -110]);
  head.span('PaintJade', [x0 - 8, x1 + 8], [TOP_Y, TOP_Y + 10], [HEAD.z[0] - 8, HEAD.z[1] - 70]);
  // Front cover plate with screws, nameplate and a warning sticker.
  head.span('PaintLightGrey', [-30, 140], [820, 1080], [HEAD.z[1], HEAD.z[1] + 3]);
  for (const x of [-20, 130]) for (const y of [830, 1070]) head.cyl('SteelBright', 3, 2, [x, y, HEAD.z[1] + 4], 'z', 8);
  head.box('Aluminium', [90, 34, 1.5], [40, 1060, HEAD.z[1] + 3.8]);
  head.box('LabelBlack', [60, 6, 0.4], [40, 1065, HEAD.z[1] + 4.6]);
  head.box('SignalYellow', [26, 26, 1], [-150, 1000, HEAD.z[1] + 0.5]);
  head.box('LabelBlack', [3, 12, 0.4], [-150, 1002, HEAD.z[1] + 1.1]);
  // Knife spindle housing reaching forward to the bell knife.
  head.cyl('PaintJade', 19, 110 + KNIFE.mouthZ - KNIFE.depth, [KNIFE.x, KNIFE.y, (-110 + KNIFE.mouthZ - KNIFE.depth) / 2], 'z', 16);
  head.cyl('SteelMachined', 9, 10, [KNIFE.x, KNIFE.y, KNIFE.mouthZ - KNIFE.depth - 3], 'z', 12);

  buildPulley(head);
  buildScrewsAndLevers(head);
  eStop(head, N.estop, [110, 960, HEAD.z[1]]);
  buildWorkLight(head);
  return head;
}

/** Black pulley/handwheel at the right end, axis x, with a belt guard down through the table. */
function buildPulley(head: SkiverGroup): void {
  const c: [number, number, number] = [HEAD.x[1] + 22, 1000, -150];
  head.cyl('BlackBakelite', 52, 26, c, 'x', 20);
  head.add('BlackBakelite', head.builder.cached('pulleyRim', () => torus(50, 5, 5, 20)), [c[0] + 13, c[1], c[2]], [0, 90, 0]);
  head.cyl('SteelBright', 10, 30, [c[0] + 5, c[1], c[2]], 'x', 10);
  head.span('PaintDarkGrey', [HEAD.x[1] + 2, HEAD.x[1] + 12], [TOP_Y - 120, 1000], [-195, -105]);
  head.span('PaintDarkGrey', [HEAD.x[1] + 40, HEAD.x[1] + 46], [TOP_Y - 120, 1000], [-195, -105]);
  head.span('PaintDarkGrey', [HEAD.x[1] + 2, HEAD.x[1] + 46], [TOP_Y - 120, 1000], [-105, -100]);
}

/** Thickness and angle screws on the brow front; foot lever and stone lever on top. */
function buildScrewsAndLevers(head: SkiverGroup): void {
  const front = HEAD.z[1];
  const thick = head.group(N.thicknessScrew, [-225, 1020, front]);
  knurledKnob(thick, [-225, 1020, front], 'z', 13, 16);
  const angle = head.group(N.angleScrew, [-100, 1020, front]);
  angle.cyl('SteelBright', 8, 8, [-100, 1020, front + 4], 'z', 10);
  angle.box('LabelBlack', [12, 1.8, 1], [-100, 1020, front + 8.3]);
  // Presser bar bushing on the brow front (the bar itself moves with the foot).
  head.cyl('SteelMachined', 9, 24, [PRESSER_BAR.x, HEAD.browY - 8, PRESSER_BAR.z], 'y', 12);
  head.span('PaintJade', [PRESSER_BAR.x - 12, PRESSER_BAR.x + 12], [HEAD.browY - 20, HEAD.browY + 30], [front, PRESSER_BAR.z + 6]);

  // Foot lever: pivot about x on top of the brow, handle toward the operator.
  const top = HEAD.y[1];
  head.span('SteelMachined', [PRESSER_BAR.x - 8, PRESSER_BAR.x + 8], [top, top + 14], [-60, -36]);
  const lever = head.group(N.footLever, [PRESSER_BAR.x, top + 10, -48]);
  lever.box('Chrome', [8, 6, 60], [PRESSER_BAR.x, top + 12, -20]);
  ball(lever, 'BlackBakelite', [PRESSER_BAR.x, top + 14, 10], 9);

  // Stone lever: a black-knobbed stalk on the head top-left that tips the stone in.
  head.cyl('SteelMachined', 10, 10, [-225, top + 5, -90], 'y', 10);
  const stoneLever = head.group(N.stoneLever, [-225, top + 8, -90]);
  stoneLever.cyl('Chrome', 4, 60, [-225, top + 38, -90], 'y', 8);
  ball(stoneLever, 'BlackBakelite', [-225, top + 72, -90], 11);
}

/** Gooseneck LED lamp on the head top, its shade over the knife. */
function buildWorkLight(head: SkiverGroup): void {
  const top = HEAD.y[1];
  head.cyl('BlackBakelite', 28, 14, [40, top + 7, -200], 'y', 14);
  head.box('BlackBakelite', [10, 6, 14], [58, top + 17, -200]);
  polyRod(head, 'Chrome', [[40, top + 14, -200], [30, top + 140, -180], [-40, top + 200, -120], [-110, top + 190, -70]], 5);
  const light = head.group(N.workLight, [-130, top + 180, -60]);
  light.cyl('BlackBakelite', 30, 40, [-130, top + 170, -60], 'y', 16, 16);
  light.cyl('WorkLightLens', 27, 2, [-130, top + 149, -60], 'y', 16);
}
