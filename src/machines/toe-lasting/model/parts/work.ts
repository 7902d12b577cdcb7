/**
 * The work: a last bottom-up on the rest with the upper over it and the insole on top, toe into
 * the pincer ring. The unlasted margin stands up round the toe; once lasted it lies wiped onto the
 * insole. The result shows on the toe (hidden unless it happens): a tear, pleats, a lifted margin
 * (dark gap) or glue strings; a white mark on the toe is the upper's centre line.
 */
import { TOE_LASTING_NODES as N } from '../../nodes.ts';
import type { ToeLastingGroup } from '../palette.ts';
import { loft, type Ring } from '../../../../../tools/models/lib/loft.ts';
import { extrude, polygonShape } from '../../../../../tools/models/lib/shapes.ts';
import { HEEL_Z, INSOLE_Y, TOE_Z, lastHalfWidth } from './geometry.ts';

const DEPTH = 95;
const STATIONS = 14;
const AROUND = 20;
const signPow = (v: number, p: number) => Math.sign(v) * Math.abs(v) ** p;
/** Height of the forepart below the insole at z: low at the toe tip (toe spring), full behind. */
const depthAt = (z: number) => 20 + (DEPTH - 20) * Math.sqrt(Math.min(1, Math.max(0, (z - TOE_Z) / 70)));

function forepart(grow: number): Ring[] {
  const rings: Ring[] = [];
  for (let i = 0; i <= STATIONS; i++) {
    const z = TOE_Z + ((HEEL_Z - TOE_Z) * i) / STATIONS;
    const w = lastHalfWidth(z) + grow;
    const h = depthAt(z) / 2 + grow;
    const yc = INSOLE_Y - depthAt(z) / 2;
    const ring: [number, number, number][] = [];
    for (let k = 0; k < AROUND; k++) {
      const a = (2 * Math.PI * k) / AROUND;
      ring.push([w * signPow(Math.cos(a), 0.55), yc + h * signPow(Math.sin(a), 0.45), z - (i === 0 ? grow : 0)]);
    }
    rings.push(ring);
  }
  return rings;
}

/** Points along the toe's outline from one side round the tip to the other, with the tangent angle. */
function toeOutline(inset: number, reachZ: number): { x: number; z: number; deg: number }[] {
  const pts: { x: number; z: number }[] = [];
  const n = 10;
  for (let i = n; i >= 0; i--) pts.push({ x: -(lastHalfWidth(TOE_Z + (reachZ * i) / n) - inset), z: TOE_Z + (reachZ * i) / n });
  for (let i = 1; i <= n; i++) pts.push({ x: lastHalfWidth(TOE_Z + (reachZ * i) / n) - inset, z: TOE_Z + (reachZ * i) / n });
  pts.splice(n, 1, { x: 0, z: TOE_Z + inset });
  return pts.map((p, i) => {
    const a = pts[Math.max(0, i - 1)]!;
    const b = pts[Math.min(pts.length - 1, i + 1)]!;
    return { ...p, deg: (Math.atan2(b.x - a.x, b.z - a.z) * 180) / Math.PI };
  });
}

