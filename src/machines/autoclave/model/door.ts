import { lathe, torus } from '../../../../tools/models/lib/shapes.ts';
import { crankDisc } from '../../../../tools/models/lib/parts/handwheels.ts';
import { AUTOCLAVE_NODES as N } from '../nodes.ts';
import type { AutoclaveGroup } from './palette.ts';
import { AXIS_Y, FLANGE_R, HINGE_X, HINGE_Z, SHELL_R } from './geometry.ts';

/** The swinging door: davit arm on the vertical hinge, dished door, seal, toothed locking ring and crank. */
export function buildDoor(root: AutoclaveGroup): void {
  const hinge = root.group(N.doorHinge, [HINGE_X, AXIS_Y, HINGE_Z]);
  // Box-section davit arm from the pivot to above the door centre, and the hanger post down to the door.
  hinge.box('PaintVessel', [200, 250, 1150], [HINGE_X + 520, 1950, 130], [0, -62, 0]);
  hinge.box('PaintVessel', [180, 700, 180], [0, 1700, 420]);
  hinge.cyl('PaintBlackSteel', 110, 300, [HINGE_X, 1950, HINGE_Z], 'y', 16);
  const door = hinge.group(N.door, [0, AXIS_Y, 0]);
  door.cyl('PaintVessel', FLANGE_R - 15, 120, [0, AXIS_Y, 60], 'z', 48);
  const head = door.builder.cached('doorDish', () => lathe(dish(SHELL_R, 400), 40));
  door.add('PaintVessel', head, [0, AXIS_Y, 120], [90, 0, 0]);
  const seal = door.group(N.doorSeal, [0, AXIS_Y, 0]);
  seal.add('SealRubber', door.builder.cached('seal', () => torus(SHELL_R + 20, 18, 6, 48)), [0, AXIS_Y, 4]);
  // Locking ring: a wide band with teeth, turned a few degrees by the crank.
  const ring = door.group(N.lockRing, [0, AXIS_Y, 0]);
  ring.add('PaintBlackSteel', door.builder.cached('ringBand', () => torus(FLANGE_R + 30, 40, 8, 48)), [0, AXIS_Y, 60]);
  for (let i = 0; i < 16; i++) {
    const a = ((i + 0.5) / 16) * Math.PI * 2;
    ring.box('PaintHazard', [110, 60, 90], [Math.cos(a) * (FLANGE_R + 45), AXIS_Y + Math.sin(a) * (FLANGE_R + 45), 60], [0, 0, (a * 180) / Math.PI + 90]);
  }
  // Crank handwheel on the door's right, on the ring's gear box.
  door.box('PaintBlackSteel', [220, 220, 160], [FLANGE_R - 40, AXIS_Y - 520, 200]);
  const crank = door.group(N.lockCrank, [FLANGE_R - 40, AXIS_Y - 520, 280]);
  crankDisc(crank as never, 400);
  // Small relief valve and its indicator on the door.
  door.cyl('Brass', 30, 120, [0, AXIS_Y + 380, 470], 'z', 12);
}

function dish(r: number, depth: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const t = i / 8;
    pts.push([r * Math.cos((t * Math.PI) / 2) + 0.01, depth * Math.sin((t * Math.PI) / 2)]);
  }
  pts[pts.length - 1] = [0.01, depth];
  return pts;
}
