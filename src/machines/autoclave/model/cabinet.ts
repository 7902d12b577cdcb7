import { eStop, legend, mainSwitch, pilotLamp, pointerKnob } from '../../../../tools/models/lib/parts/controls.ts';
import { warningSticker } from '../../../../tools/models/lib/parts/fittings.ts';
import { AUTOCLAVE_NODES as N } from '../nodes.ts';
import type { AutoclaveGroup } from './palette.ts';

const FRONT_Z = 500;

/** The control cabinet beside the door (x 0.9–1.7 m), facing the aisle: controller, chart recorder, lamps, e-stop; gloves on its side. */
export function buildCabinet(root: AutoclaveGroup): void {
  const cab = root.group(N.cabinet, [1300, 0, 300]);
  cab.box('PaintCabinet', [800, 1800, 400], [1300, 900, 300]);
  cab.box('PaintDarkGrey', [820, 60, 420], [1300, 30, 300]);
  const at = (x: number, y: number) => [1300 + x, y, FRONT_Z] as const;
  // Chart recorder: round chart behind a window, the pen arm pivots at the centre.
  cab.cyl('PaintDarkGrey', 175, 14, [1300, 1480, FRONT_Z + 7], 'z', 32);
  cab.cyl('RecorderChart', 160, 4, [1300, 1480, FRONT_Z + 16], 'z', 32);
  const pen = cab.group(N.recorderPen, [1300, 1480, FRONT_Z + 20]);
  pen.box('SignalRed', [140, 5, 3], [1370, 1480, FRONT_Z + 20]);
  // Lamps: run (green), pressure present (amber), alarm (red).
  pilotLamp(cab as never, N.runLamp, 'LampRun' as never, at(-180, 1220), 16);
  pilotLamp(cab as never, N.pressureLamp, 'LampPressure' as never, at(0, 1220), 16);
  pilotLamp(cab as never, N.alarmLamp, 'LampAlarm' as never, at(180, 1220), 16);
  // Controller: setpoint and cure-time knobs, the main switch, the e-stop.
  pointerKnob(cab as never, N.setpointKnob, at(-130, 1060), 30);
  pointerKnob(cab as never, N.cureTimeKnob, at(130, 1060), 30);
  for (const x of [-130, 130]) legend(cab as never, at(x, 1000), 70);
  mainSwitch(cab as never, N.controllerSwitch, at(-150, 860), 110);
  eStop(cab as never, N.estop, at(160, 860), 36);
  warningSticker(cab as never, [1300, 650, FRONT_Z], 140);
  // Heat-resistant gloves hanging on the cabinet's left side.
  const gloves = cab.group(N.gloves, [900, 1100, 300]);
  for (const z of [230, 370]) {
    gloves.box('GloveOrange', [40, 260, 110], [880, 1100, z]);
    gloves.box('GloveOrange', [40, 120, 40], [880, 1260, z + 40]);
  }
}