export function buildWork(root: ToeLastingGroup): void {
  const last = root.group(N.lastOnRest, [0, INSOLE_Y - DEPTH, -300]);
  last.add('LastPlastic', last.builder.cached('lastBody', () => loft(forepart(0))), [0, 0, 0]);
  last.add('UpperLeather', last.builder.cached('upperBody', () => loft(forepart(2.5))), [0, 0, 0]);
  // The back part of the last (its cone, pointing down: the last is bottom-up) toward the operator.
  last.span('LastPlastic', [-32, 32], [INSOLE_Y - DEPTH - 70, INSOLE_Y - 10], [HEEL_Z - 10, HEEL_Z + 60]);
  last.span('UpperLeather', [-35, 35], [INSOLE_Y - DEPTH + 5, INSOLE_Y], [HEEL_Z - 10, HEEL_Z + 50]);
  // Insole board on top (bottom-up last), following the outline.
  const outline: [number, number][] = [];
  for (let i = 0; i <= 12; i++) outline.push([lastHalfWidth(TOE_Z + ((HEEL_Z - TOE_Z) * i) / 12), TOE_Z + ((HEEL_Z - TOE_Z) * i) / 12]);
  const loop: [number, number][] = [...outline.map(([w, z]) => [w, z] as [number, number]), ...outline.reverse().map(([w, z]) => [-w, z] as [number, number])];
  const insole = last.builder.cached('insole', () => extrude(polygonShape(loop.map(([x, z]) => [x, -z])), 3, { curveSegments: 1 }));
  last.add('InsoleBoard', insole, [0, INSOLE_Y + 3, 0], [-90, 0, 0]);
  // The upper's centre line at the toe tip.
  // (On the insole, where the operator looks down on it, and on the toe tip.)
  const mark = last.group(N.toeCentreMark, [0, INSOLE_Y + 3, TOE_Z + 40]);
  mark.span('CentreMark', [-1.5, 1.5], [INSOLE_Y + 6, INSOLE_Y + 6.8], [TOE_Z + 24, TOE_Z + 90]);
  mark.span('CentreMark', [-1.5, 1.5], [INSOLE_Y - 22, INSOLE_Y - 2], [TOE_Z - 4, TOE_Z - 2]);
  // Unlasted margin standing up round the toe, and the lasted margin lying on the insole.
  const up = last.group(N.upperMargin, [0, INSOLE_Y, TOE_Z]);
  for (const p of toeOutline(-1, 150)) up.box('UpperLeather', [2.5, 24, 16], [p.x, INSOLE_Y + 12, p.z], [0, p.deg, 0]);
  const down = last.group(N.lastedMargin, [0, INSOLE_Y + 4, TOE_Z]);
  for (const p of toeOutline(7, 150)) down.box('UpperLeather', [15, 3, 16], [p.x, INSOLE_Y + 7.6, p.z], [0, p.deg, 0]);
  buildDefects(last);
}

function buildDefects(last: ToeLastingGroup): void {
  // A split through the lasted margin at the toe tip, running down the toe (seen from above and front).
  const tear = last.group(N.toeTear, [0, INSOLE_Y + 5, TOE_Z + 8]);
  tear.box('TearDark', [10, 4, 26], [3, INSOLE_Y + 8.8, TOE_Z + 10], [0, 20, 0]);
  tear.box('TearDark', [7, 4, 18], [-6, INSOLE_Y + 8.8, TOE_Z + 26], [0, -30, 0]);
  tear.box('TearDark', [22, 30, 6], [0, INSOLE_Y - 14, TOE_Z - 1], [0, 0, 12]);
  const pleats = last.group(N.toePleats, [0, INSOLE_Y + 6, TOE_Z + 20]);
  for (const p of toeOutline(9, 90).filter((_, i) => i % 3 === 1)) pleats.box('UpperLeather', [5, 5, 14], [p.x, INSOLE_Y + 10, p.z], [0, p.deg + 90, 0]);
  const gap = last.group(N.toeMarginGap, [30, INSOLE_Y + 5, TOE_Z + 40]);
  for (const p of toeOutline(6, 110).filter((q) => q.x > 10)) gap.box('GapDark', [13, 3, 16], [p.x, INSOLE_Y + 9.4, p.z], [0, p.deg, 0]);
  const strings = last.group(N.toeGlueStrings, [0, INSOLE_Y + 8, TOE_Z + 20]);
  for (const [i, p] of toeOutline(8, 100).filter((_, k) => k % 4 === 2).entries()) strings.cyl('GlueAmber', 0.9, 22 + (i % 3) * 10, [p.x, INSOLE_Y + 19 + (i % 3) * 5, p.z], 'y', 5);
}
