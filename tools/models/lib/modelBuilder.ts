/**
 * A thin layer over @gltf-transform/core for building machine models in millimetres.
 *
 * - A `Group` is one named glTF node. Its origin is given in model (world) millimetres at rest
 *   pose, and so are the parts added to it, which keeps the generator code readable against the
 *   positions in machine-shapes.md. Groups are translation-only at rest: the view animates them by
 *   setting rotation/position/scale from that rest pose.
 * - Static parts of a group are merged into one mesh, one primitive per material.
 * - `instance` reuses another group's mesh (same dies, same shoe) at a new place and rotation.
 * - Output is in metres; materials are created on first use, so nothing unused is written.
 * - Materials: the shared palette (./palette.ts) plus the machine's own (its model/palette.ts),
 *   `new ModelBuilder(sceneName, ownPalette)`; a name in both throws. `Group<M>` takes exactly the
 *   names M (a typo is a type error). Shared parts take `Group` (the shared names) and accept a
 *   machine's groups too; one that takes a material argument (a lamp lens) is generic over it.
 */
import { Document } from '@gltf-transform/core';
import type { Buffer, Material, Mesh, Node, Scene } from '@gltf-transform/core';
import type { BufferGeometry } from 'three';
import { mergePlaced } from './mergeParts.ts';
import type { PlacedGeometry } from './mergeParts.ts';
import { PALETTE, linearRgb } from './palette.ts';
import type { MaterialName, MaterialSpec, OwnPalette } from './palette.ts';
import { box, cylinder } from './shapes.ts';
import { placement, quaternionDeg, sub } from './transform.ts';
import type { Vec3 } from './transform.ts';

const MM_TO_M = 0.001;

export type Axis = 'x' | 'y' | 'z';

/** Rotation (deg) that turns a y-axis primitive (cylinder, lathe) onto the given axis. */
export function axisRotation(axis: Axis): Vec3 {
  if (axis === 'x') return [0, 0, -90];
  if (axis === 'z') return [90, 0, 0];
  return [0, 0, 0];
}

/** What a group (and a part function holding one) may ask of the model it belongs to. */
export interface GroupKit {
  /** Geometry memo so identical primitives (bolts, feet, buttons) are built once. */
  cached(key: string, make: () => BufferGeometry): BufferGeometry;
  /** A child group of `parent`, taking the same material names. */
  group<M extends string>(name: string, parent: Group<M>, origin: Vec3): Group<M>;
  /** A node that shows `source`'s mesh again at `at` (model mm) with a rest rotation. */
  instance(name: string, parent: AnyGroup, source: AnyGroup, at: Vec3, rotDeg?: Vec3): Node;
}

/**
 * A named node whose parts take the material names M (the shared names by default). `in`: a
 * group that takes more names (a machine's) also serves where fewer are asked for (shared parts),
 * never the reverse, so a group of a builder without the machine's palette cannot reach its parts.
 */
export class Group<in M extends string = MaterialName> {
  // Keyed by plain string: M only ever flows in (see `in` above).
  private readonly parts = new Map<string, PlacedGeometry[]>();

  constructor(
    readonly builder: GroupKit,
    readonly node: Node,
    /** Rest-pose origin in model millimetres. */
    readonly origin: Vec3,
  ) {}

  /** Add a geometry (built around its own origin) placed at `at` in model millimetres. */
  add(material: M, geometry: BufferGeometry, at: Vec3, rotDeg: Vec3 = [0, 0, 0], scale: Vec3 = [1, 1, 1]): this {
    const list = this.parts.get(material) ?? [];
    list.push({ geometry, matrix: placement(sub(at, this.origin), rotDeg, scale) });
    this.parts.set(material, list);
    return this;
  }

  /** Box of size [w, h, d] centred at `center`. */
  box(material: M, size: Vec3, center: Vec3, rotDeg?: Vec3): this {
    checkSize(this, size);
    return this.add(material, this.builder.cached(`box:${size.join(',')}`, () => box(...size)), center, rotDeg);
  }

