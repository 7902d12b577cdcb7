/**
 * Small shapes of bench machines (a knife or a needle head on a table): rods between two points, balls,
 * knurled knobs, small pilot lamps, rocker switches, a small e-stop. Generic over a machine's own palette.
 */
import type { Group } from '../modelBuilder.ts';
import type { MaterialName } from '../palette.ts';
import { cylinder, lathe } from '../shapes.ts';
import type { Vec3 } from '../transform.ts';

/** A machine's group that also takes the shared palette's materials. */
type AnyGroup<M extends string> = Group<M | MaterialName>;

const DEG = 180 / Math.PI;

/** Euler angles (deg, XYZ) that turn the y axis onto the direction d. */
export function alongY(d: Vec3): Vec3 {
  const len = Math.hypot(d[0], d[1], d[2]);
  const [x, y, z] = [d[0] / len, d[1] / len, d[2] / len];
  const s = Math.hypot(x, z);
  if (s < 1e-6) return y > 0 ? [0, 0, 0] : [180, 0, 0];
  return [0, Math.atan2(z, -x) * DEG, Math.atan2(s, y) * DEG];
}

/** Cylinder of radius r from a to b (model mm). */
export function rod<M extends string>(g: AnyGroup<M>, material: M | MaterialName, a: Vec3, b: Vec3, r: number, segments = 8): void {
  const d: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const len = Math.hypot(...d);
  const mid: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
  g.add(material, g.builder.cached(`rod:${r},${len.toFixed(2)},${segments}`, () => cylinder(r, len, segments)), mid, alongY(d));
}

/** Low-poly ball (hose joints, knob ends). */
export function ball<M extends string>(g: AnyGroup<M>, material: M | MaterialName, at: Vec3, r: number): void {
  const profile: [number, number][] = [];
  for (let i = 0; i <= 6; i++) {
    const a = -Math.PI / 2 + (i / 6) * Math.PI;
    profile.push([Math.max(0.01, Math.cos(a) * r), Math.sin(a) * r]);
  }
  g.add(material, g.builder.cached(`ball:${r}`, () => lathe(profile, 10)), at);
}

/** A polyline of rods with balls at the bends: hoses, goosenecks, linkages. */
export function polyRod<M extends string>(g: AnyGroup<M>, material: M | MaterialName, points: readonly Vec3[], r: number, segments = 8): void {
  for (let i = 0; i + 1 < points.length; i++) rod(g, material, points[i]!, points[i + 1]!, r, segments);
  for (let i = 1; i + 1 < points.length; i++) ball(g, material, points[i]!, r);
}

/** Knurled black knob whose axis is `axis`, its back face at `at`; the knob is the group itself. */
export function knurledKnob<M extends string>(knob: AnyGroup<M>, at: Vec3, axis: 'y' | 'z', r: number, h: number): void {
  const c: Vec3 = axis === 'z' ? [at[0], at[1], at[2] + h / 2] : [at[0], at[1] + h / 2, at[2]];
  knob.cyl('BlackBakelite', r, h, c, axis, 10);
  // A white index line so a turn shows.
  const tip: Vec3 = axis === 'z' ? [at[0], at[1] + r * 0.55, at[2] + h + 0.3] : [at[0] + r * 0.55, at[1] + h + 0.3, at[2]];
  knob.box('LabelWhite', axis === 'z' ? [1.6, r * 0.8, 0.8] : [r * 0.8, 0.8, 1.6], tip);
}

/** Pilot lamp facing +z: chrome bezel (on `panel`) and a lens in its own material (the named group). */
export function pilotLamp<M extends string>(panel: AnyGroup<M>, name: string, lens: M | MaterialName, at: Vec3, r = 8): AnyGroup<M> {
  panel.cyl('Chrome', r + 2.5, 5, [at[0], at[1], at[2] + 2.5], 'z', 14);
  const lamp = panel.group(name, at);
  const dome = panel.builder.cached(`benchLamp:${r}`, () => lathe([[0.01, 0], [r, 0], [r, 3], [r * 0.7, 6], [0.01, 7.5]], 14));
  lamp.add(lens, dome, [at[0], at[1], at[2] + 5], [90, 0, 0]);
  return lamp;
}

/** Rocker switch facing +z, pivot about x at its centre (on = rotation.x -20°): green I top, red O bottom. */
export function rocker<M extends string>(panel: AnyGroup<M>, name: string, at: Vec3): AnyGroup<M> {
  panel.box('BlackBakelite', [30, 42, 6], [at[0], at[1], at[2] + 3]);
  const sw = panel.group(name, [at[0], at[1], at[2] + 6]);
  sw.box('SignalGreen', [22, 16, 6], [at[0], at[1] + 8, at[2] + 9], [-10, 0, 0]);
  sw.box('SignalRed', [22, 16, 6], [at[0], at[1] - 8, at[2] + 9], [10, 0, 0]);
  return sw;
}

/** Red mushroom e-stop on a yellow collar facing +z; the mushroom head is the named group (push = -z). */
export function eStop<M extends string>(panel: AnyGroup<M>, name: string, at: Vec3, r = 16): AnyGroup<M> {
  panel.cyl('SignalYellow', r + 9, 8, [at[0], at[1], at[2] + 4], 'z', 16);
  panel.cyl('BlackBakelite', r * 0.55, 8, [at[0], at[1], at[2] + 12], 'z', 10);
  const head = panel.group(name, [at[0], at[1], at[2] + 10]);
  const mushroom = panel.builder.cached(`benchMushroom:${r}`, () =>
    lathe([[0.01, 0], [r * 0.5, 0], [r * 0.5, 8], [r, 9], [r, 14], [r * 0.8, 18], [0.01, 19.5]], 16),
  );
  head.add('SignalRed', mushroom, [at[0], at[1], at[2] + 10], [90, 0, 0]);
  return head;
}
