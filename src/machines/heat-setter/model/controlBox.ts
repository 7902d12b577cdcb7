import { eStop, flushButton, legend, mainSwitch, pilotLamp, pointerKnob, selector } from '../../../../tools/models/lib/parts/controls.ts';
import { HEAT_SETTER_NODES as N } from '../nodes.ts';
import type { HeatSetterGroup, HeatSetterMaterial } from './palette.ts';
import { BOX_FRONT_Z, HALF_W, HEAT_Z0 } from './layout.ts';

const X0 = 190;
const X1 = 520;
const Y0 = 1090;
const Y1 = 1480;
const at = (x: number, y: number) => [x, y, BOX_FRONT_Z] as const;

/**
 * The control box on the upper right of the entrance face (machine-shapes §7 item 5): the main
 * isolator on top, the oven temperature controller with its display, the speed knob, the fan
 * selector and the heat / conveyor buttons, the pilot lamps, RESET and the mushroom e-stop.
 */
export function buildControlBox(root: HeatSetterGroup): void {
  const box = root.group('ControlBox', [(X0 + X1) / 2, (Y0 + Y1) / 2, BOX_FRONT_Z]);
  box.span('PaintIvory', [X0, X1], [Y0, Y1], [HEAT_Z0, BOX_FRONT_Z]);
  box.span('PaintDarkGrey', [X0 + 10, X1 - 10], [Y0 + 10, Y1 - 10], [BOX_FRONT_Z - 2, BOX_FRONT_Z]);
  const p = box as never as HeatSetterGroup;
  mainSwitch(p as never, N.isolator, at(255, 1420), 80);
  pilotLamp<HeatSetterMaterial>(p as never, N.heatLamp, 'LampHeat', at(360, 1440), 12);
  pilotLamp<HeatSetterMaterial>(p as never, N.runLamp, 'LampRun', at(415, 1440), 12);
  pilotLamp<HeatSetterMaterial>(p as never, N.alarmLamp, 'LampAlarm', at(470, 1440), 12);
  // PID controller (96 × 96 bezel) with the display window as its own node.
  const ctl = box.group(N.heatController, [280, 1310, BOX_FRONT_Z]);
  ctl.span('BlackBakelite', [232, 328], [1262, 1358], [BOX_FRONT_Z, BOX_FRONT_Z + 14]);
  for (const dx of [-28, 0, 28]) ctl.box('LabelWhite', [18, 8, 2], [280 + dx, 1278, BOX_FRONT_Z + 14]);
  const disp = box.group(N.heatDisplay, [280, 1330, BOX_FRONT_Z + 15]);
  disp.span('DisplayHeat', [240, 320], [1312, 1350], [BOX_FRONT_Z + 14, BOX_FRONT_Z + 16]);
  pointerKnob(p as never, N.speedKnob, at(430, 1310), 22);
  legend(p as never, at(430, 1265), 60);
  // Fan selector, heat ON/OFF, conveyor START/STOP.
  selector(p as never, N.fanButton, at(230, 1200), 16);
  flushButton<HeatSetterMaterial>(p as never, N.heatOnButton, 'SignalGreen', at(290, 1200), 13);
  flushButton<HeatSetterMaterial>(p as never, N.heatOffButton, 'SignalRed', at(340, 1200), 13);
  flushButton<HeatSetterMaterial>(p as never, N.conveyorStartButton, 'SignalGreen', at(290, 1140), 13);
  flushButton<HeatSetterMaterial>(p as never, N.conveyorStopButton, 'SignalRed', at(340, 1140), 13);
  flushButton<HeatSetterMaterial>(p as never, N.reset, 'ResetBlue', at(230, 1140), 11);
  for (const [x, y] of [[230, 1172], [290, 1172], [340, 1172], [290, 1112], [340, 1112], [230, 1112]] as const) legend(p as never, at(x, y), 40);
  // The mushroom on its yellow collar, lower right, where a hand finds it first.
  p.span('SignalYellow', [395, 505], [1115, 1225], [BOX_FRONT_Z, BOX_FRONT_Z + 3]);
  eStop(p as never, N.estop, at(450, 1170), 30);
  // Cable conduit down the tunnel's entrance face.
  box.span('PaintDarkGrey', [HALF_W - 60, HALF_W - 20], [880, Y0], [HEAT_Z0 + 2, HEAT_Z0 + 40]);
}
