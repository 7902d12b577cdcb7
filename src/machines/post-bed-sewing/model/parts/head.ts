/**
 * The post-bed head standing on the table (machine-shapes.md §3 parts 3–11): the flat bed, the
 * slim post under the needle (needle plate, feed wheel, bobbin), the upright on the right with the
 * stitch-length dial, the arm with the tension dial and pressure screw, the needle head with its
 * needle bar, take-up lever, roller presser and back-tack lever, the handwheel and belt cover, the
 * finger and eye guards and the thread guides.
 */
import type { SewingGroup } from '../palette.ts';
import { SEWING_NODES as N } from '../../nodes.ts';
import { ARM, BED, HANDWHEEL, NEEDLE_HEAD, NEEDLE_TIP_Y, POST, UPRIGHT, WORK } from '../layout.ts';
import { ball, knurledKnob, polyRod, rod } from '../../../../../tools/models/lib/parts/benchFittings.ts';

export function buildHead(root: SewingGroup): SewingGroup {
  const head = root.group(N.head, [140, BED.y[0], -210]);
  head.span('PaintIvory', BED.x, BED.y, BED.z);
  head.span('PaintHeadGrey', [BED.x[0], BED.x[1]], [BED.y[0], BED.y[0] + 8], [BED.z[0] - 4, BED.z[1] + 4]);
  head.span('PaintIvory', UPRIGHT.x, UPRIGHT.y, UPRIGHT.z);
  head.span('PaintIvory', ARM.x, ARM.y, ARM.z);
  head.span('PaintIvory', NEEDLE_HEAD.x, NEEDLE_HEAD.y, NEEDLE_HEAD.z);
  // Grey face plate and a nameplate on the arm.
  head.span('PaintHeadGrey', [-58, 58], [1020, 1120], [NEEDLE_HEAD.z[1], NEEDLE_HEAD.z[1] + 3]);
  head.box('PaintHeadGrey', [140, 30, 2], [200, 1205, ARM.z[1] + 1]);
  head.box('LabelWhite', [90, 8, 0.6], [200, 1205, ARM.z[1] + 2.3]);
  buildPost(root, head);
  buildNeedle(root, head);
  buildDials(root, head);
  buildHandwheel(root, head);
  buildGuards(root, head);
  return head;
}

/** The post: grey column, chrome needle plate on top, the feed wheel beside the needle, the bobbin case. */
function buildPost(root: SewingGroup, head: SewingGroup): void {
  const post = root.group(N.post, [0, POST.y[0], -210]);
  post.span('PaintHeadGrey', POST.x, POST.y, POST.z);
  post.span('Chrome', [-24, 26], [POST.y[1], POST.y[1] + 2], [-236, -184]);
  post.cyl('SteelMachined', 9, 6, [12, POST.y[1] - 2, -210], 'x', 14);
  head.span('Chrome', [-30, 30], [BED.y[1], BED.y[1] + 6], [-240, -180]);
  const bobbin = root.group(N.bobbin, [0, 960, -184]);
  bobbin.cyl('SteelBright', 11, 6, [0, 960, -181], 'z', 14);
  bobbin.cyl('ThreadBeige', 8, 6.5, [0, 960, -181], 'z', 12);
}

/** Needle bar with clamp and needle, the take-up lever, the roller presser and the back-tack lever. */
function buildNeedle(root: SewingGroup, head: SewingGroup): void {
  const bar = root.group(N.needleBar, [0, NEEDLE_TIP_Y, WORK.z]);
  bar.cyl('Chrome', 4, 90, [0, NEEDLE_TIP_Y + 55, WORK.z], 'y', 10);
  bar.box('SteelMachined', [10, 10, 10], [0, NEEDLE_TIP_Y + 12, WORK.z]);
  bar.cyl('SteelBright', 1, 12, [0, NEEDLE_TIP_Y + 6, WORK.z], 'y', 6, 0.4);
  const takeUp = root.group(N.takeUpLever, [-20, 1180, NEEDLE_HEAD.z[1] + 4]);
  takeUp.box('Chrome', [60, 8, 4], [-40, 1185, NEEDLE_HEAD.z[1] + 6], [0, 0, 15]);
  ball(takeUp, 'Chrome', [-68, 1193, NEEDLE_HEAD.z[1] + 6], 4);
  // Roller presser: a small wheel beside the needle on its arm down from the needle head.
  const roller = root.group(N.roller, [8, 1005, WORK.z]);
  rod(roller, 'SteelMachined', [14, 1015, WORK.z - 10], [30, 1060, WORK.z - 30], 3);
  roller.cyl('SteelBright', 11, 8, [14, 1007, WORK.z - 4], 'x', 16);
  // Back-tack lever on the needle head's front (hold it: the machine sews backwards).
  const lever = root.group(N.backTackLever, [-30, 1120, NEEDLE_HEAD.z[1]]);
  lever.box('BlackBakelite', [12, 50, 8], [-40, 1100, NEEDLE_HEAD.z[1] + 6]);
  lever.box('BlackBakelite', [24, 12, 14], [-44, 1076, NEEDLE_HEAD.z[1] + 10]);
  head.cyl('SteelMachined', 5, 6, [-30, 1120, NEEDLE_HEAD.z[1] + 3], 'z', 10);
}

