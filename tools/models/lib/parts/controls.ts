/**
 * Panel controls that face the operator (+z). `at` is the point on the panel surface (model mm)
 * where the control's axis meets the panel. The moving part of each control is its own group
 * (named node) with its origin on that axis, so the view can press (-z) or turn (about z) it.
 *
 * Dial convention (same for needles and knob pointers): at rest they point at the scale minimum,
 * lower left (225° from +x); the scale sweeps 270° clockwise (negative z rotation) to full scale.
 */
import type { Group } from '../modelBuilder.ts';
import type { MaterialName } from '../palette.ts';
import { lathe } from '../shapes.ts';
import type { Vec3 } from '../transform.ts';

export const DIAL_ZERO_DEG = 225;
export const DIAL_SWEEP_DEG = 270;

const polar = (at: Vec3, r: number, deg: number, z: number): Vec3 => [
  at[0] + r * Math.cos((deg * Math.PI) / 180),
  at[1] + r * Math.sin((deg * Math.PI) / 180),
  at[2] + z,
];

/** Pilot lamp: chrome bezel plus a domed lens in its own material (the view lights it); the lens
 *  is usually one of the machine's own materials, so it may be any name the panel takes. */
export function pilotLamp<M extends string>(panel: Group<M | MaterialName>, name: string, lens: M | MaterialName, at: Vec3, r = 11): Group<M | MaterialName> {
  panel.cyl('Chrome', r + 3, 6, [at[0], at[1], at[2] + 3], 'z', 16);
  const lamp = panel.group(name, at);
  const dome = panel.builder.cached(`lampDome:${r}`, () =>
    lathe([[0.01, 0], [r, 0], [r, 4], [r * 0.8, 8], [r * 0.45, 10], [0.01, 10.6]], 16),
  );
  lamp.add(lens, dome, [at[0], at[1], at[2] + 6], [90, 0, 0]);
  return lamp;
}

/** Flush push button: fixed bezel ring, coloured cap as the named node (press = -z ~3 mm). */
export function flushButton<M extends string>(panel: Group<M | MaterialName>, name: string, cap: M | MaterialName, at: Vec3, r = 11): Group<M | MaterialName> {
  panel.cyl('BlackBakelite', r + 4, 6, [at[0], at[1], at[2] + 3], 'z', 16);
  const button = panel.group(name, [at[0], at[1], at[2] + 6]);
  button.cyl(cap, r, 5, [at[0], at[1], at[2] + 6.5], 'z', 16);
  return button;
}

/** Red mushroom e-stop on a yellow collar; the mushroom head is the named node (push = -z). */
export function eStop(panel: Group, name: string, at: Vec3, r = 20): Group {
  panel.cyl('SignalYellow', r + 12, 10, [at[0], at[1], at[2] + 5], 'z', 20);
  panel.cyl('BlackBakelite', r * 0.55, 8, [at[0], at[1], at[2] + 14], 'z', 12);
  const head = panel.group(name, [at[0], at[1], at[2] + 10]);
  const mushroom = panel.builder.cached(`mushroom:${r}`, () =>
    lathe([[0.01, 0], [r * 0.5, 0], [r * 0.5, 10], [r, 11], [r, 17], [r * 0.85, 22], [r * 0.45, 24.5], [0.01, 25]], 20),
  );
  head.add('SignalRed', mushroom, [at[0], at[1], at[2] + 10], [90, 0, 0]);
  return head;
}

/** Rotary main isolator: yellow square plate (fixed), red handle as the named node. Rest = OFF,
 *  handle horizontal; ON = rotate -90° about z. */
export function mainSwitch(panel: Group, name: string, at: Vec3, plate = 76): Group {
  panel.box('SignalYellow', [plate, plate, 4], [at[0], at[1], at[2] + 2]);
  panel.box('LabelBlack', [plate * 0.5, 5, 1], [at[0], at[1] + plate * 0.36, at[2] + 4.5]);
  const handle = panel.group(name, [at[0], at[1], at[2] + 4]);
  handle.cyl('SignalRed', plate * 0.26, 12, [at[0], at[1], at[2] + 10], 'z', 16);
  handle.box('SignalRed', [plate * 0.95, 16, 16], [at[0], at[1], at[2] + 22]);
  return handle;
}