  /** Box given by its extents: [x0, x1], [y0, y1], [z0, z1] in model millimetres. */
  span(material: M, x: readonly [number, number], y: readonly [number, number], z: readonly [number, number]): this {
    return this.box(material, [x[1] - x[0], y[1] - y[0], z[1] - z[0]], [(x[0] + x[1]) / 2, (y[0] + y[1]) / 2, (z[0] + z[1]) / 2]);
  }

  /** Cylinder of radius r and length h centred at `center`, axis along `axis`. */
  cyl(material: M, r: number, h: number, center: Vec3, axis: Axis = 'y', segments = 16, rTop = r): this {
    checkSize(this, [r, h, Math.max(r, rTop)]);
    const key = `cyl:${r},${h},${segments},${rTop}`;
    return this.add(material, this.builder.cached(key, () => cylinder(r, h, segments, rTop)), center, axisRotation(axis));
  }

  /** A point given relative to this group's origin, in model millimetres. */
  local(x: number, y: number, z: number): Vec3 {
    return [this.origin[0] + x, this.origin[1] + y, this.origin[2] + z];
  }

  /** Child group (own node) with its rest origin at `origin` (model millimetres). */
  group(name: string, origin: Vec3 = this.origin): Group<M> {
    return this.builder.group(name, this, origin);
  }

  /** Build this group's mesh from its parts (called once by the builder). */
  buildMesh(doc: Document, buffer: Buffer, material: (name: string) => Material): Mesh | undefined {
    if (this.parts.size === 0) return undefined;
    const mesh = doc.createMesh(this.node.getName());
    // Sort by material name so the output does not depend on the order parts were added in.
    for (const name of [...this.parts.keys()].sort()) {
      const merged = mergePlaced(this.parts.get(name) ?? []);
      if (merged.indices.length === 0) continue;
      const positions = merged.positions.map((v) => v * MM_TO_M);
      const vertexCount = positions.length / 3;
      const indexArray = vertexCount > 65535 ? new Uint32Array(merged.indices) : new Uint16Array(merged.indices);
      const prim = doc
        .createPrimitive()
        .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
        .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(merged.normals).setBuffer(buffer))
        .setIndices(doc.createAccessor().setType('SCALAR').setArray(indexArray).setBuffer(buffer))
        .setMaterial(material(name));
      mesh.addPrimitive(prim);
    }
    return mesh;
  }
}

/** Any group, whatever material names it takes (for code that only needs its node). */
export type AnyGroup = Group<never>;

interface InstanceRecord {
  node: Node;
  source: AnyGroup;
}

/** Builds one model; `Own`: the names of the machine's own materials, inferred from its palette. */
export class ModelBuilder<Own extends string = never> implements GroupKit {
  readonly doc = new Document();
  private readonly buffer: Buffer;
  private readonly scene: Scene;
  private readonly groups: AnyGroup[] = [];
  private readonly instances: InstanceRecord[] = [];
  private readonly palette: ReadonlyMap<string, MaterialSpec>;
  private readonly materials = new Map<string, Material>();
  private readonly geometryCache = new Map<string, BufferGeometry>();
  private readonly names = new Set<string>();

  /** `own`: the machine's own materials (its model/palette.ts); a shared name there is an error. */
  constructor(sceneName: string, own?: OwnPalette<Own>) {
    this.palette = mergePalettes(own);
    this.buffer = this.doc.createBuffer();
    this.scene = this.doc.createScene(sceneName);
    this.doc.getRoot().setDefaultScene(this.scene);
  }

  /** Top-level group at the model origin. */
  root(name: string): Group<MaterialName | Own> {
    const node = this.createNode(name);
    this.scene.addChild(node);
    const g = new Group<MaterialName | Own>(this, node, [0, 0, 0]);
    this.groups.push(g);
    return g;
  }

