import { caster, nameplate, warningSticker } from '../../../../tools/models/lib/parts/fittings.ts';
import { HEAT_SETTER_NODES as N } from '../nodes.ts';
import type { HeatSetterGroup } from './palette.ts';
import { BELT_Y, HALF_W, HEAT_Z0, HEAT_Z1, OVEN_END_Z, TUNNEL_TOP } from './layout.ts';

const LANES = [-330, -110, 110, 330];
const LANE_W = 200;
const OPEN_TOP = 1260;

/** The oven: square-tube frame on casters, teal lower panels, the insulated tunnel box with teal doors, the steam feed. */
export function buildOven(root: HeatSetterGroup): void {
  const frame = root.group('OvenFrame', [0, 0, -1100]);
  // Square-tube base z +100…−2,650 with teal infill panels and casters.
  for (const x of [-HALF_W + 20, HALF_W - 20])
    for (const z of [60, -1100, OVEN_END_Z + 40]) {
      frame.box('PaintIvory', [40, BELT_Y - 120, 40], [x, (BELT_Y - 120) / 2 + 60, z]);
      caster(frame as never, [x, 0, z], 90);
    }
  for (const x of [-HALF_W + 20, HALF_W - 20]) {
    frame.span('PaintIvory', [x - 20, x + 20], [90, 130], [OVEN_END_Z + 20, 80]);
    frame.span('PaintIvory', [x - 20, x + 20], [BELT_Y - 130, BELT_Y - 60], [OVEN_END_Z + 20, 80]);
    frame.span('PaintTeal', [x - 8, x + 8], [150, BELT_Y - 150], [HEAT_Z1, HEAT_Z0]);
  }
  // Drive motor and gearbox under the outfeed end.
  frame.cyl('PaintDarkGrey', 90, 260, [250, 420, OVEN_END_Z + 200], 'x', 16);
  frame.box('PaintDarkGrey', [160, 200, 180], [60, 420, OVEN_END_Z + 200]);

  const t = root.group(N.tunnel, [0, BELT_Y, (HEAT_Z0 + HEAT_Z1) / 2]);
  // Insulated double wall: pale frame, teal doors in both sides, a roof with the exhaust stub.
  t.span('PaintIvory', [-HALF_W, HALF_W], [TUNNEL_TOP - 60, TUNNEL_TOP], [HEAT_Z1, HEAT_Z0]);
  for (const s of [-1, 1]) {
    const x = s * (HALF_W - 30);
    t.span('PaintIvory', [x - 30, x + 30], [BELT_Y - 40, TUNNEL_TOP - 60], [HEAT_Z1, HEAT_Z0]);
    for (const z of [HEAT_Z0 - 390, HEAT_Z1 + 390]) {
      t.box('PaintTeal', [12, 440, 640], [s * (HALF_W + 4), (BELT_Y + TUNNEL_TOP) / 2, z]);
      t.box('Stainless', [20, 100, 24], [s * (HALF_W + 16), (BELT_Y + TUNNEL_TOP) / 2, z + s * 240]);
    }
  }
  t.cyl('Stainless', 90, 220, [0, TUNNEL_TOP + 110, (HEAT_Z0 + HEAT_Z1) / 2], 'y', 16);
  t.cyl('PaintDarkGrey', 160, 120, [-260, TUNNEL_TOP + 60, HEAT_Z1 + 300], 'y', 16);
  // Entrance and exit face plates around the four lane openings.
  for (const z of [HEAT_Z0, HEAT_Z1]) facePlate(t, z);
  nameplate(t as never, [-300, 1390, HEAT_Z0 + 2]);
  warningSticker(t as never, [HALF_W + 12, 1300, HEAT_Z0 - 120], 130, 'x');

  curtain(root.group(N.entranceCurtain, [0, OPEN_TOP, HEAT_Z0 + 12]), HEAT_Z0 + 12);
  curtain(root.group(N.exitCurtain, [0, OPEN_TOP, HEAT_Z1 - 12]), HEAT_Z1 - 12);

  // Steam feed: filter/regulator with its gauge at the lower front, the knob is the named node.
  frame.cyl('Stainless', 14, 700, [250, 650, 20], 'y', 8);
  frame.cyl('Aluminium', 40, 120, [250, 300, 40], 'y', 16);
  frame.cyl('PaintDarkGrey', 30, 90, [250, 220, 40], 'y', 12, 20);
  frame.cyl('Chrome', 32, 14, [320, 320, 40], 'x', 16);
  frame.cyl('GaugeDial', 28, 2, [328, 320, 40], 'x', 16);
  const reg = root.group(N.steamRegulator, [250, 380, 40]);
  reg.cyl('BlackBakelite', 34, 40, [250, 390, 40], 'y', 12);
  reg.box('LabelWhite', [6, 4, 30], [250, 411, 52]);
}

function facePlate(t: HeatSetterGroup, z: number): void {
  t.span('PaintIvoryShade', [-HALF_W, HALF_W], [OPEN_TOP, TUNNEL_TOP - 60], [z - 6, z + 6]);
  t.span('PaintIvoryShade', [-HALF_W, HALF_W], [BELT_Y - 40, BELT_Y], [z - 6, z + 6]);
  for (let i = 0; i <= LANES.length; i++) {
    const x = i === 0 ? -HALF_W + 20 : i === LANES.length ? HALF_W - 20 : ((LANES[i - 1] as number) + (LANES[i] as number)) / 2;
    t.box('PaintIvoryShade', [i === 0 || i === LANES.length ? 40 : 20, OPEN_TOP - BELT_Y, 12], [x, (OPEN_TOP + BELT_Y) / 2, z]);
  }
}

/** Heat-resistant cloth flaps over the four lanes, slit vertically; the group's origin is the hanging edge. */
function curtain(g: HeatSetterGroup, z: number): void {
  for (const x of LANES)
    for (let k = 0; k < 4; k++) g.box('CurtainCloth', [LANE_W / 4 - 4, OPEN_TOP - BELT_Y - 30, 4], [x - LANE_W / 2 + (k + 0.5) * (LANE_W / 4), (OPEN_TOP + BELT_Y + 30) / 2, z]);
}
