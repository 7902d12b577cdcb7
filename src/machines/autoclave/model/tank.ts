import { lathe, torus } from '../../../../tools/models/lib/shapes.ts';
import { gauge } from '../../../../tools/models/lib/parts/controls.ts';
import { warningSticker } from '../../../../tools/models/lib/parts/fittings.ts';
import { AUTOCLAVE_NODES as N } from '../nodes.ts';
import type { AutoclaveGroup } from './palette.ts';
import { AXIS_Y, FLANGE_R, HINGE_X, HINGE_Z, RAIL_GAUGE, RAIL_Y, SHELL_BACK_Z, SHELL_FRONT_Z, SHELL_R, TOP_Y } from './geometry.ts';

/** The fixed vessel: shell, rear head with fan motor, flange with teeth, saddles, rails, top nozzles, valves and gauges. */
export function buildTank(root: AutoclaveGroup): void {
  const tank = root.group(N.shell, [0, AXIS_Y, -2700]);
  const len = SHELL_FRONT_Z - SHELL_BACK_Z;
  tank.cyl('PaintVessel', SHELL_R, len, [0, AXIS_Y, (SHELL_FRONT_Z + SHELL_BACK_Z) / 2], 'z', 40);
  // Cladding bands every metre.
  const band = tank.builder.cached('band', () => torus(SHELL_R + 4, 9, 6, 40));
  for (let z = -1000; z > SHELL_BACK_Z; z -= 1000) tank.add('Aluminium', band, [0, AXIS_Y, z]);
  // Rear dished head, bulging to z ≈ -5680, with the circulation fan motor.
  const dish = tank.builder.cached('rearDish', () => lathe(dishProfile(SHELL_R, 430), 40));
  tank.add('PaintVessel', dish, [0, AXIS_Y, SHELL_BACK_Z], [-90, 0, 0]);
  tank.cyl('PaintDarkGrey', 150, 400, [0, AXIS_Y, SHELL_BACK_Z - 600], 'z', 20);
  // Shell flange with inward lugs (the teeth the door ring engages).
  tank.cyl('PaintBlackSteel', FLANGE_R, 150, [0, AXIS_Y, -75], 'z', 48);
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    tank.box('PaintBlackSteel', [120, 70, 60], [Math.cos(a) * (FLANGE_R + 20), AXIS_Y + Math.sin(a) * (FLANGE_R + 20), -30], [0, 0, (a * 180) / Math.PI + 90]);
  }
  // Hazard stripe on the flange rim.
  const stripe = tank.builder.cached('stripe', () => torus(FLANGE_R + 2, 14, 6, 48));
  tank.add('PaintHazard', stripe, [0, AXIS_Y, -120]);
  // Saddles and anchor plates.
  for (const z of [-700, -2700, -4700]) {
    tank.box('PaintBlackSteel', [1500, 420, 250], [0, 210, z]);
    tank.box('PaintBlackSteel', [1600, 20, 320], [0, 10, z]);
  }
  // Rails inside the tank and on the loading track in front of it.
  for (const x of [-RAIL_GAUGE / 2, RAIL_GAUGE / 2]) {
    tank.box('SteelMachined', [50, 40, 5000], [x, RAIL_Y - 20, -2650]);
    tank.box('SteelMachined', [50, 40, 2200], [x, RAIL_Y - 20, 1100]);
  }
  tank.box('PaintDarkGrey', [1100, RAIL_Y - 40, 2200], [0, (RAIL_Y - 40) / 2, 1100]);
  for (const z of [300, 900, 1500, 2100]) tank.box('PaintHazard', [1120, 6, 120], [0, RAIL_Y - 37, z]);
  // Davit pivot post and bracket on the top left.
  tank.cyl('PaintBlackSteel', 70, 600, [HINGE_X, 1950, HINGE_Z], 'y', 16);
  tank.box('PaintBlackSteel', [500, 160, 200], [HINGE_X + 250, 1780, HINGE_Z]);
  tank.box('PaintDarkGrey', [200, 200, 160], [HINGE_X, 2300, HINGE_Z]);
  // Nozzles along the top centreline.
  nozzle(tank, -900, 160);
  nozzle(tank, -1500, 140);
  nozzle(tank, -2100, 180);
  nozzle(tank, -2700, 160);
  nozzle(tank, -3300, 140);
  // Steam inlet: lagged pipe from the right, red handwheel on top.
  tank.cyl('Aluminium', 45, 1600, [800, TOP_Y + 210, -2100], 'x', 16);
  tank.cyl('Aluminium', 45, TOP_Y + 210, [1600, (TOP_Y + 210) / 2, -2100], 'y', 16);
  valveBody(tank, -2100);
  handwheel(tank.group(N.supplyValve, [0, TOP_Y + 300, -2100]), [0, TOP_Y + 300, -2100]);
  // Vent valve with its exhaust stack and the plume shown while it blows.
  valveBody(tank, -2700);
  handwheel(tank.group(N.ventValve, [0, TOP_Y + 300, -2700]), [0, TOP_Y + 300, -2700]);
  tank.cyl('Aluminium', 40, 700, [0, TOP_Y + 450, -3050], 'y', 14);
  const plume = tank.group(N.steamPlume, [0, TOP_Y + 800, -3050]);
  plume.cyl('SteamWhite', 90, 600, [0, TOP_Y + 1100, -3050], 'y', 14, 260);
  // Two brass safety valves (the front one has the test lever).
  for (const z of [-1500, -3300]) {
    tank.cyl('Brass', 55, 200, [0, TOP_Y + 240, z], 'y', 14);
    tank.cyl('Brass', 35, 120, [0, TOP_Y + 400, z], 'y', 12, 20);
  }
  const sv = tank.group(N.safetyValve, [0, TOP_Y + 240, -1500]);
  sv.cyl('Brass', 70, 40, [0, TOP_Y + 160, -1500], 'y', 14);
  const lever = sv.group(N.safetyLever, [0, TOP_Y + 420, -1500]);
  lever.box('SteelBright', [300, 16, 16], [150, TOP_Y + 420, -1500]);
  lever.cyl('BlackBakelite', 14, 40, [300, TOP_Y + 420, -1500], 'z', 10);
  // Gauge board near the door: pressure gauge and thermometer facing the aisle.
  tank.box('PaintBlackSteel', [520, 300, 20], [0, TOP_Y + 330, -600]);
  tank.cyl('SteelMachined', 25, 200, [0, TOP_Y + 100, -620], 'y', 10);
  gauge(tank as never, N.pressureGaugeNeedle, [-130, TOP_Y + 330, -590], 200);
  gauge(tank as never, N.thermometerGaugeNeedle, [130, TOP_Y + 330, -590], 200);
  // Condensate drain under the front of the shell, with a red lever.
  tank.cyl('SteelMachined', 30, 250, [0, AXIS_Y - SHELL_R - 100, -500], 'y', 10);
  const drain = tank.group(N.drainValve, [0, AXIS_Y - SHELL_R - 240, -500]);
  drain.box('Brass', [90, 90, 90], [0, AXIS_Y - SHELL_R - 240, -500]);
  drain.box('HandwheelRed', [220, 20, 30], [110, AXIS_Y - SHELL_R - 240, -440]);
  warningSticker(tank as never, [700, AXIS_Y + 500, SHELL_FRONT_Z - 300], 160, 'x');
}

