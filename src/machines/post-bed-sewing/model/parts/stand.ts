/**
 * Industrial sewing table (machine-shapes.md §3 parts 1, 2, 14–16): light melamine top on a grey
 * T-leg stand with a drawer on the left, the servo control box under the top on the right (power
 * rocker, pilot lamp, speed knob, needle-stop key), the pedal on its rod and the knee lifter.
 */
import type { SewingGroup } from '../palette.ts';
import { SEWING_NODES as N } from '../../nodes.ts';
import { CONTROL_BOX, PEDAL, TABLE } from '../layout.ts';
import { knurledKnob, pilotLamp, rocker, rod } from '../../../../../tools/models/lib/parts/benchFittings.ts';

export function buildStand(root: SewingGroup): void {
  const table = root.group(N.table, [150, TABLE.y[0], -275]);
  table.span('MelamineLight', TABLE.x, [TABLE.y[0] + 2, TABLE.y[1]], [TABLE.z[0] + 2, TABLE.z[1] - 2]);
  table.span('Aluminium', TABLE.x, TABLE.y, [TABLE.z[1] - 2, TABLE.z[1]]);
  table.span('PaintLightGrey', [-440, -60], [600, TABLE.y[0]], [-450, -30]);
  table.box('Chrome', [70, 8, 10], [-250, 660, -23]);

  const stand = root.group(N.stand, [150, 0, -275]);
  for (const x of [-420, 720]) {
    stand.span('PaintDarkGrey', [x - 20, x + 20], [20, TABLE.y[0] - 10], [-300, -260]);
    stand.span('PaintDarkGrey', [x - 25, x + 25], [0, 25], [-520, -30]);
    stand.span('PaintDarkGrey', [x - 15, x + 15], [TABLE.y[0] - 30, TABLE.y[0]], [-520, -30]);
    for (const z of [-510, -40]) stand.cyl('RubberBlack', 20, 8, [x, 4, z], 'y', 10);
  }
  stand.span('PaintDarkGrey', [-420, 720], [180, 210], [-300, -270]);
  buildControlBox(root);
  buildPedal(root, stand);
  buildKneeLifter(root, stand);
}

/** Direct-drive servo control box under the top, right: its keys face the operator. */
function buildControlBox(root: SewingGroup): void {
  const box = root.group(N.controlBox, [550, 650, -285]);
  const front = CONTROL_BOX.z[1];
  box.span('BlackBakelite', CONTROL_BOX.x, CONTROL_BOX.y, CONTROL_BOX.z);
  box.span('PaintDarkGrey', [470, 630], [600, 710], [front, front + 2]);
  rocker(box, N.powerSwitch, [490, 680, front + 2]);
  pilotLamp(box, N.powerLamp, 'LampPower', [530, 690, front + 2]);
  const speed = box.group(N.speedKnob, [580, 650, front + 2]);
  knurledKnob(speed, [580, 650, front + 2], 'z', 12, 12);
  const stop = box.group(N.needleStopKey, [620, 620, front + 2]);
  stop.box('PaintLightGrey', [18, 12, 6], [620, 620, front + 5]);
  box.box('LabelWhite', [60, 8, 0.6], [560, 612, front + 2.4]);
}

/** The pedal (toe forward = sew) on a hinge bracket, its rod up to the control box; the heel plate trims. */
function buildPedal(root: SewingGroup, stand: SewingGroup): void {
  const cz = (PEDAL.z[0] + PEDAL.z[1]) / 2;
  stand.span('PaintDarkGrey', [40, 140], [0, 40], [cz - 20, cz + 20]);
  const pedal = root.group(N.pedal, [90, 60, cz]);
  pedal.box('PaintDarkGrey', [300, 12, 180], [90, 70, cz]);
  for (let i = 0; i < 5; i++) pedal.box('RubberBlack', [270, 3, 10], [90, 78, cz + 70 - i * 30]);
  rod(pedal, 'SteelMachined', [150, 76, cz - 60], [500, 590, -300], 4);
  const heel = root.group(N.pedalHeel, [90, 80, cz - 85]);
  heel.box('RubberBlack', [200, 6, 20], [90, 80, cz - 80]);
}

/** Knee lifter: a chrome rod down from under the top with a black rubber pad for the right knee. */
function buildKneeLifter(root: SewingGroup, stand: SewingGroup): void {
  stand.span('PaintDarkGrey', [60, 120], [700, TABLE.y[0]], [-160, -120]);
  const knee = root.group(N.kneeLifter, [90, 710, -140]);
  rod(knee, 'Chrome', [90, 710, -140], [100, 620, 0], 5);
  knee.box('RubberBlack', [60, 90, 20], [100, 600, 10]);
}