  group<M extends string>(name: string, parent: Group<M>, origin: Vec3): Group<M> {
    const node = this.createNode(name).setTranslation(toMetres(sub(origin, parent.origin)));
    parent.node.addChild(node);
    const g = new Group<M>(this, node, origin);
    this.groups.push(g);
    return g;
  }

  /** A node that shows `source`'s mesh again at `at` (model mm) with a rest rotation. */
  instance(name: string, parent: AnyGroup, source: AnyGroup, at: Vec3, rotDeg: Vec3 = [0, 0, 0]): Node {
    const node = this.createNode(name).setTranslation(toMetres(sub(at, parent.origin))).setRotation(quaternionDeg(rotDeg));
    parent.node.addChild(node);
    this.instances.push({ node, source });
    return node;
  }

  /** Geometry memo so identical primitives (bolts, feet, buttons) are built once. */
  cached(key: string, make: () => BufferGeometry): BufferGeometry {
    let g = this.geometryCache.get(key);
    if (!g) {
      g = make();
      this.geometryCache.set(key, g);
    }
    return g;
  }

  /** Build all meshes and return the finished document. */
  finish(): Document {
    const meshes = new Map<AnyGroup, Mesh>();
    for (const g of this.groups) {
      const mesh = g.buildMesh(this.doc, this.buffer, (name) => this.material(name));
      if (mesh) {
        g.node.setMesh(mesh);
        meshes.set(g, mesh);
      }
    }
    for (const { node, source } of this.instances) {
      const mesh = meshes.get(source);
      if (!mesh) throw new Error(`instance ${node.getName()}: source ${source.node.getName()} has no mesh`);
      node.setMesh(mesh);
    }
    return this.doc;
  }

  private material(name: string): Material {
    let m = this.materials.get(name);
    if (m) return m;
    const spec = this.palette.get(name);
    // Only a name that got past the types (a cast) can be missing.
    if (!spec) throw new Error(`material ${name} is in neither the shared palette nor the machine's own`);
    const alpha = spec.alpha ?? 1;
    m = this.doc
      .createMaterial(name)
      .setBaseColorFactor([...linearRgb(spec.color), alpha])
      .setMetallicFactor(spec.metallic)
      .setRoughnessFactor(spec.roughness);
    if (spec.emissive) m.setEmissiveFactor(linearRgb(spec.emissive));
    if (alpha < 1) m.setAlphaMode('BLEND');
    if (spec.doubleSided) m.setDoubleSided(true);
    this.materials.set(name, m);
    return m;
  }

  private createNode(name: string): Node {
    // Node names are the API to the view code: a duplicate would make getObjectByName ambiguous.
    if (this.names.has(name)) throw new Error(`duplicate node name ${name}`);
    this.names.add(name);
    return this.doc.createNode(name);
  }
}

/** The shared palette with the machine's own materials added; a name in both is an error. */
function mergePalettes<Own extends string>(own: OwnPalette<Own> | undefined): ReadonlyMap<string, MaterialSpec> {
  const merged = new Map<string, MaterialSpec>(Object.entries(PALETTE));
  for (const [name, spec] of Object.entries<MaterialSpec>(own ?? {})) {
    if (merged.has(name)) throw new Error(`material ${name} is in the shared palette already: use it, or give the machine's own a new name`);
    merged.set(name, spec);
  }
  return merged;
}

/** A zero-size part has NaN normals, which the validator rejects: fail early with a name. */
function checkSize(group: AnyGroup, size: Vec3): void {
  if (size.some((v) => !(v > 0))) throw new Error(`${group.node.getName()}: part size must be positive, got ${size.join(' × ')}`);
}

function toMetres(v: Vec3): [number, number, number] {
  return [v[0] * MM_TO_M, v[1] * MM_TO_M, v[2] * MM_TO_M];
}
