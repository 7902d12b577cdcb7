/**
 * Leather work on the clicking press: the vamp outline, the steel-rule die that cuts it, the hide
 * and the cut part. Outlines are drawn flat in x/y (toe toward +y) and extruded along +z; callers
 * lay them on the board with a -90° x rotation (extrusion → up, toe → rear).
 */
import type { BufferGeometry } from 'three';
import { extrude, polygonShape } from '../lib/shapes.ts';
import { offsetLoop, seeded, smoothLoop } from '../lib/outline.ts';
import type { Point2 } from '../lib/outline.ts';

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

/** Steel-rule die: a 2 mm strip bent round the vamp outline, plus a bridge bar across it. */
export function dieGeometry(): { rule: BufferGeometry; bridge: BufferGeometry } {
  const outline = vampOutline();
  const outer = offsetLoop(outline, RULE_THICKNESS / 2);
  const inner = offsetLoop(outline, -RULE_THICKNESS / 2);
  const rule = extrude(polygonShape(outer, [inner]), DIE_HEIGHT, { curveSegments: 1 });
  const bridge = extrude(polygonShape([[-94, -4], [94, -4], [94, 4], [-94, 4]]), 10, { curveSegments: 1 });
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
