/**
 * Operator controls (machine-shapes.md §5 parts 7–9): a pair of green START buttons under the
 * deck edge in front of the hot pair and of the cold pair, the e-stop in the middle, main switch,
 * heater and chiller switches and RESET on the cabinet front, and the air service unit (filter
 * bowl, regulator knob, gauge) on the left upright.
 */
import { COUNTER_MOULDER_NODES as N } from '../../nodes.ts';
import type { CounterMoulderGroup } from '../palette.ts';
import { eStop, flushButton, gauge, legend, mainSwitch, pointerKnob, selector } from '../../../../../tools/models/lib/parts/controls.ts';

const FRONT_Z = 4;

export function buildControls(root: CounterMoulderGroup): void {
  const strip = root.group('StartStrip', [0, 925, FRONT_Z]);
  strip.span('Aluminium', [-660, 660], [900, 945], [0, FRONT_Z]);
  flushButton(strip, N.hotLeft, 'SignalGreen', [-560, 922, FRONT_Z], 14);
  flushButton(strip, N.hotRight, 'SignalGreen', [-140, 922, FRONT_Z], 14);
  flushButton(strip, N.coldLeft, 'SignalGreen', [140, 922, FRONT_Z], 14);
  flushButton(strip, N.coldRight, 'SignalGreen', [560, 922, FRONT_Z], 14);
  eStop(strip, N.estop, [0, 860, FRONT_Z], 22);
  const panel = root.group('FrontPanel', [0, 760, FRONT_Z]);
  panel.span('Aluminium', [-620, -280], [700, 820], [FRONT_Z, FRONT_Z + 3]);
  mainSwitch(panel, N.mainSwitch, [-560, 760, FRONT_Z + 3], 70);
  selector(panel, N.heaterSwitch, [-440, 760, FRONT_Z + 3]);
  selector(panel, N.chillerSwitch, [-360, 760, FRONT_Z + 3]);
  legend(panel, [-440, 722, FRONT_Z + 3]);
  legend(panel, [-360, 722, FRONT_Z + 3]);
  panel.span('Aluminium', [380, 470], [720, 800], [FRONT_Z, FRONT_Z + 3]);
  flushButton(panel, N.reset, 'SignalBlue', [425, 760, FRONT_Z + 3], 12);
  // Air service unit on a bracket outside the left upright.
  const air = root.group('AirServiceUnit', [-760, 1150, -120]);
  air.span('PaintDarkGrey', [-700, -690], [1000, 1300], [-200, -40]);
  air.span('PaintIvory', [-830, -690], [1040, 1290], [-132, -120]);
  gauge(air, N.airGaugeNeedle, [-760, 1230, -120], 56);
  pointerKnob(air, N.airRegulator, [-760, 1140, -120], 16);
  air.cyl('SteelBright', 22, 60, [-760, 1070, -95], 'y', 14);
  air.cyl('FrostWhite', 18, 40, [-760, 1020, -95], 'y', 14);
}
