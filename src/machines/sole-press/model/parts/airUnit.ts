/**
 * Compressed-air supply on the press's right side: shop-air hose → quarter-turn ball valve →
 * filter-regulator (bowl with drain below, knob on top, gauge facing the operator) → press.
 */
import { SOLE_PRESS_NODES as N } from '../../nodes.ts';
import type { SolePressGroup } from '../palette.ts';
import { lathe } from '../../../../../tools/models/lib/shapes.ts';
import { gauge } from '../../../../../tools/models/lib/parts/controls.ts';

const X = 245; // unit axis, 45 mm out from the cabinet side (x 200)
const Z = -260;
const BODY_Y = 590;

export function buildAirUnit(root: SolePressGroup): void {
  const air = root.group('AirUnit', [X, BODY_Y, Z]);
  // Bracket on the cabinet side and the filter-regulator body.
  air.span('SteelMachined', [200, 206], [530, 650], [Z - 40, Z + 40]);
  air.span('Aluminium', [X - 24, X + 24], [BODY_Y - 30, BODY_Y + 30], [Z - 24, Z + 24]);
  air.span('SteelMachined', [206, X - 24], [BODY_Y - 10, BODY_Y + 10], [Z - 10, Z + 10]);
  air.cyl('Aluminium', 14, 12, [X, BODY_Y + 36, Z], 'y', 12);

  // Gauge on the regulator's front port, facing the operator.
  air.cyl('Brass', 5, 14, [X, BODY_Y, Z + 31], 'z', 8);
  gauge(air, N.airGaugeNeedle, [X, BODY_Y, Z + 38], 44);

  // Regulator knob on top: turns about y; origin on its axis.
  const knob = air.group(N.airRegulatorKnob, [X, BODY_Y + 42, Z]);
  knob.cyl('BlackBakelite', 17, 22, knob.local(0, 11, 0), 'y', 12);
  knob.box('LabelWhite', [2, 1, 10], knob.local(0, 22.3, 10));

  // Transparent filter bowl below the body, with the twist drain at its bottom.
  const bowl = air.group(N.filterBowl, [X, BODY_Y - 30, Z]);
  const bowlShape = air.builder.cached('bowl', () => lathe([[0, -95], [12, -95], [19, -80], [21, -30], [21, 0], [0, 0]], 16));
  bowl.add('FilterBowl', bowlShape, bowl.local(0, 0, 0));
  bowl.cyl('Aluminium', 23, 8, bowl.local(0, -4, 0), 'y', 16);
  const drain = bowl.group(N.filterDrainValve, bowl.local(0, -95, 0));
  drain.cyl('BlackBakelite', 7, 12, drain.local(0, -6, 0), 'y', 10);
  drain.box('BlackBakelite', [18, 8, 3], drain.local(0, -9, 0));

  // Inlet pipe from the rear into the body, the ball valve on it, and the supply hose.
  air.cyl('SteelBright', 7, 266, [X, BODY_Y, -417], 'z', 10);
  air.cyl('Brass', 15, 50, [X, BODY_Y, -420], 'z', 12);
  air.cyl('Brass', 5, 16, [X, BODY_Y + 22, -420], 'y', 8);
  const valve = air.group(N.airLineValve, [X, BODY_Y + 30, -420]);
  valve.box('SteelBright', [20, 4, 14], valve.local(8, 0, 0));
  valve.box('SignalRed', [70, 8, 14], valve.local(52, 0, 0));
  air.cyl('Brass', 11, 26, [X, BODY_Y, -556], 'z', 10);
  air.cyl('HoseBlue', 6, 32, [X, BODY_Y, -584], 'z', 10);
  air.cyl('HoseBlue', 6, BODY_Y + 6, [X, BODY_Y / 2, -600], 'y', 10);
  air.cyl('HoseBlue', 6, 500, [X, 6, -850], 'z', 10);
}
