/**
 * three.js meshes the skiver view draws over the model: the skive band on the piece and the
 * magnified cross-section card. Built from the look's profile; rebuilt only when it changes.
 * (A .tsx file although it has no JSX: three belongs in a machine folder's view files only.)
 */
import {
  BufferGeometry,
  Color,
  DoubleSide,
  Float32BufferAttribute,
  Group,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  Shape,
  ShapeGeometry,
  Vector2,
} from 'three';
import type { SkiveSample } from './lookTypes.ts';
import { sectionOutlines, type Point } from './skiveSection.ts';

const MM = 0.001;
/** The band sits this far above the grain so it never flickers into the piece. */
const BAND_LIFT_MM = 0.08;
const BAND_COLOR = new Color('#4a2a16');
const BAND_RAGGED_COLOR = new Color('#8a3a22');
const BAND_CUT_COLOR = new Color('#d01a10');

/**
 * Band geometry in the piece's local frame (x along the edge from the leading end, z inward from
 * the edge, y up), divided by the piece node's scale so it lands right on the scaled mesh.
 */
export function bandGeometry(profile: readonly SkiveSample[], topMm: number, scaleX: number, scaleY: number): BufferGeometry | null {
  if (profile.length < 2) return null;
  const pos: number[] = [];
  const col: number[] = [];
  const index: number[] = [];
  const y = (topMm + BAND_LIFT_MM / scaleY) * MM;
  profile.forEach((s, i) => {
    const x = (s.atMm * MM) / scaleX;
    pos.push(x, y, 0, x, y, Math.max(0.2, s.widthMm) * MM);
    const c = s.remainingPct <= 0 ? BAND_CUT_COLOR : s.ragged ? BAND_RAGGED_COLOR : BAND_COLOR;
    col.push(c.r, c.g, c.b, c.r, c.g, c.b);
    if (i > 0) {
      const a = (i - 1) * 2;
      index.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
    }
  });
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new Float32BufferAttribute(col, 3));
  g.setIndex(index);
  g.computeVertexNormals();
  return g;
}

export const bandMaterial = (): MeshStandardMaterial =>
  new MeshStandardMaterial({ vertexColors: true, roughness: 0.95, metalness: 0, polygonOffset: true, polygonOffsetFactor: -2, side: DoubleSide });

/** Section magnification: across the piece and (more) through its thickness, so a 2 mm hide reads. */
const SECTION_SCALE_U = 8;
const SECTION_SCALE_V = 20;
/** How much of the piece the section shows, mm in from the edge. */
export const SECTION_SPAN_MM = 24;
const CARD_MARGIN_MM = 14;

const shapeOf = (points: readonly Point[]) => new Shape(points.map(([u, v]) => new Vector2(u * SECTION_SCALE_U * MM, v * SECTION_SCALE_V * MM)));

/**
 * The cross-section card: a white backing, the leather left (brown), what the knife took (faint),
 * the bevel face in red when ragged or cut through. Centred on its group origin, facing +z.
 */
export class SectionCard {
  readonly group = new Group();
  private readonly leather = new Mesh(new BufferGeometry(), new MeshBasicMaterial({ color: '#7a4a2a' }));
  private readonly removed = new Mesh(new BufferGeometry(), new MeshBasicMaterial({ color: '#c9b8a6', transparent: true, opacity: 0.55 }));
  private readonly fault = new Mesh(new BufferGeometry(), new MeshBasicMaterial({ color: '#e01a10' }));
  private readonly card: Mesh;
  private readonly plate: Mesh;

  constructor() {
    const w = (SECTION_SPAN_MM * SECTION_SCALE_U + 2 * CARD_MARGIN_MM) * MM;
    this.card = new Mesh(new PlaneGeometry(w, 1), new MeshBasicMaterial({ color: '#fbfaf6' }));
    // The plate the leather lies on: a dark line under the section.
    this.plate = new Mesh(new PlaneGeometry(SECTION_SPAN_MM * SECTION_SCALE_U * MM, 2 * MM), new MeshBasicMaterial({ color: '#3a3d40' }));
    this.leather.position.z = 0.0004;
    this.removed.position.z = 0.0003;
    this.fault.position.z = 0.0008;
    this.group.add(this.card, this.plate, this.removed, this.leather, this.fault);
    for (const m of [this.card, this.plate, this.leather, this.removed, this.fault]) m.raycast = () => undefined;
  }

  /** Rebuild for this sample (the knife's current cut) on leather of this substance. */
  update(sample: SkiveSample, substanceMm: number): void {
    const o = sectionOutlines(sample, substanceMm, SECTION_SPAN_MM);
    const width = SECTION_SPAN_MM * SECTION_SCALE_U * MM;
    const height = substanceMm * SECTION_SCALE_V * MM;
    // Section origin (edge, flesh side) at the card's lower left; the edge is on the knife's side (left).
    const left = -width / 2;
    const bottom = -height / 2;
    for (const [mesh, points] of [[this.leather, o.leather], [this.removed, o.removed], [this.fault, o.fault]] as const) {
      mesh.geometry.dispose();
      mesh.geometry = points && points.length >= 3 ? new ShapeGeometry(shapeOf(points)) : new BufferGeometry();
      mesh.position.x = left;
      mesh.position.y = bottom;
    }
    this.card.scale.y = height + 2 * CARD_MARGIN_MM * MM;
    this.plate.position.set(0, bottom - 1 * MM, 0.0002);
  }

  dispose(): void {
    for (const m of [this.card, this.plate, this.leather, this.removed, this.fault]) {
      m.geometry.dispose();
      (m.material as MeshBasicMaterial).dispose();
    }
  }
}
