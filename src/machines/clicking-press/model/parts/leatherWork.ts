/**
 * Leather work on the clicking press: the vamp outline, the steel-rule die that cuts it, the hide
 * and the cut part. Outlines are drawn flat in x/y (toe toward +y) and extruded along +z; callers
 * lay them on the board with a -90° x rotation (extrusion → up, toe → rear).
 */
import { extrude, polygonShape } from '../../../../../tools/models/lib/shapes.ts';
import type { BufferGeometry } from '../../../../../tools/models/lib/shapes.ts';
import { offsetLoop, seeded, smoothLoop } from '../../../../../tools/models/lib/outline.ts';
import type { Point2 } from '../../../../../tools/models/lib/outline.ts';

/** Die height: 28 mm, inside the usual 19–32 mm for shoe dies; with 2 mm leather under it, a
 *  60 mm stroke brings the plate from its rest height (940) exactly onto the die top (880). */
export const DIE_HEIGHT = 28;
export const RULE_THICKNESS = 2;
export const LEATHER_THICKNESS = 2;

/** Men's vamp, ~250 × 190 mm flattened: round toe, two wings, a U throat for the tongue. */
export function vampOutline(): Point2[] {
  const half: Point2[] = [
    [0, 128], [42, 120], [72, 96], [88, 60], [93, 20], [95, -25], [99, -72], [96, -108],
    [66, -120], [42, -110],
  ];
  // The throat turns sharply: keep its control points in loop order (right wing → throat → left).
  const ordered: Point2[] = [...half, [22, -80], [0, -70], [-22, -80], ...half.slice(1).reverse().map(([x, y]) => [-x, y] as const)];
  return smoothLoop(ordered, 72);
}

/** Quarter (side/back panel of the upper), ~240 × 100 mm. */
export function quarterOutline(): Point2[] {
  return smoothLoop([[-118, -38], [-60, -48], [0, -50], [60, -46], [112, -34], [120, 0], [106, 28], [70, 44], [20, 50], [-30, 56], [-82, 58], [-112, 42], [-122, 0]], 56);
}

/** Heel counter stiffener, a half-moon ~220 × 76 mm. */
export function counterOutline(): Point2[] {
  return smoothLoop([[-110, -25], [-50, -32], [0, -34], [50, -32], [110, -25], [100, 5], [70, 30], [30, 42], [-30, 42], [-70, 30], [-100, 5]], 48);
}

/** x extent of a loop along the horizontal line y (for the bridge bar). */
function spanAtY(loop: readonly Point2[], y: number): [number, number] {
  const xs: number[] = [];
  for (let i = 0; i < loop.length; i++) {
    const [x0, y0] = loop[i]!;
    const [x1, y1] = loop[(i + 1) % loop.length]!;
    if ((y0 - y) * (y1 - y) <= 0 && y0 !== y1) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
  }
  return [Math.min(...xs), Math.max(...xs)];
}

/** Steel-rule die: a 2 mm strip bent round the outline, plus a bridge bar across it at y 0. */
export function dieGeometry(outline: readonly Point2[] = vampOutline()): { rule: BufferGeometry; bridge: BufferGeometry } {
  const outer = offsetLoop(outline, RULE_THICKNESS / 2);
  const inner = offsetLoop(outline, -RULE_THICKNESS / 2);
  const rule = extrude(polygonShape(outer, [inner]), DIE_HEIGHT, { curveSegments: 1 });
  const [x0, x1] = spanAtY(outline, 0);
  const bridge = extrude(polygonShape([[x0, -4], [x1, -4], [x1, 4], [x0, 4]]), 10, { curveSegments: 1 });
  return { rule, bridge };
}

/** The part the die cuts: the same outline, a hair inside the rule. */
export function cutPartGeometry(): BufferGeometry {
  return extrude(polygonShape(offsetLoop(vampOutline(), -1.5)), LEATHER_THICKNESS, { curveSegments: 1 });
}

/** A leather side: an irregular, deterministic hide edge about 720 × 450 mm. */
export function hideGeometry(): BufferGeometry {
  const random = seeded(7);
  const phases = [random() * 6.28, random() * 6.28, random() * 6.28];
  const points: Point2[] = [];
  const n = 64;
  for (let i = 0; i < n; i++) {
    const t = (i / n) * Math.PI * 2;
    const wobble = 1 + 0.06 * Math.sin(3 * t + phases[0]!) + 0.035 * Math.sin(7 * t + phases[1]!) + 0.018 * Math.sin(13 * t + phases[2]!);
    points.push([360 * Math.cos(t) * wobble, 225 * Math.sin(t) * wobble]);
  }
  return extrude(polygonShape(points), LEATHER_THICKNESS, { curveSegments: 1 });
}
