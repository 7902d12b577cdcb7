/**
 * FX811-type cover sole press (machine-shapes.md §6): white cabinet on casters with a blue
 * recessed window, blue access door and chrome pad-height handwheel; on top the pad box in a
 * three-sided blue splash hood under a red clamshell cover hinged at the rear.
 */
import { SOLE_PRESS_NODES as N } from '../../nodes.ts';
import type { SolePressGroup } from '../palette.ts';
import type { Point2 } from '../../../../../tools/models/lib/outline.ts';
import { cylinder, extrude, polygonShape, roundedRect } from '../../../../../tools/models/lib/shapes.ts';
import { caster, nameplate, warningSticker } from '../../../../../tools/models/lib/parts/fittings.ts';
import { crankDisc } from '../../../../../tools/models/lib/parts/handwheels.ts';
import { gapWedgeGeometry, soleGeometry, stationZ, upperGeometry, upperHalfWidth, upperTop } from './shoe.ts';

const X = 200;
const BACK = -750;
const TOP = 760;
const BOTTOM = 70;
/** Cover hinge axis (along x), rear of the station. */
export const HINGE: readonly [number, number, number] = [0, 880, -640];
const PAD_TOP = 830;
const SHOE_Z = -375;
const SIDE_ON_X = [0, 90, 0] as const; // profile drawn in (u = -z, v = y), extruded along +x

export function buildStation(root: SolePressGroup): { cabinet: SolePressGroup; shoe: SolePressGroup; sole: SolePressGroup } {
  const cab = root.group('PressCabinet', [0, 0, 0]);
  buildCabinet(cab);
  buildHood(cab);
  const { shoe, sole } = buildPadBox(root);
  buildCover(root);
  buildHandsSensor(root);
  const wheel = root.group(N.padHeightHandwheel, [0, 330, 6]);
  crankDisc(wheel, 120);
  return { cabinet: cab, shoe, sole };
}

function buildCabinet(cab: SolePressGroup): void {
  // Body, with the front made of strips round the recessed blue window (x ±100, y 440…700).
  cab.span('PaintWhite', [-X, X], [BOTTOM, TOP], [BACK, -30]);
  cab.span('PaintWhite', [-X, -100], [BOTTOM, TOP], [-30, 0]);
  cab.span('PaintWhite', [100, X], [BOTTOM, TOP], [-30, 0]);
  cab.span('PaintWhite', [-100, 100], [700, TOP], [-30, 0]);
  cab.span('PaintWhite', [-100, 100], [BOTTOM, 440], [-30, 0]);
  cab.span('PaintRoyalBlue', [-100, 100], [440, 700], [-31, -29]);
  for (const x of [-100, 98]) cab.span('PaintRoyalBlue', [x, x + 2], [440, 700], [-30, 0]);
  for (const y of [440, 698]) cab.span('PaintRoyalBlue', [-98, 98], [y, y + 2], [-30, 0]);
  // Pad-height screw seen through the window, with its lifting nut.
  cab.cyl('Chrome', 18, 260, [0, 570, -15], 'y', 16);
  cab.span('SteelMachined', [-32, 32], [600, 630], [-28, -2]);
  // Top deck and a darker plinth.
  cab.span('PaintLightGrey', [-X - 4, X + 4], [TOP - 10, TOP], [BACK - 4, 4]);
  cab.span('PaintDarkGrey', [-X + 10, X - 10], [BOTTOM - 10, BOTTOM], [BACK + 10, -10]);
  for (const x of [-X + 40, X - 40]) for (const z of [BACK + 50, -50]) caster(cab, [x, 0, z], BOTTOM - 10);
  // Blue access door with a latch, handwheel boss, nameplate and stickers.
  cab.span('PaintRoyalBlue', [-90, 90], [80, 260], [0, 2]);
  cab.cyl('BlackBakelite', 8, 10, [70, 170, 5], 'z', 12);
  cab.cyl('Chrome', 14, 6, [0, 330, 3], 'z', 16);
  nameplate(cab, [-150, 395, 0], 84, 40);
  warningSticker(cab, [150, 395, 0], 46);
  warningSticker(cab, [-110, 1000, BACK + 10], 56);
  // Rear hinge brackets and pin for the cover.
  for (const s of [-1, 1]) cab.span('SteelMachined', [s * 150 - 6, s * 150 + 6], [TOP, HINGE[1] + 16], [HINGE[2] - 18, HINGE[2] + 18]);
  cab.cyl('SteelBright', 7, 312, HINGE, 'x', 12);
}

