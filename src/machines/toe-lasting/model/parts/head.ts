/**
 * Head of the toe laster (machine-shapes.md §4 parts 2–7, 10–12): cast head body behind the
 * working point with an overhang above it, the horseshoe of 9 pincers open toward the operator,
 * the Teflon wiper plates behind the toe, the hot-melt nozzle and melt pot, the last support
 * post, the sloping hood, the red cross-line projector frame and the touch screen on its arm.
 */
import { TOE_LASTING_NODES as N } from '../../nodes.ts';
import type { ToeLastingGroup } from '../palette.ts';
import { extrude, polygonShape } from '../../../../../tools/models/lib/shapes.ts';
import { INSOLE_Y, RING, TOE_Z } from './geometry.ts';

const DEG = Math.PI / 180;
/** Pincer angles from the toe (0°, pointing -z) round each side toward the operator. */
export const SIDE_PINCER_DEG = [-112, -84, -56, -28, 28, 56, 84, 112] as const;

export function buildHead(root: ToeLastingGroup): void {
  const head = root.group('Head', [0, 900, 0]);
  // Cast body behind the ring, and the overhang that carries the pincers above it.
  head.span('PaintIvory', [-280, 280], [900, 1350], [-1200, -560]);
  head.span('PaintIvory', [-280, 280], [1350, 1480], [-1200, -560]);
  head.span('PaintIvory', [-260, 260], [1400, 1480], [-560, -170]);
  head.span('Bronze', [-200, 200], [1380, 1400], [-500, -190]);
  // Lower jaw block round the last support, in front of the body.
  head.span('PaintIvory', [-160, 160], [900, 1060], [-560, -380]);
  buildHood(head);
  buildPincers(root);
  buildWipers(root);
  buildHotMelt(root, head);
  buildLastSupport(root);
  buildCentreLight(root, head);
  buildTouchScreen(root, head);
}

function buildHood(head: ToeLastingGroup): void {
  // Side profile in (u = -z, v = y), extruded along +x: the front leans back about 28°.
  const profile = head.builder.cached('hoodSide', () =>
    extrude(polygonShape([[300, 1480], [1400, 1480], [1400, 1950], [520, 1950], [300, 1540]]), 540, { curveSegments: 1 }),
  );
  head.add('PaintIvory', profile, [-270, 0, 0], [0, 90, 0]);
  // A small dark window in the sloping front.
  head.box('PaintDarkGrey', [300, 150, 4], [0, 1720, -404], [-28, 0, 0]);
}

/** One pincer unit: bronze body with jaws at the lower end, a chrome cylinder angled up and out. */
function pincer(g: ToeLastingGroup, deg: number): void {
  const a = deg * DEG;
  const x = RING.r * Math.sin(a);
  const z = RING.z - RING.r * Math.cos(a);
  g.box('Bronze', [30, 100, 40], [x, RING.y + 60, z], [0, -deg, 0]);
  g.box('BlackBakelite', [34, 22, 26], [x, RING.y + 6, z + 4 * Math.cos(a)], [0, -deg, 0]);
  // Cylinder leaning out from the ring up to the overhang.
  g.cyl('Chrome', 9, 44, [x * 1.08, RING.y + 132, z - (z - RING.z) * 0.08], 'y', 10);
}

function buildPincers(root: ToeLastingGroup): void {
  const ring = root.group(N.pincerRing, [0, RING.y, RING.z]);
  ring.span('PaintDarkGrey', [-190, 190], [RING.y + 128, RING.y + 140], [RING.z - 200, RING.z + 140]);
  const toe = ring.group(N.toePincer, [0, RING.y, TOE_Z]);
  pincer(toe, 0);
  const sides = ring.group(N.sidePincers, [0, RING.y, RING.z]);
  for (const deg of SIDE_PINCER_DEG) pincer(sides, deg);
}

