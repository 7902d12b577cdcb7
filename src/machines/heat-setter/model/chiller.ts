import { flushButton, legend, selector } from '../../../../tools/models/lib/parts/controls.ts';
import { caster, warningSticker } from '../../../../tools/models/lib/parts/fittings.ts';
import { HEAT_SETTER_NODES as N } from '../nodes.ts';
import type { HeatSetterGroup, HeatSetterMaterial } from './palette.ts';
import { BELT_Y, CAB_BACK_Z, CAB_FRONT_Z, CAB_X0, CAB_X1, CHILL_TOP, CHILL_Z0, CHILL_Z1, HALF_W } from './layout.ts';

const WALL = 70;
/** The chiller door's hinge: the tunnel's right side at its exit end; it swings open about y. */
export const DOOR_HINGE = [HALF_W + 20, BELT_Y, CHILL_Z1 + 300] as const;
const DOOR_LEN = 1500;

/** The floor-tunnel chiller: thick insulated tunnel with frost, its side door, the refrigeration cabinet and panel, the drain. */
export function buildChiller(root: HeatSetterGroup): void {
  const t = root.group(N.chillerTunnel, [0, BELT_Y, (CHILL_Z0 + CHILL_Z1) / 2]);
  t.span('PaintChillerWhite', [-HALF_W - 20, HALF_W + 20], [CHILL_TOP - WALL, CHILL_TOP], [CHILL_Z1, CHILL_Z0]);
  for (const s of [-1, 1]) t.span('PaintChillerWhite', s < 0 ? [-HALF_W - 20, -HALF_W + WALL - 20] : [HALF_W - WALL + 20, HALF_W + 20], [BELT_Y - 40, CHILL_TOP - WALL], [CHILL_Z1, CHILL_Z0]);
  t.span('PaintChillerBlue', [-HALF_W - 30, -HALF_W - 20], [BELT_Y + 60, CHILL_TOP - 80], [CHILL_Z1 + 200, CHILL_Z0 - 200]);
  for (const z of [CHILL_Z0, CHILL_Z1]) {
    t.span('PaintChillerBlue', [-HALF_W - 20, HALF_W + 20], [1280, CHILL_TOP - WALL], [z - 8, z + 8]);
    // Frost on the curtain edges and flaps (machine-shapes §7 recognisability cue).
    t.span('Frost', [-HALF_W + 50, HALF_W - 50], [1250, 1280], [z - 10, z + 10]);
    for (const x of [-330, -110, 110, 330]) t.box('CurtainCloth', [190, 330, 4], [x, 1100, z]);
  }
  // Frame and casters under the chiller tunnel.
  for (const x of [-HALF_W + 20, HALF_W - 20])
    for (const z of [CHILL_Z0 - 40, (CHILL_Z0 + CHILL_Z1) / 2, CHILL_Z1 + 40]) {
      t.box('PaintChillerWhite', [40, BELT_Y - 150, 40], [x, (BELT_Y - 150) / 2 + 60, z]);
      caster(t as never, [x, 0, z], 90);
    }
  t.span('PaintChillerBlue', [-HALF_W, HALF_W], [120, 160], [CHILL_Z1, CHILL_Z0]);
  // Condensate drain pipe below, ending at the drain valve by the cabinet.
  t.cyl('SteelMachined', 18, CHILL_Z0 - CHILL_Z1 - 200, [300, 200, (CHILL_Z0 + CHILL_Z1) / 2], 'z', 10);
  const drain = root.group(N.drainValve, [600, 200, CHILL_Z0 - 80]);
  drain.box('BrassValve', [80, 80, 80], [600, 200, CHILL_Z0 - 80]);
  drain.box('SignalRed', [200, 18, 26], [680, 200, CHILL_Z0 - 40]);

  // Side door: one long insulated panel on the right of the tunnel, hinged at the exit end.
  const door = root.group(N.chillerDoor, [...DOOR_HINGE]);
  door.span('PaintChillerBlue', [HALF_W + 20, HALF_W + 60], [BELT_Y + 40, CHILL_TOP - 90], [DOOR_HINGE[2], DOOR_HINGE[2] + DOOR_LEN]);
  door.span('Stainless', [HALF_W + 60, HALF_W + 90], [1150, 1260], [DOOR_HINGE[2] + DOOR_LEN - 120, DOOR_HINGE[2] + DOOR_LEN - 60]);
  warningSticker(door as never, [HALF_W + 62, 1350, DOOR_HINGE[2] + 700], 120, 'x');

  buildCabinet(root);
}

/** Refrigeration cabinet by the chiller's entrance: louvred compressor base, panel facing the operator. */
function buildCabinet(root: HeatSetterGroup): void {
  const cab = root.group(N.chillerCabinet, [(CAB_X0 + CAB_X1) / 2, 0, (CAB_FRONT_Z + CAB_BACK_Z) / 2]);
  const f = CAB_FRONT_Z;
  cab.span('PaintChillerWhite', [CAB_X0, CAB_X1], [60, 1550], [CAB_BACK_Z, f]);
  cab.span('PaintDarkGrey', [CAB_X0 - 10, CAB_X1 + 10], [0, 60], [CAB_BACK_Z - 10, f + 10]);
  for (let y = 180; y < 800; y += 70) cab.span('LouvreGrey', [CAB_X0 + 60, CAB_X1 - 60], [y, y + 30], [f, f + 12]);
  for (let z = f - 120; z > CAB_BACK_Z + 80; z -= 90) cab.span('LouvreGrey', [CAB_X1, CAB_X1 + 12], [200, 700], [z - 25, z + 25]);
  cab.span('PaintChillerBlue', [CAB_X0 + 40, CAB_X1 - 40], [950, 1500], [f, f + 4]);
  const at = (x: number, y: number) => [CAB_X0 + x, y, f + 4] as const;
  const ctl = cab.group(N.chillController, [CAB_X0 + 180, 1360, f + 4]);
  ctl.span('BlackBakelite', [CAB_X0 + 132, CAB_X0 + 228], [1312, 1408], [f + 4, f + 18]);
  for (const dx of [-28, 0, 28]) ctl.box('LabelWhite', [18, 8, 2], [CAB_X0 + 180 + dx, 1328, f + 18]);
  const disp = cab.group(N.chillDisplay, [CAB_X0 + 180, 1380, f + 19]);
  disp.span('DisplayChill', [CAB_X0 + 140, CAB_X0 + 220], [1362, 1400], [f + 18, f + 20]);
  selector(cab as never, N.compressorSwitch, at(420, 1360), 22);
  flushButton<HeatSetterMaterial>(cab as never, N.defrostButton, 'ResetBlue', at(420, 1140), 16);
  for (const [x, y] of [[180, 1280], [420, 1300], [420, 1100]] as const) legend(cab as never, at(x, y), 70);
}
