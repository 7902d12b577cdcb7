/**
 * IR flash reactivator beside the press (machine-shapes.md §6, all geometry [I]): a grey
 * bench-height cabinet on casters, an open-fronted heating chamber on top with a bank of quartz
 * IR tubes under a reflector, and a pull-out wire tray carrying a sole (adhesive up) and a lasted
 * upper (bottom up, resting on its last). Footprint x -1050…-450, z -550…0.
 */
import { SOLE_PRESS_NODES as N } from '../../nodes.ts';
import type { SolePressGroup } from '../palette.ts';
import { caster, nameplate, warningSticker } from '../../../../../tools/models/lib/parts/fittings.ts';
import { eStop, legend, mainSwitch, pilotLamp, pointerKnob } from '../../../../../tools/models/lib/parts/controls.ts';

const CX = -750;
const X0 = -1050;
const X1 = -450;
const BACK = -550;
const DECK = 850;
const TOP = 1100;
const TRAY_Y = 875;
const LAMP_Y = 1045;
/** Centre line of the front control panel. */
const PANEL_Y = 635;

export function buildReactivator(root: SolePressGroup, shoe: SolePressGroup, sole: SolePressGroup): void {
  const unit = root.group(N.reactivator, [CX, 0, 0]);
  // Cabinet on casters with a front door.
  unit.span('PaintLightGrey', [X0, X1], [80, DECK], [BACK, -10]);
  unit.span('PaintDarkGrey', [X0 + 10, X1 - 10], [70, 80], [BACK + 10, -20]);
  for (const x of [X0 + 40, X1 - 40]) for (const z of [BACK + 50, -60]) caster(unit, [x, 0, z], 70);
  unit.span('PaintWhite', [X0 + 30, X1 - 30], [110, 540], [-10, -7]);
  unit.span('Chrome', [X1 - 70, X1 - 58], [270, 390], [-7, 5]);
  nameplate(unit, [CX - 150, 500, -7], 90, 36);

  // Heating chamber: side cheeks, back wall and roof; open front above the tray.
  unit.span('PaintWhite', [X0, X0 + 40], [DECK, TOP], [BACK, 0]);
  unit.span('PaintWhite', [X1 - 40, X1], [DECK, TOP], [BACK, 0]);
  unit.span('PaintWhite', [X0 + 40, X1 - 40], [DECK, TOP], [BACK, BACK + 40]);
  unit.span('PaintWhite', [X0, X1], [1070, TOP], [BACK, 0]);
  unit.span('PaintDarkGrey', [X0 + 40, X1 - 40], [DECK, DECK + 6], [BACK + 40, -10]);
  unit.span('Aluminium', [X0 + 40, X1 - 40], [1064, 1070], [BACK + 40, -10]);
  for (let i = 0; i < 6; i++) unit.span('PaintDarkGrey', [X0 + 120 + i * 62, X0 + 160 + i * 62], [1080, 1090], [0, 1]);
  warningSticker(unit, [X0 + 20, 1000, 0], 34);
  warningSticker(unit, [X1 - 20, 1000, 0], 34);
  // Tray runners on the chamber cheeks.
  for (const x of [X0 + 40, X1 - 50]) unit.span('SteelMachined', [x, x + 10], [TRAY_Y - 10, TRAY_Y - 4], [BACK + 40, -5]);

  buildLamps(unit);
  buildPanel(unit);
  buildTray(unit, shoe, sole);
}

/** Quartz IR tubes (material IrLampGlow, emissive off in the file) with ceramic end caps. */
function buildLamps(unit: SolePressGroup): void {
  const lamps = unit.group(N.reactivatorLamps, [CX, LAMP_Y, -240]);
  for (const z of [-60, -180, -300, -420]) {
    lamps.cyl('IrLampGlow', 7, 488, [CX, LAMP_Y, z], 'x', 12);
    for (const x of [X0 + 46, X1 - 46]) lamps.cyl('LabelWhite', 10, 12, [x, LAMP_Y, z], 'x', 12);
  }
}

/**
 * Control panel on the cabinet front, below the chamber: display, ready lamp, temperature and
 * timer knobs, switch, e-stop. It sits 130 mm under the tray runners so the tray, pulled out
 * 300 mm, does not hide it from the operator's (and the default camera's) eye.
 */
function buildPanel(unit: SolePressGroup): void {
  const y = PANEL_Y;
  const panel = unit.group('ReactivatorPanel', [CX, y, 0]);
  panel.span('PaintDarkGrey', [X0 + 10, X1 - 10], [y - 75, y + 75], [-10, -4]);
  const z = -4;
  panel.span('BlackBakelite', [-1000, -880], [y - 22, y + 23], [z, z + 3]);
  const display = panel.group(N.reactivatorDisplay, [-940, y, z + 3]);
  display.span('ReactivatorLed', [-994, -886], [y - 16, y + 17], [z + 3, z + 4]);
  pilotLamp(panel, N.reactivatorReadyLamp, 'ReactivatorLampReady', [-845, y, z], 10);
  pointerKnob(panel, N.reactivatorTempKnob, [-780, y, z], 15);
  pointerKnob(panel, N.reactivatorTimerKnob, [-705, y, z], 15);
  mainSwitch(panel, N.reactivatorSwitch, [-610, y, z], 56);
  eStop(panel, N.reactivatorEStop, [-515, y, z], 17);
  for (const x of [-940, -845, -780, -705]) legend(panel, [x, y - 45, z], 36);
}

/** Pull-out wire tray (rest: in, under the lamps), carrying the sole and the lasted upper. */
function buildTray(unit: SolePressGroup, shoe: SolePressGroup, sole: SolePressGroup): void {
  const tray = unit.group(N.reactivatorTray, [CX, TRAY_Y, -270]);
  const y = TRAY_Y;
  for (const x of [X0 + 50, X1 - 50]) tray.cyl('SteelBright', 4, 440, [x, y, -275], 'z', 8);
  for (const zz of [-490, -60]) tray.cyl('SteelBright', 4, 500, [CX, y, zz], 'x', 8);
  for (let i = 1; i < 10; i++) tray.cyl('SteelBright', 2, 430, [X0 + 50 + i * 50, y + 2, -275], 'z', 6);
  for (const zz of [-350, -200]) tray.cyl('SteelBright', 2, 500, [CX, y - 2, zz], 'x', 6);
  // Front lip and pull handle.
  tray.span('PaintDarkGrey', [X0 + 46, X1 - 46], [y - 8, y + 24], [-60, -54]);
  for (const x of [CX - 100, CX + 100]) tray.cyl('Chrome', 5, 30, [x, y + 8, -39], 'z', 8);
  tray.cyl('Chrome', 7, 230, [CX, y + 8, -24], 'x', 12);
  // Both lie lengthwise across the tray (toe to -x) so the operator sees them in profile:
  // the sole adhesive-up at the front, the lasted upper bottom-up behind it, resting on its
  // last top (145 mm above the shoe origin).
  unit.builder.instance(N.traySole, tray, sole, [CX, y + 4, -150], [0, 90, 0]);
  unit.builder.instance(N.trayShoe, tray, shoe, [CX, y + 4 + 145, -350], [0, 90, 180]);
}