/** Two Teflon-faced wiper plates in a V behind the toe, with the forming band; they slide +z. */
function buildWipers(root: ToeLastingGroup): void {
  const w = root.group(N.wipers, [0, INSOLE_Y + 8, TOE_Z - 40]);
  for (const s of [-1, 1]) {
    w.box('SteelMachined', [160, 10, 120], [s * 55, INSOLE_Y + 12, TOE_Z - 70], [0, s * 30, 0]);
    w.box('Teflon', [160, 3, 120], [s * 55, INSOLE_Y + 6, TOE_Z - 70], [0, s * 30, 0]);
  }
  w.span('SteelMachined', [-30, 30], [INSOLE_Y + 10, INSOLE_Y + 40], [TOE_Z - 150, TOE_Z - 110]);
}

/** Hot-melt nozzle on a small arm at the toe, and the melt pot with its granulate lid, upper left. */
function buildHotMelt(root: ToeLastingGroup, head: ToeLastingGroup): void {
  const nozzle = root.group(N.hotMeltNozzle, [-60, INSOLE_Y + 10, TOE_Z - 30]);
  nozzle.span('SteelMachined', [-160, -60], [INSOLE_Y + 24, INSOLE_Y + 36], [TOE_Z - 40, TOE_Z - 24]);
  nozzle.cyl('Bronze', 7, 34, [-60, INSOLE_Y + 18, TOE_Z - 30], 'y', 10, 3);
  // Melt pot and heater box on the upper left of the head, outside the hood.
  head.span('PaintDarkGrey', [-440, -280], [1300, 1450], [-620, -470]);
  head.span('Stainless', [-436, -284], [1304, 1446], [-472, -466]);
  head.cyl('SteelMachined', 8, 200, [-260, 1290, -470], 'x', 10);
  const lid = head.group(N.meltTankLid, [-360, 1450, -545]);
  lid.cyl('Stainless', 62, 14, [-360, 1457, -545], 'y', 20);
  lid.cyl('BlackBakelite', 12, 20, [-360, 1474, -545], 'y', 12);
}

/** Last support (jack) post from below with its support plate: rises in +y in two steps. */
function buildLastSupport(root: ToeLastingGroup): void {
  const post = root.group(N.lastSupport, [0, 1060, -300]);
  post.cyl('Chrome', 22, 80, [0, 1100, -300], 'y', 16);
  post.span('BlackBakelite', [-35, 35], [1140, 1150], [-360, -240]);
}

/** Red tubular projector frame on the top left of the head, its lamp, toggle and the beam. */
function buildCentreLight(root: ToeLastingGroup, head: ToeLastingGroup): void {
  head.cyl('PaintDalongRed', 14, 340, [-300, 1650, -260], 'y', 12);
  head.cyl('PaintDalongRed', 14, 300, [-150, 1820, -260], 'x', 12);
  head.cyl('PaintDarkGrey', 28, 70, [0, 1790, -260], 'y', 16);
  const sw = head.group(N.centreLightSwitch, [-300, 1530, -240]);
  head.span('PaintDarkGrey', [-318, -282], [1512, 1548], [-250, -240]);
  sw.cyl('Chrome', 3, 22, [-300, 1520, -234], 'y', 8);
  // The beam: a thin red line along the toe's centre and down its front (x = 0).
  const beam = root.group(N.centreLightBeam, [0, INSOLE_Y, TOE_Z]);
  beam.span('CentreBeam', [-1.5, 1.5], [INSOLE_Y + 1, INSOLE_Y + 2.5], [TOE_Z + 5, TOE_Z + 150]);
  beam.span('CentreBeam', [-1.5, 1.5], [INSOLE_Y - 80, INSOLE_Y + 2], [TOE_Z - 4, TOE_Z - 2]);
}

/** 8–10 in touch screen in a grey bezel on a short swivel arm, facing the operator. */
function buildTouchScreen(root: ToeLastingGroup, head: ToeLastingGroup): void {
  head.cyl('SteelMachined', 12, 160, [-80, 1470, -300], 'y', 10);
  const screen = root.group(N.touchScreen, [-80, 1560, -250]);
  screen.span('PaintLightGrey', [-190, 30], [1490, 1630], [-290, -250]);
  screen.span('ScreenGlow', [-180, 20], [1500, 1620], [-250, -248]);
}
