/**
 * Control panel below the motor (machine-shapes.md §8 part 7): a royal-blue plate facing the
 * operator with the inverter's red LED display and speed knob, green start and red stop, the
 * red e-stop, the reversing switch and the dust-extraction switch (two motors, two switches
 * [S31]), and the spindle's pilot lamp. The sharpening stone rests on its bracket by the right wheel.
 */
import type { RoughingGroup } from '../palette.ts';
import { ROUGHING_NODES as N } from '../../nodes.ts';
import { AXIS, PANEL, WHEEL } from '../layout.ts';
import { eStop, flushButton, pointerKnob, selector } from '../../../../../tools/models/lib/parts/controls.ts';
import { pilotLamp, rocker } from '../../../../../tools/models/lib/parts/benchFittings.ts';
import type { Vec3 } from '../../../../../tools/models/lib/transform.ts';

export function buildPanel(root: RoughingGroup): void {
  const [cx, cy, cz] = PANEL.center;
  const panel = root.group(N.panel, [cx, cy, cz]);
  panel.box('RoyalBlue', [PANEL.w, PANEL.h, 20], [cx, cy, cz - 10]);
  const at = (x: number, y: number): Vec3 => [cx + x, cy + y, cz];
  // Inverter: display and knob at the top.
  panel.box('LabelBlack', [110, 44, 4], [cx - 60, cy + 70, cz + 2]);
  const display = panel.group(N.inverterDisplay, [cx - 60, cy + 70, cz + 4]);
  display.box('InverterLed', [96, 30, 2], [cx - 60, cy + 70, cz + 5]);
  pointerKnob(panel, N.speedKnob, at(70, 70), 18);
  // Start, stop, e-stop in a row.
  flushButton(panel, N.startButton, 'SignalGreen', at(-100, 0), 14);
  flushButton(panel, N.stopButton, 'SignalRed', at(-50, 0), 14);
  eStop(panel, N.estop, at(90, -10), 22);
  pilotLamp(panel, N.spindleLamp, 'LampSpindlePilot', at(10, 5), 9);
  // Reversing switch and the extraction rocker at the bottom, with their legends.
  selector(panel, N.reversingSwitch, at(-80, -70), 16);
  rocker(panel, N.extractionSwitch, at(20, -70));
  for (const x of [-80, 20]) panel.box('LabelWhite', [50, 8, 1], [cx + x, cy - 100, cz + 0.5]);

  // Sharpening stone on a bracket in front of and below the right wheel; it slides -z onto the wheel.
  const bracket: Vec3 = [WHEEL.x, AXIS.y - WHEEL.r - 25, AXIS.z + 90];
  panel.span('PaintDarkGrey', [WHEEL.x - 50, WHEEL.x + 50], [bracket[1] - 14, bracket[1] - 6], [AXIS.z + 40, AXIS.z + 130]);
  const stone = panel.group(N.sharpeningStone, bracket);
  stone.box('StoneGrey', [70, 22, 30], [bracket[0], bracket[1] + 5, bracket[2]]);
  stone.box('BlackBakelite', [24, 16, 50], [bracket[0], bracket[1] + 2, bracket[2] + 38]);
}