/** Stitch-length dial on the upright, tension dial and pressure screw on the needle head, thread guides. */
function buildDials(root: SewingGroup, head: SewingGroup): void {
  const stitch = root.group(N.stitchDial, [345, 1000, UPRIGHT.z[1]]);
  knurledKnob(stitch, [345, 1000, UPRIGHT.z[1]], 'z', 24, 14);
  head.cyl('LabelWhite', 30, 1, [345, 1000, UPRIGHT.z[1] + 0.5], 'z', 20);
  const tension = root.group(N.tensionDial, [-60, 1150, -220]);
  tension.cyl('SteelBright', 14, 10, [-65, 1150, -220], 'x', 14);
  tension.cyl('BlackBakelite', 10, 14, [-77, 1150, -220], 'x', 12);
  const pressure = root.group(N.pressureScrew, [0, 1255, -220]);
  knurledKnob(pressure, [0, 1255, -220], 'y', 12, 14);
  const guides = root.group(N.threadGuides, [100, 1255, -220]);
  polyRod(guides, 'Chrome', [[100, 1258, -220], [150, 1290, -220], [250, 1290, -220]], 2.5);
  guides.cyl('SteelBright', 5, 14, [100, 1262, -220], 'y', 10);
}

/** Handwheel at the right end of the arm (axis x), the belt cover down to the table. */
function buildHandwheel(root: SewingGroup, head: SewingGroup): void {
  const c = [HANDWHEEL.x, HANDWHEEL.y, HANDWHEEL.z] as const;
  const wheel = root.group(N.handwheel, [...c]);
  wheel.cyl('PaintHeadGrey', HANDWHEEL.r, 24, [...c], 'x', 24);
  wheel.cyl('BlackBakelite', HANDWHEEL.r - 10, 26, [...c], 'x', 20);
  wheel.box('LabelWhite', [27, 4, 20], [c[0], c[1] + HANDWHEEL.r - 14, c[2]]);
  head.cyl('SteelMachined', 10, 20, [UPRIGHT.x[1] + 5, c[1], c[2]], 'x', 10);
  const cover = root.group(N.beltCover, [420, 1000, -220]);
  cover.span('PaintHeadGrey', [392, 402], [800, 1160], [-280, -160]);
  cover.span('PaintHeadGrey', [392, 440], [760, 800], [-280, -160]);
}

/** Finger guard round the needle (wire loop) and the clear eye guard on the needle head front. */
function buildGuards(root: SewingGroup, head: SewingGroup): void {
  const finger = root.group(N.fingerGuard, [0, 1015, -195]);
  polyRod(finger, 'Chrome', [[-12, 1015, -195], [-12, 1000, -188], [12, 1000, -188], [12, 1015, -195]], 1.5);
  const eye = root.group(N.eyeGuard, [0, 1110, NEEDLE_HEAD.z[1] + 10]);
  eye.box('GuardClear', [70, 60, 3], [0, 1078, NEEDLE_HEAD.z[1] + 22], [-20, 0, 0]);
  eye.span('Chrome', [-6, 6], [1100, 1112], [NEEDLE_HEAD.z[1], NEEDLE_HEAD.z[1] + 12]);
  head.box('SteelMachined', [8, 8, 8], [0, 1110, NEEDLE_HEAD.z[1] + 4]);
}