/** Black knob with a white pointer line, resting at the scale minimum. */
export function pointerKnob(panel: Group, name: string, at: Vec3, r = 16): Group {
  panel.cyl('Aluminium', r + 5, 2, [at[0], at[1], at[2] + 1], 'z', 20);
  scaleTicks(panel, at, r + 9, 2.5, 7);
  const knob = panel.group(name, [at[0], at[1], at[2] + 2]);
  knob.cyl('BlackBakelite', r, 16, [at[0], at[1], at[2] + 10], 'z', 12, r * 0.85);
  const p = polar(at, r * 0.5, DIAL_ZERO_DEG, 18.3);
  knob.box('LabelWhite', [r * 0.8, 2.5, 1], p, [0, 0, DIAL_ZERO_DEG]);
  return knob;
}

/** Two/three-position selector: black round base, bar grip with pointer up at rest. */
export function selector(panel: Group, name: string, at: Vec3, r = 16): Group {
  panel.cyl('BlackBakelite', r + 4, 5, [at[0], at[1], at[2] + 2.5], 'z', 16);
  for (const deg of [45, 90, 135]) panel.box('LabelWhite', [5, 2, 1], polar(at, r + 9, deg, 0.5), [0, 0, deg]);
  const knob = panel.group(name, [at[0], at[1], at[2] + 5]);
  knob.cyl('BlackBakelite', r * 0.8, 8, [at[0], at[1], at[2] + 9], 'z', 16);
  knob.box('BlackBakelite', [9, r * 2, 14], [at[0], at[1], at[2] + 12]);
  knob.box('LabelWhite', [2, r * 0.8, 1], [at[0], at[1] + r * 0.5, at[2] + 19.3]);
  return knob;
}

/** Round pressure gauge: chrome bezel, white dial with ticks; the needle is the named node. */
export function gauge(panel: Group, needleName: string, at: Vec3, diameter = 70): Group {
  const r = diameter / 2;
  panel.cyl('Chrome', r + 4, 16, [at[0], at[1], at[2] + 8], 'z', 24);
  panel.cyl('GaugeDial', r, 1, [at[0], at[1], at[2] + 16.5], 'z', 24);
  scaleTicks(panel, [at[0], at[1], at[2] + 17], r * 0.82, r * 0.16, 11);
  // Red zone over the last fifth of the scale.
  panel.box('SignalRed', [r * 0.16, 2.5, 0.5], polar(at, r * 0.82, DIAL_ZERO_DEG - DIAL_SWEEP_DEG * 0.9, 17.4), [0, 0, DIAL_ZERO_DEG - DIAL_SWEEP_DEG * 0.9]);
  const needle = panel.group(needleName, [at[0], at[1], at[2] + 18]);
  const len = r * 0.8;
  needle.box('SignalRed', [len, 2, 0.8], polar(at, len / 2 - 5, DIAL_ZERO_DEG, 18.4), [0, 0, DIAL_ZERO_DEG]);
  needle.cyl('LabelBlack', 3.5, 2, [at[0], at[1], at[2] + 19], 'z', 12);
  return needle;
}

/** Tick marks on a 270° arc from the scale minimum, drawn on a face at at.z. */
function scaleTicks(panel: Group, at: Vec3, r: number, len: number, count: number): void {
  for (let i = 0; i < count; i++) {
    const deg = DIAL_ZERO_DEG - (DIAL_SWEEP_DEG * i) / (count - 1);
    panel.box('LabelBlack', [len, 1.2, 0.6], polar(at, r, deg, 0.3), [0, 0, deg]);
  }
}

/** Small black legend plate under a control (text itself is shown by the app, not the model). */
export function legend(panel: Group, at: Vec3, width = 34): void {
  panel.box('LabelBlack', [width, 9, 1], [at[0], at[1], at[2] + 0.5]);
}