/** A dished end: a flattened spherical cap of radius r bulging `depth` along +y (rotated into place). */
function dishProfile(r: number, depth: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const t = i / 8;
    pts.push([r * Math.cos((t * Math.PI) / 2) + 0.01, depth * Math.sin((t * Math.PI) / 2)]);
  }
  pts[pts.length - 1] = [0.01, depth];
  return pts;
}

function nozzle(g: AutoclaveGroup, z: number, r: number): void {
  g.cyl('PaintVessel', r * 0.6, 200, [0, TOP_Y + 60, z], 'y', 14);
  g.cyl('PaintBlackSteel', r, 30, [0, TOP_Y + 160, z], 'y', 16);
}

function valveBody(g: AutoclaveGroup, z: number): void {
  g.cyl('SteelMachined', 60, 120, [0, TOP_Y + 210, z], 'y', 14);
  g.cyl('SteelBright', 14, 110, [0, TOP_Y + 270, z], 'y', 8);
}

/** Horizontal red spoked handwheel centred at `at` (turns about y). */
function handwheel(w: AutoclaveGroup, at: readonly [number, number, number]): void {
  const rim = w.builder.cached('redRim', () => torus(130, 12, 8, 28));
  w.add('HandwheelRed', rim, [at[0], at[1], at[2]], [90, 0, 0]);
  w.cyl('HandwheelRed', 26, 30, [at[0], at[1], at[2]], 'y', 12);
  for (const deg of [0, 120, 240]) {
    const a = (deg * Math.PI) / 180;
    w.box('HandwheelRed', [110, 12, 16], [at[0] + Math.cos(a) * 75, at[1], at[2] - Math.sin(a) * 75], [0, deg, 0]);
  }
}
