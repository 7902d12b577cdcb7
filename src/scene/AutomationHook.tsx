import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { inSightFrom, occluders, sightSamples } from './lineOfSight.ts';
import { candidateOffsets } from './viewChoice.ts';
import { clampTarget, type TargetLimits } from './cameraLimits.ts';

/** Most frames one `measureRender` call may draw: enough for a steady figure, too few to hang a tab. */
export const MEASURE_RENDER_MAX_FRAMES = 120;

/**
 * Support/automation hook, shipped in production on purpose: browser tests click the real model
 * through it, support staff ask it what a device draws, `npm run bench` measures with it. Read-only
 * except for drawing frames; it cannot change the session.
 */
export interface GladiStageHook {
  /** Where a named model node is on screen (CSS px, page coordinates); used by tests to click parts. */
  screenPosition(nodeName: string): { x: number; y: number } | null;
  /** Every named node of the loaded scene (tests wait for the model with it). */
  nodeNames(): string[];
  /**
   * Whether the camera sees the node: enough of its sample points (its box's centre and points
   * towards its faces, lineOfSight.ts) have no other visible mesh in the way. False for no such node.
   */
  inSight(nodeName: string): boolean;
  /**
   * Whether any view the presenter camera may choose (viewChoice's candidates round the part, at
   * the camera's distance from its orbit target) has the node in sight. False for no such node.
   */
  clearViewExists(nodeName: string): boolean;
  /** Whether a node and all its ancestors are visible. */
  isVisible(nodeName: string): boolean;
  /**
   * Renders `frames` (an integer 1…MEASURE_RENDER_MAX_FRAMES) frames synchronously and reports
   * deterministic figures plus JS time per frame; any other count throws a RangeError.
   */
  measureRender(frames: number): { calls: number; triangles: number; msPerFrame: number };
  /**
   * How many frames the stage's own frame loop has drawn since it opened (not `measureRender`'s):
   * tests and the bench check that an idle stage draws none.
   */
  framesDrawn(): number;
}

declare global {
  interface Window {
    gladiStage?: GladiStageHook;
  }
}

const tmp = new Vector3();

/** Lets browser tests and support staff find a model part on screen, so clicks go through real picking. */
export function AutomationHook({ limits }: { limits: TargetLimits }) {
  const { camera, scene, gl, invalidate } = useThree();
  const drawn = useRef(0);
  useFrame(() => {
    drawn.current++;
  });
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
      inSight(nodeName) {
        const node = scene.getObjectByName(nodeName);
        if (!node) return false;
        camera.updateMatrixWorld();
        return inSightFrom(camera.getWorldPosition(new Vector3()), sightSamples(node), occluders(scene, node));
      },
      clearViewExists(nodeName) {
        const node = scene.getObjectByName(nodeName);
        if (!node) return false;
        node.updateWorldMatrix(true, false);
        const target = node.getWorldPosition(new Vector3());
        clampTarget(target, limits);
        const offset = camera.getWorldPosition(new Vector3()).sub(target);
        const samples = sightSamples(node);
        const blockers = occluders(scene, node);
        return candidateOffsets(offset).some((o) => inSightFrom(o.add(target), samples, blockers));
      },
      isVisible(nodeName) {
        for (let o = scene.getObjectByName(nodeName) ?? null; o; o = o.parent) if (!o.visible) return false;
        return Boolean(scene.getObjectByName(nodeName));
      },
      measureRender(frames) {
        if (!Number.isInteger(frames) || frames < 1 || frames > MEASURE_RENDER_MAX_FRAMES) {
          throw new RangeError(`measureRender: frames must be an integer from 1 to ${MEASURE_RENDER_MAX_FRAMES}`);
        }
        const t0 = performance.now();
        for (let i = 0; i < frames; i++) gl.render(scene, camera);
        const msPerFrame = (performance.now() - t0) / frames;
        return { calls: gl.info.render.calls, triangles: gl.info.render.triangles, msPerFrame };
      },
      framesDrawn: () => drawn.current,
      nodeNames() {
        const names: string[] = [];
        scene.traverse((o) => o.name && names.push(o.name));
        return names;
      },
    };
    return () => {
      delete window.gladiStage;
    };
  }, [camera, scene, gl, invalidate, limits]);
  return null;
}
