/**
 * Clicking press control strip (machine-shapes.md §1 part 9): an aluminium plate 620 × 110 at
 * y 640…750 on the cabinet front (z -40). Left to right: power lamp, pump lamp, pump start and
 * stop, mode selector, pressure knob, pressure gauge, reset, main isolator, e-stop.
 */
import { CLICKING_PRESS_NODES as N } from '../../nodes.ts';
import type { ClickingPressGroup } from '../palette.ts';
import { eStop, flushButton, gauge, legend, mainSwitch, pilotLamp, pointerKnob, selector } from '../../../../../tools/models/lib/parts/controls.ts';

const FACE_Z = -36; // front of the 4 mm strip on the cabinet face at z -40
const ROW_Y = 700;
const LEGEND_Y = 655;

export function buildControlStrip(root: ClickingPressGroup): void {
  const strip = root.group('ControlStrip', [0, 695, FACE_Z]);
  strip.span('Aluminium', [-310, 310], [640, 750], [-40, FACE_Z]);
  const at = (x: number, y = ROW_Y) => [x, y, FACE_Z] as const;

  pilotLamp(strip, N.powerLamp, 'LampPower', at(-282));
  pilotLamp(strip, N.pumpLamp, 'LampPump', at(-242));
  flushButton(strip, N.pumpStart, 'SignalGreen', at(-197));
  flushButton(strip, N.pumpStop, 'SignalRed', at(-155));
  selector(strip, N.modeSelector, at(-103));
  pointerKnob(strip, N.pressureKnob, at(-45));
  gauge(strip, N.pressureGaugeNeedle, at(25, 695), 68);
  flushButton(strip, N.reset, 'SignalBlue', at(97));
  mainSwitch(strip, N.mainSwitch, at(170, 695), 70);
  eStop(strip, N.estop, at(262, 695));
  for (const x of [-282, -242, -197, -155, -103, -45, 97]) legend(strip, [x, LEGEND_Y, FACE_Z], 32);
}
