import type { Material, Mesh, MeshStandardMaterial, Object3D } from 'three';

/**
 * Material helpers the machine views share. The model's lamp materials are one per lamp (see
 * the machine's model/palette.ts), so lighting a lamp is setting the emissive of its material.
 */

/** The first standard material under a node (a lamp lens): set its emissive to light it. */
export function emissiveOf(node: Object3D): MeshStandardMaterial | null {
  let found: MeshStandardMaterial | null = null;
  node.traverse((o) => {
    const m = (o as Mesh).material as Material | undefined;
    if (!found && m && 'emissive' in m) found = m as MeshStandardMaterial;
  });
  return found;
}

/** The first standard material under a node, cloned so tinting it leaves the shared one alone. */
export function ownMaterial(node: Object3D): MeshStandardMaterial | null {
  let found: MeshStandardMaterial | null = null;
  node.traverse((o) => {
    const mesh = o as Mesh;
    const m = mesh.material as Material | undefined;
    if (found || !m || !('color' in m)) return;
    found = (m as MeshStandardMaterial).clone();
    mesh.material = found;
  });
  return found;
}

/** Lights (or darkens) a lamp material: `color` at `intensity` when on, black when off. */
export function setGlow(material: MeshStandardMaterial | null, on: boolean, color: string, intensity = 2.5): void {
  if (!material) return;
  material.emissive.set(on ? color : '#000000');
  material.emissiveIntensity = on ? intensity : 0;
}

/** The standard material of this name under a node (lamps have one material each, by name). */
export function materialNamed(root: Object3D, name: string): MeshStandardMaterial | null {
  let found: MeshStandardMaterial | null = null;
  root.traverse((o) => {
    const m = (o as Mesh).material as Material | undefined;
    if (!found && m && m.name === name && 'emissive' in m) found = m as MeshStandardMaterial;
  });
  return found;
}

/** Like `ownMaterial`, for every mesh under a node whose material has this name (one clone, shared by them). */
export function ownMaterialNamed(node: Object3D, name: string): MeshStandardMaterial | null {
  let own: MeshStandardMaterial | null = null;
  node.traverse((o) => {
    const mesh = o as Mesh;
    const m = mesh.material as Material | undefined;
    if (!m || m.name !== name || !('color' in m)) return;
    own ??= (m as MeshStandardMaterial).clone();
    mesh.material = own;
  });
  return own;
}
