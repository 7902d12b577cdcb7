import { useMemo } from 'react';
import type { Object3D } from 'three';

/**
 * Looks every contract node up once. A missing name throws with the list of what is missing,
 * which the stage's error boundary shows: a model that breaks the contract fails loudly.
 */
export function useModelNodes<K extends string>(scene: Object3D, names: Readonly<Record<K, string>>, url: string): Record<K, Object3D> {
  return useMemo(() => {
    const found = {} as Record<K, Object3D>;
    const missing: string[] = [];
    for (const key of Object.keys(names) as K[]) {
      const node = scene.getObjectByName(names[key]);
      if (node) found[key] = node;
      else missing.push(names[key]);
    }
    if (missing.length) throw new Error(`${url} lacks nodes ${missing.join(', ')}`);
    return found;
  }, [scene, names, url]);
}
