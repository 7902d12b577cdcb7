import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Color, Vector3, type Scene } from 'three';
import { clampTarget } from './cameraLimits.ts';
import { presentation, subscribePresentation } from './presentation.ts';

/** How fast the camera glides to a part (1/s, exponential); about a second to settle. */
const FOCUS_RATE = 4;
/** Farthest the camera stays from a part it turns to, so the room sees it large (metres) [I]. */
const FOCUS_DISTANCE_M = 2.0;
/** Close enough to stop asking for frames (metres). */
const SETTLED_M = 0.002;
/** The projector look: a plain white room (a dark scene washes out on classroom projectors). */
const PROJECTOR_BACKGROUND = new Color('#ffffff');

const goal = new Vector3();
const step = new Vector3();
const offset = new Vector3();

interface OrbitLike {
  readonly target: Vector3;
  update(): void;
}

/**
 * Presenter mode on the stage: glides the orbit target (and the camera with it, keeping the view's
 * angle, coming no farther than FOCUS_DISTANCE_M) to the node `presentation().focus` names, in useFrame with `delta`; and
 * brightens the room for a projector. Idle when nothing is asked.
 */
export function CameraFocus() {
  const state = useSyncExternalStore(subscribePresentation, presentation);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as OrbitLike | null;
  const invalidate = useThree((s) => s.invalidate);
  const moving = useRef(false);
  useEffect(() => {
    moving.current = state.focus !== null;
    invalidate();
  }, [state.focus, state.focusSeq, invalidate]);
  useProjectorRoom(scene, state.projector, invalidate);
  useFrame((_s, delta) => {
    if (!moving.current || !controls || !state.focus) return;
    const node = scene.getObjectByName(state.focus);
    if (!node) return void invalidate(); // the model is still loading: try again next frame
    node.updateWorldMatrix(true, false);
    // Where the stage lets the target go (cameraLimits): a part beyond it is looked at from as near as it gets.
    clampTarget(node.getWorldPosition(goal));
    step.copy(goal).sub(controls.target);
    offset.copy(camera.position).sub(controls.target);
    const distance = offset.length();
    const tooFar = distance - FOCUS_DISTANCE_M;
    if (step.length() < SETTLED_M && tooFar < SETTLED_M) {
      moving.current = false;
      return;
    }
    const k = Math.min(1, FOCUS_RATE * delta);
    step.multiplyScalar(k);
    controls.target.add(step);
    // Same viewing angle, closer (never farther) than it was.
    if (tooFar > 0) offset.multiplyScalar((distance - tooFar * k) / distance);
    camera.position.copy(controls.target).add(offset);
    controls.update();
    invalidate();
  });
  // A projector needs more light on the model too: dark parts turn to black blobs on a wall.
  return state.projector ? <ambientLight intensity={0.7} /> : null;
}

function useProjectorRoom(scene: Scene, on: boolean, invalidate: () => void) {
  useEffect(() => {
    if (!on) return;
    const before = scene.background;
    scene.background = PROJECTOR_BACKGROUND;
    invalidate();
    return () => {
      scene.background = before;
      invalidate();
    };
  }, [scene, on, invalidate]);
}
