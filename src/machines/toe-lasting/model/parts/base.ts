/**
 * Main base / hydraulic cabinet (ivory, red louvred left panel, levelling feet) with the oil sight
 * glass, filler cap and base e-stop; the inclined front switch panel under the head; the two-pedal
 * teal foot switch on the floor (machine-shapes.md §4 parts 1, 8, 14, 15).
 */
import { TOE_LASTING_NODES as N } from '../../nodes.ts';
import type { ToeLastingGroup } from '../palette.ts';
import { eStop, legend, pointerKnob, selector } from '../../../../../tools/models/lib/parts/controls.ts';
import { levellingFoot, nameplate, warningSticker } from '../../../../../tools/models/lib/parts/fittings.ts';

const BASE = { x: 290, top: 900, back: -1650, front: -150 } as const;

export function buildBase(root: ToeLastingGroup): void {
  const base = root.group('BaseCabinet', [0, 0, 0]);
  base.span('PaintIvory', [-BASE.x, BASE.x], [60, BASE.top], [BASE.back, BASE.front]);
  base.span('PaintLightGrey', [-BASE.x - 5, BASE.x + 5], [BASE.top - 12, BASE.top], [BASE.back - 5, BASE.front + 5]);
  // Red louvred panel on the left side: a panel with a stack of louvre slats.
  base.span('PaintDalongRed', [-BASE.x - 4, -BASE.x], [160, 780], [-1450, -350]);
  for (let y = 220; y <= 720; y += 50) base.span('PaintDarkGrey', [-BASE.x - 9, -BASE.x - 4], [y, y + 10], [-1380, -420]);
  // Front door seams and a handle.
  base.span('PaintLightGrey', [-BASE.x + 20, BASE.x - 20], [100, 102], [BASE.front, BASE.front + 1]);
  base.span('PaintLightGrey', [-1, 1], [100, 760], [BASE.front, BASE.front + 1]);
  base.cyl('Chrome', 6, 80, [40, 480, BASE.front + 14], 'y', 10);
  for (const x of [-BASE.x + 40, BASE.x - 40]) for (const z of [BASE.back + 60, BASE.front - 60]) levellingFoot(base, [x, 0, z], 60);
  nameplate(base, [0, 820, BASE.front], 120, 44);
  warningSticker(base, [-180, 700, BASE.front], 50);
  // Oil sight glass (front, lower left) and filler cap (on the top deck, right front).
  const glass = base.group(N.oilSightGlass, [-200, 300, BASE.front]);
  glass.cyl('Chrome', 22, 6, [-200, 300, BASE.front + 3], 'z', 16);
  glass.cyl('GaugeDial', 16, 2, [-200, 300, BASE.front + 7], 'z', 16);
  glass.span('Bronze', [-214, -186], [284, 302], [BASE.front + 7, BASE.front + 8.5]);
  const cap = base.group(N.oilFillCap, [220, BASE.top, -260]);
  cap.cyl('BlackBakelite', 24, 26, [220, BASE.top + 13, -260], 'y', 16);
  // E-stop on the front of the base, lower left of the head [K-687MA image].
  eStop(base, N.baseEStop, [-250, 850, BASE.front], 20);
  // A stainless adhesive/tool tray at the front left.
  base.span('Stainless', [-290, -30], [920, 928], [-150, 50]);
  base.span('Stainless', [-290, -30], [928, 960], [44, 50]);
  base.span('Stainless', [-290, -284], [928, 960], [-150, 50]);
}

/** Inclined switch panel under the head: pull, wiper and time knobs, the side selector and a row
 *  of small chrome pincer toggles (one per pincer; the side ones switch together here). */
export function buildFrontPanel(root: ToeLastingGroup): void {
  const tilt = 25;
  const panel = root.group('FrontPanel', [0, 1015, -140]);
  panel.box('PaintIvory', [300, 170, 24], [0, 1015, -152], [-tilt, 0, 0]);
  panel.box('PaintDarkGrey', [270, 140, 2], [0, 1015, -139], [-tilt, 0, 0]);
  // Controls sit on the inclined face; each control's own group keeps the +z facing of the kit
  // parts (the tilt is small enough to read as one face from the operator's position).
  const face = (x: number, y: number) => [x, y, -136 + (y - 1015) * -Math.tan((tilt * Math.PI) / 180)] as const;
  pointerKnob(panel, N.pullKnob, face(-95, 1045), 15);
  pointerKnob(panel, N.wiperKnob, face(-35, 1045), 15);
  pointerKnob(panel, N.dwellKnob, face(25, 1045), 15);
  selector(panel, N.sideSelector, face(95, 1045), 14);
  for (const x of [-95, -35, 25, 95]) legend(panel, face(x, 1010), 34);
  const toggles = panel.group(N.pincerToggles, face(0, 975));
  for (let i = 0; i < 9; i++) {
    const x = -96 + i * 24;
    panel.cyl('Chrome', 6, 4, [x, face(0, 975)[1], face(0, 975)[2] + 2], 'z', 10);
    toggles.cyl('Chrome', 2.5, 18, [x, face(0, 975)[1] - 7, face(0, 975)[2] + 9], 'y', 8);
  }
}

/** Two-pedal foot switch on the floor (teal box): BACK on the left, FORWARD on the right. */
export function buildFootSwitch(root: ToeLastingGroup): void {
  const box = root.group('FootSwitch', [100, 0, 175]);
  box.span('PedalTeal', [-50, 250], [0, 70], [50, 300]);
  box.span('PaintDarkGrey', [-45, 245], [70, 74], [60, 120]);
  box.cyl('RubberBlack', 6, 600, [100, 6, -250], 'z', 8);
  const back = box.group(N.pedalBack, [40, 95, 200]);
  back.span('PaintDarkGrey', [-40, 90], [72, 100], [120, 295]);
  back.span('RubberBlack', [-36, 86], [100, 104], [130, 290]);
  const fwd = box.group(N.pedalForward, [160, 95, 200]);
  fwd.span('PaintDarkGrey', [110, 240], [72, 100], [120, 295]);
  fwd.span('RubberBlack', [114, 236], [100, 104], [130, 290]);
}
