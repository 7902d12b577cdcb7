/**
 * Side cabinet (electrical + hydraulic control) to the right, narrower and separate
 * (machine-shapes.md §4 part 13): two round gauges near the top, below them the column of the
 * temperature controller, lamps, heater and pump buttons, reset, main isolator and e-stop; red
 * louvred side panel; the air filter-regulator on its right side.
 */
import { TOE_LASTING_NODES as N } from '../../nodes.ts';
import type { ToeLastingGroup } from '../palette.ts';
import { eStop, flushButton, gauge, legend, mainSwitch, pilotLamp } from '../../../../../tools/models/lib/parts/controls.ts';
import { levellingFoot, warningSticker } from '../../../../../tools/models/lib/parts/fittings.ts';

const X0 = 300;
const X1 = 650;
const FRONT = -200;
const CX = (X0 + X1) / 2;

export function buildSideCabinet(root: ToeLastingGroup): void {
  const cab = root.group('SideCabinet', [CX, 0, FRONT]);
  cab.span('PaintIvory', [X0, X1], [60, 1400], [-1600, FRONT]);
  // The front top is angled back.
  cab.box('PaintIvory', [X1 - X0, 160, 120], [CX, 1440, FRONT - 80], [-35, 0, 0]);
  cab.span('PaintDalongRed', [X1, X1 + 4], [200, 1300], [-1450, -350]);
  for (let y = 260; y <= 1240; y += 55) cab.span('PaintDarkGrey', [X1 + 4, X1 + 9], [y, y + 10], [-1380, -420]);
  for (const x of [X0 + 40, X1 - 40]) for (const z of [-1540, FRONT - 60]) levellingFoot(cab, [x, 0, z], 60);
  warningSticker(cab, [CX + 110, 620, FRONT], 46);
  const at = (x: number, y: number) => [CX + x, y, FRONT] as const;
  gauge(cab, N.hydraulicGaugeNeedle, at(-70, 1330), 60);
  gauge(cab, N.airGaugeNeedle, at(70, 1330), 60);
  // Temperature controller: black bezel with a red LED window (own material).
  cab.span('BlackBakelite', [CX - 60, CX + 60], [1180, 1250], [FRONT, FRONT + 10]);
  const ctl = cab.group(N.tempController, [CX, 1215, FRONT + 10]);
  ctl.span('TempLed', [CX - 50, CX + 50], [1200, 1240], [FRONT + 10, FRONT + 11]);
  ctl.span('SignalGreen', [CX - 50, CX - 30], [1186, 1194], [FRONT + 10, FRONT + 11]);
  pilotLamp(cab, N.heaterReadyLamp, 'HeaterReadyLamp', at(-110, 1120), 10);
  flushButton(cab, N.heaterOnButton, 'SignalGreen', at(-40, 1120), 11);
  flushButton(cab, N.heaterOffButton, 'SignalRed', at(20, 1120), 11);
  pilotLamp(cab, N.pumpLamp, 'PumpLamp', at(-110, 1040), 10);
  flushButton(cab, N.pumpStartButton, 'SignalGreen', at(-40, 1040), 11);
  flushButton(cab, N.pumpStopButton, 'SignalRed', at(20, 1040), 11);
  flushButton(cab, N.resetButton, 'SignalBlue', at(100, 1080), 10);
  for (const [x, y] of [[-40, 1096], [20, 1096], [-40, 1016], [20, 1016], [100, 1058]] as const) legend(cab, at(x, y), 30);
  eStop(cab, N.cabinetEStop, at(0, 940), 20);
  mainSwitch(cab, N.mainSwitch, at(0, 800), 70);
  // Air filter-regulator on the right side, gauge facing front.
  const air = cab.group('AirUnit', [X1 + 40, 1000, -300]);
  air.span('SteelMachined', [X1 + 4, X1 + 20], [960, 1040], [-330, -270]);
  air.cyl('SteelMachined', 20, 40, [X1 + 45, 1040, -300], 'y', 16);
  const bowl = air.group(N.filterBowl, [X1 + 45, 960, -300]);
  bowl.cyl('Stainless', 20, 70, [X1 + 45, 985, -300], 'y', 16, 16);
  const drain = air.group(N.filterDrainValve, [X1 + 45, 944, -300]);
  drain.cyl('BlackBakelite', 8, 16, [X1 + 45, 942, -300], 'y', 10);
}