/** Three-sided royal-blue splash hood: back panel and two sloping side panels. */
function buildHood(cab: SolePressGroup): void {
  cab.span('PaintRoyalBlue', [-X, X], [TOP, 1050], [BACK, BACK + 10]);
  cab.span('PaintRoyalBlue', [-X - 4, X + 4], [1044, 1056], [BACK - 2, BACK + 16]);
  const side = cab.builder.cached('hoodSide', () =>
    extrude(polygonShape([[-BACK, TOP], [-BACK, 1050], [20, 850], [20, TOP]]), 10, { curveSegments: 1 }),
  );
  for (const x of [-X, X - 10]) cab.add('PaintRoyalBlue', side, [x, 0, 0], SIDE_ON_X);
}

/** Pad box (tray, rubber pad, toe and heel jacks) carrying the shoe; the whole box lifts in y. */
function buildPadBox(root: SolePressGroup): { shoe: SolePressGroup; sole: SolePressGroup } {
  const box = root.group(N.padBox, [0, TOP, SHOE_Z]);
  box.span('SteelMachined', [-150, 150], [TOP, 775], [-600, -150]);
  box.span('SteelMachined', [-150, -140], [775, 840], [-600, -150]);
  box.span('SteelMachined', [140, 150], [775, 840], [-600, -150]);
  box.span('SteelMachined', [-140, 140], [775, 840], [-600, -590]);
  box.span('SteelMachined', [-140, 140], [775, 840], [-160, -150]);
  // Lifting sleeve: long enough to stay in the deck over the 150 mm height range.
  box.cyl('SteelBright', 30, 170, [0, TOP - 85, SHOE_Z], 'y', 16);

  const pad = box.group(N.pad, [0, 775, SHOE_Z]);
  pad.add('RubberBlack', box.builder.cached('pad', () => extrude(roundedRect(276, 426, 30), PAD_TOP - 775)), [0, 775, SHOE_Z], [-90, 0, 0]);

  jack(box, N.toeJack, -545, 1);
  jack(box, N.heelJack, -190, -1);

  const shoe = box.group(N.shoeOnPad, [0, PAD_TOP, SHOE_Z]);
  buildShoeUpper(shoe);
  const sole = shoe.group(N.soleOnShoe, shoe.origin);
  sole.add('SoleRubber', shoe.builder.cached('sole', soleGeometry), shoe.origin);
  shoe.group(N.soleToeGap, shoe.local(0, 12, -140)).add('GapDark', gapWedgeGeometry('toe'), shoe.origin);
  shoe.group(N.soleHeelGap, shoe.local(0, 28, 140)).add('GapDark', gapWedgeGeometry('heel'), shoe.origin);
  return { shoe, sole };
}

/** A jack: steel carriage on the pad with an upright rubber-faced post facing `face` (±z). */
function jack(box: SolePressGroup, name: string, z: number, face: 1 | -1): void {
  const j = box.group(name, [0, PAD_TOP, z]);
  j.box('SteelMachined', [80, 15, 34], j.local(0, 7.5, 0));
  j.box('SteelMachined', [50, 60, 16], j.local(0, 45, -face * 4));
  j.box('RubberBlack', [46, 50, 6], j.local(0, 47, face * 7));
  j.cyl('BlackBakelite', 7, 24, j.local(0, 30, -face * 22), 'z', 10);
}

