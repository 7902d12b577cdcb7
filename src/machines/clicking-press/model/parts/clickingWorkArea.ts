/**
 * What lies on and around the clicking press: the hide, the steel-rule die and the cut part on
 * the board, a die rack to the left, a part bin to the right and the safety floor marking.
 * Everything here stays clear of the swinging plate (radius ~0.8 m round the column, y ≥ 880).
 */
import { CLICKING_PRESS_NODES as N } from '../../nodes.ts';
import type { ClickingPressGroup } from '../palette.ts';
import { DIE_HEIGHT, LEATHER_THICKNESS, counterOutline, cutPartGeometry, dieGeometry, hideGeometry, quarterOutline } from './leatherWork.ts';

const BOARD_TOP = 850;
/** Die position on the board: under the plate centre at rest. */
const DIE_AT = [0, BOARD_TOP + LEATHER_THICKNESS, -280] as const;
const LIE_FLAT = [-90, 0, 0] as const; // outline drawings (x/y) → lying on the board, toe to the rear

export function buildWorkArea(root: ClickingPressGroup): void {
  const b = root.builder;
  const hide = root.group(N.workpiece, [-30, BOARD_TOP, -270]);
  hide.add('LeatherHide', b.cached('hide', hideGeometry), hide.local(0, 0, 0), [-90, 0, 8]);

  const die = root.group(N.dieOnBoard, DIE_AT);
  const { rule, bridge } = dieGeometry();
  die.add('SteelBright', rule, DIE_AT, LIE_FLAT);
  die.add('SteelBright', bridge, die.local(0, DIE_HEIGHT - 10, 0), LIE_FLAT);

  // The cut part lies where the die cut it, 0.6 mm proud of the hide so it shows inside the rule.
  const part = root.group(N.cutPart, [DIE_AT[0], DIE_AT[1] + 0.6, DIE_AT[2]]);
  part.add('LeatherCut', b.cached('cutPart', cutPartGeometry), part.local(0, 0, 0), LIE_FLAT);

  buildDieRack(root, die);
  buildPartBin(root, part);
  buildFloorMark(root);
}

/**
 * Floor-standing rack left of the machine with the three dies of the practice hanging face-front:
 * vamp (same mesh as DieOnBoard, toe up), quarter and counter. Each is its own node
 * (DieRackVamp / DieRackQuarter / DieRackCounter) so the view can hide the one in use.
 */
function buildDieRack(root: ClickingPressGroup, die: ClickingPressGroup): void {
  // The origin at mid-height: hint rings and the camera aim at the dies, not at the rack's feet.
  const rack = root.group(N.dieRack, [-1000, 640, -360]);
  for (const x of [-1180, -820]) {
    rack.span('PaintRackGreen', [x - 15, x + 15], [30, 1150], [-375, -345]);
    rack.span('PaintRackGreen', [x - 20, x + 20], [0, 30], [-560, -160]);
    for (const z of [-540, -180]) rack.cyl('RubberBlack', 14, 6, [x, 3, z], 'y', 10);
  }
  const rows = { vamp: 940, quarter: 620, counter: 330 } as const;
  for (const y of Object.values(rows)) {
    rack.span('PaintRackGreen', [-1195, -805], [y + 118, y + 140], [-375, -345]);
    for (const x of [-1060, -940]) rack.cyl('SteelBright', 4, 40, [x, y + 122, -325], 'z', 8);
  }
  root.builder.instance('DieRackVamp', rack, die, [-1000, rows.vamp, -330], [90, 0, 0]);
  for (const [name, outline, y] of [['DieRackQuarter', quarterOutline(), rows.quarter + 60], ['DieRackCounter', counterOutline(), rows.counter + 70]] as const) {
    const hung = rack.group(name, [-1000, y, -330]);
    const { rule, bridge } = dieGeometry(outline);
    hung.add('SteelBright', rule, hung.local(0, 0, 0));
    hung.add('SteelBright', bridge, hung.local(0, 0, DIE_HEIGHT - 10));
  }
}

/** Small stand with a blue crate for cut parts, right of the machine. */
function buildPartBin(root: ClickingPressGroup, part: ClickingPressGroup): void {
  const bin = root.group(N.partBin, [800, 600, -250]);
  bin.span('PaintDarkGrey', [590, 1010], [580, 600], [-410, -90]);
  for (const x of [610, 990]) for (const z of [-390, -110]) bin.span('PaintDarkGrey', [x - 12, x + 12], [0, 580], [z - 12, z + 12]);
  bin.span('PaintDarkGrey', [610, 990], [120, 135], [-400, -100]);
  // Open crate 400 × 110 × 300 with 6 mm walls, low enough to see the parts in it.
  bin.span('BinBlue', [600, 1000], [600, 606], [-400, -100]);
  bin.span('BinBlue', [600, 606], [600, 710], [-400, -100]);
  bin.span('BinBlue', [994, 1000], [600, 710], [-400, -100]);
  bin.span('BinBlue', [606, 994], [600, 710], [-400, -394]);
  bin.span('BinBlue', [606, 994], [600, 690], [-106, -100]);
  // Two cut vamps lying lengthwise, the second on top of the first (inside the 388 × 288 crate).
  root.builder.instance('PartBinPart1', bin, part, [740, 606, -250], [0, 84, 0]);
  root.builder.instance('PartBinPart2', bin, part, [860, 608.5, -245], [0, 97, 0]);
}

/** Yellow/black walkway tape round the operator zone in front of the board (1 mm thick). */
function buildFloorMark(root: ClickingPressGroup): void {
  const mark = root.group(N.floorMark, [0, 0, 450]);
  const w = 60;
  const x0 = -600, x1 = 600, z0 = 80, z1 = 820;
  const dash = 100;
  const along = (from: number, to: number, place: (c: number, len: number, black: boolean) => void) => {
    const n = Math.round((to - from) / dash);
    for (let i = 0; i < n; i++) place(from + (i + 0.5) * ((to - from) / n), (to - from) / n, i % 2 === 1);
  };
  along(x0, x1, (c, len, black) => {
    mark.box(black ? 'SafetyBlack' : 'SafetyYellow', [len, 1, w], [c, 0.5, z0 + w / 2]);
    mark.box(black ? 'SafetyBlack' : 'SafetyYellow', [len, 1, w], [c, 0.5, z1 - w / 2]);
  });
  along(z0 + w, z1 - w, (c, len, black) => {
    mark.box(black ? 'SafetyBlack' : 'SafetyYellow', [w, 1, len], [x0 + w / 2, 0.5, c]);
    mark.box(black ? 'SafetyBlack' : 'SafetyYellow', [w, 1, len], [x1 - w / 2, 0.5, c]);
  });
}
