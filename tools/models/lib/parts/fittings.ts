/** Small stock fittings shared by the machines: feet, casters, stickers, nameplates. */
import type { Group } from '../modelBuilder.ts';
import { polygonShape, extrude } from '../shapes.ts';
import type { Vec3 } from '../transform.ts';

/** Levelling foot under a cabinet: rubber pad, threaded stem, lock nut. `at` = floor point. */
export function levellingFoot(g: Group, at: Vec3, bodyBottom: number): void {
  g.cyl('RubberBlack', 30, 10, [at[0], at[1] + 5, at[2]], 'y', 16);
  g.cyl('SteelMachined', 26, 8, [at[0], at[1] + 14, at[2]], 'y', 16, 20);
  g.cyl('SteelMachined', 8, bodyBottom - at[1] - 18, [at[0], (at[1] + 18 + bodyBottom) / 2, at[2]], 'y', 8);
  g.cyl('SteelMachined', 14, 8, [at[0], bodyBottom - 8, at[2]], 'y', 6);
}

/** Swivel caster Ø50 wheel; `at` = floor contact point, top plate ends at `top`. */
export function caster(g: Group, at: Vec3, top: number): void {
  const [x, y, z] = at;
  g.cyl('RubberBlack', 25, 20, [x, y + 25, z], 'x', 16);
  g.cyl('SteelBright', 8, 26, [x, y + 25, z], 'x', 8);
  for (const side of [-1, 1]) g.box('SteelBright', [3, 40, 30], [x + side * 13, y + 38, z - 4]);
  g.box('SteelBright', [30, 4, 34], [x, y + 58, z - 4]);
  const stem = top - (y + 60);
  if (stem > 1) g.cyl('SteelBright', 12, stem, [x, (top + y + 60) / 2, z], 'y', 12);
}

/** Yellow triangular warning sticker with black border and "!". Faces +z, -z, +x or -x. */
export function warningSticker(g: Group, center: Vec3, size: number, facing: 'z' | '-z' | 'x' | '-x' = 'z'): void {
  const tri = (s: number) => {
    const h = (s * Math.sqrt(3)) / 2;
    return polygonShape([[-s / 2, -h / 3], [s / 2, -h / 3], [0, (2 * h) / 3]]);
  };
  const rotations: Record<typeof facing, Vec3> = { z: [0, 0, 0], '-z': [0, 180, 0], x: [0, 90, 0], '-x': [0, -90, 0] };
  const rot = rotations[facing];
  const out = (d: number): Vec3 => {
    if (facing === 'z' || facing === '-z') return [center[0], center[1], center[2] + (facing === 'z' ? d : -d)];
    return facing === 'x' ? [center[0] + d, center[1], center[2]] : [center[0] - d, center[1], center[2]];
  };
  const b = g.builder;
  g.add('LabelBlack', b.cached(`tri:${size}`, () => extrude(tri(size), 0.5)), out(0), rot);
  g.add('SignalYellow', b.cached(`tri:${size * 0.78}`, () => extrude(tri(size * 0.78), 0.5)), out(0.4), rot);
  const h = (size * Math.sqrt(3)) / 2;
  const bar = b.cached(`bang:${size}`, () => extrude(polygonShape([[-size * 0.04, -h * 0.02], [size * 0.04, -h * 0.02], [size * 0.05, h * 0.3], [-size * 0.05, h * 0.3]]), 0.5));
  const dot = b.cached(`dot:${size}`, () => extrude(polygonShape([[-size * 0.04, -h * 0.17], [size * 0.04, -h * 0.17], [size * 0.04, -h * 0.09], [-size * 0.04, -h * 0.09]]), 0.5));
  g.add('LabelBlack', bar, out(0.8), rot);
  g.add('LabelBlack', dot, out(0.8), rot);
}

/** Aluminium nameplate with engraved-looking text lines, facing +z. */
export function nameplate(g: Group, center: Vec3, w = 140, h = 56): void {
  g.box('Aluminium', [w, h, 1.5], [center[0], center[1], center[2] + 0.75]);
  g.box('LabelBlack', [w * 0.6, h * 0.16, 0.4], [center[0] - w * 0.1, center[1] + h * 0.22, center[2] + 1.6]);
  for (const row of [-0.08, -0.3]) {
    g.box('LabelBlack', [w * 0.75, h * 0.06, 0.4], [center[0], center[1] + h * row, center[2] + 1.6]);
  }
  for (const sx of [-1, 1]) for (const sy of [-1, 1]) {
    g.cyl('SteelBright', 2.5, 1.5, [center[0] + sx * (w / 2 - 6), center[1] + sy * (h / 2 - 6), center[2] + 2], 'z', 8);
  }
}