/** Upper on the last: lofted body, last top at the collar, white laces over the instep. */
function buildShoeUpper(shoe: SolePressGroup): void {
  const b = shoe.builder;
  shoe.add('ShoeUpper', b.cached('upper', upperGeometry), shoe.origin);
  const tLast = 0.76;
  const lastZ = stationZ(tLast);
  const lastBase = upperTop(tLast) - 14;
  shoe.add('LastPlastic', b.cached('disc', () => cylinder(1, 1, 20)), shoe.local(0, (lastBase + 145) / 2, lastZ), [0, 0, 0], [23, 145 - lastBase, 34]);
  shoe.add('LabelBlack', b.cached('disc', () => cylinder(1, 1, 20)), shoe.local(0, 145, lastZ + 8), [0, 0, 0], [6, 1, 6]);
  shoe.add('ShoeUpper', b.cached('disc', () => cylinder(1, 1, 20)), shoe.local(0, upperTop(tLast) - 2, lastZ), [0, 0, 0], [29, 6, 40]);
  for (let i = 0; i < 5; i++) {
    const t = 0.4 + i * 0.045;
    shoe.box('LabelWhite', [upperHalfWidth(t) * 0.9, 2.5, 4], shoe.local(0, upperTop(t) - 0.5, stationZ(t)), [-12, 0, 0]);
  }
}

/** Red clamshell cover, hollow underneath, on two straps to the rear hinge. Rest = closed. */
function buildCover(root: SolePressGroup): void {
  const hinge = root.group(N.coverHinge, HINGE);
  const cover = hinge.group(N.cover, HINGE);
  const b = cover.builder;
  const outer = arch(520, 120, 848, 1000, 50);
  const inner = arch(510, 130, 848, 990, 40);
  const shell = b.cached('coverShell', () => extrude(polygonShape([...outer, ...inner.reverse()]), 284, { curveSegments: 1 }));
  cover.add('PaintCoverRed', shell, [-142, 0, 0], SIDE_ON_X);
  const end = b.cached('coverEnd', () => extrude(polygonShape(outer), 8, { curveSegments: 1 }));
  for (const x of [-150, 142]) cover.add('PaintCoverRed', end, [x, 0, 0], SIDE_ON_X);
  // Hold-down pad inside, over the last top; black T latch knob on the front.
  cover.span('RubberBlack', [-45, 45], [978, 990], [-340, -230]);
  cover.cyl('BlackBakelite', 6, 26, [0, 935, -107], 'z', 10);
  cover.box('BlackBakelite', [64, 14, 14], [0, 935, -90]);
  // Straps to the hinge knuckles.
  for (const x of [-120, 120]) {
    cover.box('PaintCoverRed', [16, 12, 166], [x, 938, -580], [-42.5, 0, 0]);
    cover.cyl('PaintCoverRed', 14, 24, [x, HINGE[1], HINGE[2]], 'x', 12);
  }
}

/** ∩ outline in (u = -z, v = y): rear bottom → over the rounded top → front bottom. */
function arch(rearU: number, frontU: number, bottom: number, top: number, r: number): Point2[] {
  const pts: Point2[] = [[rearU, bottom]];
  const corner = (cu: number, cv: number, from: number, steps = 6) => {
    for (let i = 0; i <= steps; i++) {
      const a = ((from + (90 * i) / steps) * Math.PI) / 180;
      pts.push([cu + r * Math.cos(a), cv + r * Math.sin(a)]);
    }
  };
  corner(rearU - r, top - r, 0);
  corner(frontU + r, top - r, 90);
  pts.push([frontU, bottom]);
  return pts;
}

/** Light-curtain posts at the front corners and the beam between them. */
function buildHandsSensor(root: SolePressGroup): void {
  const sensor = root.group(N.handsSensor, [0, TOP, -35]);
  for (const s of [-1, 1]) {
    sensor.span('BlackBakelite', [s * 178 - 9, s * 178 + 9], [TOP, 910], [-44, -26]);
    sensor.span('SignalRed', [s * 169 - 1, s * 169 + 1], [780, 900], [-40, -30]);
  }
  const beam = sensor.group(N.handsSensorBeam, [0, 830, -35]);
  beam.cyl('SensorBeam', 1.5, 336, [0, 830, -35], 'x', 6);
}
