import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';

declare global {
  interface Window {
    /** Support/automation hook: where a named model node is on screen (CSS px, page coordinates). */
    gladiStage?: {
      screenPosition(nodeName: string): { x: number; y: number } | null;
      nodeNames(): string[];
      /** Whether a node and all its ancestors are visible. */
      isVisible(nodeName: string): boolean;
      /** Renders `frames` frames synchronously and reports deterministic figures plus JS time per frame. */
      measureRender(frames: number): { calls: number; triangles: number; msPerFrame: number };
    };
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
      isVisible(nodeName) {
        for (let o = scene.getObjectByName(nodeName) ?? null; o; o = o.parent) if (!o.visible) return false;
        return Boolean(scene.getObjectByName(nodeName));
      },
      measureRender(frames) {
        const t0 = performance.now();
        for (let i = 0; i < frames; i++) gl.render(scene, camera);
        const msPerFrame = (performance.now() - t0) / Math.max(1, frames);
        return { calls: gl.info.render.calls, triangles: gl.info.render.triangles, msPerFrame };
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
