/** Handwheels: a horizontal spoked wheel with a spinner handle, and a front crank disc. */
import type { Group } from '../modelBuilder.ts';
import { torus } from '../shapes.ts';

/**
 * Horizontal black spoked handwheel centred on the group origin (axis y): rim, three spokes,
 * hub and an upright spinner handle on the rim.
 */
export function spokedWheel(wheel: Group, diameter: number): void {
  const R = diameter / 2 - 10;
  const rim = wheel.builder.cached(`rim:${R}`, () => torus(R, 10, 8, 28));
  wheel.add('BlackBakelite', rim, wheel.local(0, 0, 0), [90, 0, 0]);
  wheel.cyl('BlackBakelite', 28, 34, wheel.local(0, 0, 0), 'y', 16);
  wheel.cyl('SteelBright', 12, 6, wheel.local(0, 19, 0), 'y', 12);
  const hub = 24;
  for (const deg of [90, 210, 330]) {
    const phi = (deg * Math.PI) / 180;
    const mid = (R + hub) / 2;
    wheel.box('BlackBakelite', [R - hub, 12, 18], wheel.local(mid * Math.cos(phi), 0, -mid * Math.sin(phi)), [0, deg, 0]);
  }
  // Spinner handle standing on the rim, so the wheel reads as "turn me".
  wheel.cyl('BlackBakelite', 11, 55, wheel.local(R, 36, 0), 'y', 12, 9);
  wheel.cyl('SteelBright', 5, 12, wheel.local(R, 6, 0), 'y', 8);
}

/** Chrome disc handwheel facing +z with a black crank knob; centred on the group origin. */
export function crankDisc(wheel: Group, diameter: number): void {
  const r = diameter / 2;
  wheel.cyl('Chrome', r, 14, wheel.local(0, 0, 7), 'z', 24);
  const lip = wheel.builder.cached(`lip:${r}`, () => torus(r - 2, 4, 6, 24));
  wheel.add('Chrome', lip, wheel.local(0, 0, 14));
  wheel.cyl('Chrome', 18, 12, wheel.local(0, 0, 20), 'z', 16);
  wheel.cyl('SteelBright', 5, 30, wheel.local(0, r * 0.7, 25), 'z', 8);
  wheel.cyl('BlackBakelite', 11, 42, wheel.local(0, r * 0.7, 50), 'z', 12, 9);
}
