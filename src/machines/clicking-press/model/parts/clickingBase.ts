/**
 * Clicking press base (machine-shapes.md §1, parts 1–4): welded cabinet on levelling feet with a
 * darker access door, bed plate, white cutting board, the column, and the oil inspection points.
 */
import { CLICKING_PRESS_NODES as N } from '../../nodes.ts';
import type { ClickingPressGroup } from '../palette.ts';
import { cylinder, extrude, torus } from '../../../../../tools/models/lib/shapes.ts';
import { roundedRect } from '../../../../../tools/models/lib/shapes.ts';
import { seeded } from '../../../../../tools/models/lib/outline.ts';
import { levellingFoot, nameplate, warningSticker } from '../../../../../tools/models/lib/parts/fittings.ts';

const CAB_X = 380;
const CAB_FRONT = -40;
const CAB_BACK = -800;
const CAB_BOTTOM = 50;
const CAB_TOP = 770;

export function buildBase(root: ClickingPressGroup): void {
  const cab = root.group('Cabinet', [0, 0, 0]);
  cab.span('PaintIvory', [-CAB_X, CAB_X], [CAB_BOTTOM + 40, CAB_TOP], [CAB_BACK, CAB_FRONT]);
  // Recessed dark plinth and a top lip make the welded box read as a machine base.
  cab.span('PaintDarkGrey', [-CAB_X + 15, CAB_X - 15], [CAB_BOTTOM, CAB_BOTTOM + 40], [CAB_BACK + 15, CAB_FRONT - 15]);
  cab.span('PaintIvory', [-CAB_X - 6, CAB_X + 6], [CAB_TOP - 20, CAB_TOP], [CAB_BACK - 6, CAB_FRONT + 6]);
  for (const x of [-CAB_X + 60, CAB_X - 60]) for (const z of [CAB_BACK + 60, CAB_FRONT - 60]) levellingFoot(cab, [x, 0, z], CAB_BOTTOM);

  // Access door (600 × 450 at y 120…570) with hinges, lock and cooling louvres.
  cab.span('PaintDoorGrey', [-300, 300], [120, 570], [CAB_FRONT, CAB_FRONT + 4]);
  for (const y of [170, 520]) cab.cyl('SteelMachined', 7, 40, [-304, y, CAB_FRONT + 4], 'y', 8);
  cab.cyl('Chrome', 12, 8, [265, 345, CAB_FRONT + 8], 'z', 16);
  cab.box('LabelBlack', [3, 12, 1], [265, 345, CAB_FRONT + 12.5]);
  for (let i = 0; i < 6; i++) cab.box('PaintDarkGrey', [260, 7, 2], [-100, 170 + i * 22, CAB_FRONT + 5]);
  nameplate(cab, [-230, 605, CAB_FRONT]);
  warningSticker(cab, [230, 605, CAB_FRONT], 48);
  warningSticker(cab, [CAB_X, 600, -250], 70, 'x');
  // Rear service panel over the pump and motor, with its screws and the supply cable.
  cab.span('PaintIvoryLight', [-300, 300], [150, 650], [CAB_BACK - 3, CAB_BACK]);
  for (const x of [-285, 285]) for (const y of [165, 635]) cab.cyl('SteelBright', 5, 3, [x, y, CAB_BACK - 4], 'z', 8);
  cab.cyl('BlackBakelite', 14, 24, [250, 110, CAB_BACK - 12], 'z', 12);
  cab.cyl('RubberBlack', 8, 110, [250, 55, CAB_BACK - 24], 'y', 8);
  cab.cyl('RubberBlack', 8, 300, [250, 8, CAB_BACK - 174], 'z', 8);
  warningSticker(cab, [0, 700, CAB_BACK], 60, '-z');
  // Motor cooling louvres on the right side, near the pump at the rear.
  for (let i = 0; i < 7; i++) cab.box('PaintDarkGrey', [2, 7, 200], [CAB_X + 1, 150 + i * 20, -560]);

  // Bed plate and the cutting board (front edge of the board at z = 0, overhanging the door).
  cab.span('SteelMachined', [-520, 520], [770, 810], [-560, 0]);
  buildBoard(root);

  // Column (Ø200, rear centre) with a base flange; its top disappears into the arm's hub skirt.
  cab.cyl('PaintIvory', 100, 1050 - 770, [0, 910, -680], 'y', 24);
  cab.cyl('PaintIvory', 135, 16, [0, 778, -680], 'y', 24);
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * Math.PI * 2 + Math.PI / 8;
    cab.cyl('SteelMachined', 8, 8, [Math.cos(a) * 118, 790, -680 + Math.sin(a) * 118], 'y', 6);
  }

  // Oil sight glass on the right side near the rear; OilLevel's origin is the bottom of the
  // window so scaling it in y fills from the bottom (scale 1 = full window).
  const glass = cab.group(N.oilSightGlass, [CAB_X, 330, -650]);
  glass.cyl('SightGlassBack', 22, 2, glass.local(1, 0, 0), 'x', 20);
  glass.add('Chrome', cab.builder.cached('sightRing', () => torus(23, 5, 6, 20)), glass.local(4, 0, 0), [0, 90, 0]);
  // MAX and MIN lines across the window, in front of the oil column.
  for (const y of [11, -7]) glass.box('LabelBlack', [1, 1.5, 36], glass.local(5.5, y, 0));
  const level = glass.group(N.oilLevel, glass.local(3, -18, 0));
  level.box('OilAmber', [2, 36, 28], level.local(0, 18, 0));

  // Oil filler/breather cap on top of the cabinet rear; origin on its axis at the neck top.
  cab.cyl('SteelMachined', 20, 20, [250, 780, -740], 'y', 12);
  const cap = cab.group(N.oilFillCap, [250, 790, -740]);
  cap.add('BlackBakelite', cab.builder.cached('fillCap', () => cylinder(30, 22, 12, 26)), cap.local(0, 11, 0));
}

/** Cutting board: cream polymer with a worn centre and a few knife scores (no textures). */
function buildBoard(root: ClickingPressGroup): void {
  const board = root.group(N.board, [0, 830, -260]);
  board.add('BoardPolymer', board.builder.cached('boardSlab', () => extrude(roundedRect(1000, 520, 6), 40)), [0, 810, -260], [-90, 0, 0]);
  board.add('BoardWorn', board.builder.cached('disc', () => cylinder(1, 1, 24)), [10, 850.1, -270], [0, 0, 0], [260, 0.4, 150]);
  const random = seeded(11);
  for (let i = 0; i < 16; i++) {
    const len = 50 + random() * 160;
    const x = (random() - 0.5) * 760;
    const z = -260 + (random() - 0.5) * 380;
    board.box('BoardScore', [len, 0.8, 1.2], [x, 850, z], [0, random() * 180, 0]);
  }
}
