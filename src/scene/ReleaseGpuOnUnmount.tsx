import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Material, Mesh, Object3D, Texture } from 'three';

interface Disposable {
  dispose(): void;
}

function collect(o: Object3D, into: Set<Disposable>): void {
  const mesh = o as Mesh;
  if (mesh.geometry) into.add(mesh.geometry);
  const materials = mesh.material ? ([] as Material[]).concat(mesh.material) : [];
  for (const m of materials) {
    into.add(m);
    for (const v of Object.values(m)) if ((v as Texture | null)?.isTexture) into.add(v as Texture);
  }
}

/**
 * Frees what this Canvas's renderer uploaded when the stage goes away. The machine's glTF is
 * cached for the page, and the renderer hangs a `dispose` listener on every geometry, material
 * and texture it draws: without this, each closed stage stays reachable from the cached model
 * (its renderer, canvas and whole screen). Disposing drops those listeners; a later stage uploads
 * the same objects again.
 */
export function ReleaseGpuOnUnmount() {
  const drawn = useRef(new Set<Disposable>());
  // Collected as frames are drawn (cheap, and only when something draws): by the time the
  // stage unmounts, the model has already been taken out of the scene.
  useFrame(({ scene }) => scene.traverse((o) => collect(o, drawn.current)));
  useEffect(() => {
    const held = drawn.current;
    return () => {
      for (const d of held) d.dispose();
      held.clear();
    };
  }, []);
  return null;
}
