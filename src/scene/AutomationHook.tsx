import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';

declare global {
  interface Window {
    /** Support/automation hook: where a named model node is on screen (CSS px, page coordinates). */
    gladiStage?: { screenPosition(nodeName: string): { x: number; y: number } | null; nodeNames(): string[] };
  }
}

const tmp = new Vector3();

/** Lets browser tests and support staff find a model part on screen, so clicks go through real picking. */
export function AutomationHook() {
  const { camera, scene, gl, invalidate } = useThree();
  useEffect(() => {
    window.gladiStage = {
      screenPosition(nodeName) {
        const node = scene.getObjectByName(nodeName);
        if (!node) return null;
        node.updateWorldMatrix(true, false);
        node.getWorldPosition(tmp).project(camera);
        const rect = gl.domElement.getBoundingClientRect();
        invalidate();
        return { x: rect.left + ((tmp.x + 1) / 2) * rect.width, y: rect.top + ((1 - tmp.y) / 2) * rect.height };
      },
      nodeNames() {
        const names: string[] = [];
        scene.traverse((o) => o.name && names.push(o.name));
        return names;
      },
    };
    return () => {
      delete window.gladiStage;
    };
  }, [camera, scene, gl, invalidate]);
  return null;
}
