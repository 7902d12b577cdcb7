import { addTail, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Color, Spherical, Vector3, type Scene } from 'three';
import { clampTarget, type TargetLimits } from './cameraLimits.ts';
import { inSightFrom, occluders, sightSamples } from './lineOfSight.ts';
import { chooseView } from './viewChoice.ts';
import { presentation, subscribePresentation } from './presentation.ts';

/** How fast the camera glides to a part (1/s, exponential); about a second to settle. */
const FOCUS_RATE = 4;
/** Farthest the camera stays from a part it turns to, so the room sees it large (metres) [I]. */
const FOCUS_DISTANCE_M = 2.0;
/** Nearest the orbit lets the camera come (MachineStage's minDistance, metres). */
const MIN_DISTANCE_M = 0.7;
/** Close enough to stop asking for frames (metres). */
const SETTLED_M = 0.002;
/** Close enough in view angle to stop asking for frames (radians). */
const SETTLED_RAD = 0.002;
/** How often a settled view is checked for a part that something moved in front of (s of drawn frames) [I]. */
const RECHECK_S = 0.5;
/** The projector look: a plain white room (a dark scene washes out on classroom projectors). */
const PROJECTOR_BACKGROUND = new Color('#ffffff');

const goal = new Vector3();
const step = new Vector3();
const offset = new Vector3();
const viewEye = new Vector3();
const now = new Spherical();
const aim = new Spherical();

/** Shortest signed turn from angle `a` to angle `b` (radians). */
const turn = (a: number, b: number) => Math.atan2(Math.sin(b - a), Math.cos(b - a));

interface OrbitLike {
  readonly target: Vector3;
  update(): void;
}

/**
 * Presenter mode on the stage: glides the orbit target to the node `presentation().focus` names
 * (as far as the stage's limits let it), and the camera round to the nearest view from which the
 * part is in sight (no other part in the way, lineOfSight + viewChoice), coming no farther than
 * FOCUS_DISTANCE_M; in useFrame with `delta`. Also brightens the room for a projector. Idle when nothing is asked.
 */
export function CameraFocus({ limits }: { limits: TargetLimits }) {
  const state = useSyncExternalStore(subscribePresentation, presentation);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as OrbitLike | null;
  const invalidate = useThree((s) => s.invalidate);
  const moving = useRef(false);
  /** The view chosen for this focus request (offset from the target), once the node is there. */
  const view = useRef<Vector3 | null>(null);
  /** Seconds of drawn frames since the settled view was last checked for a clear line of sight. */
  const sinceCheck = useRef(0);
  /** Frames drawn on a settled view since its last check: the last of them may have moved a part in front. */
  const unchecked = useRef(false);
  /** Whether the chosen view sees the part (none may: a part enclosed by others keeps the view it had). */
  const viewClear = useRef(false);
  useEffect(() => {
    moving.current = state.focus !== null;
    unchecked.current = false;
    view.current = null;
    invalidate();
  }, [state.focus, state.focusSeq, invalidate]);
  useProjectorRoom(scene, state.projector, invalidate);
  // When frames stop (a beam came to rest over the work between two checks), draw one more that checks.
  useEffect(
    () =>
      addTail(() => {
        if (moving.current || !unchecked.current) return;
        sinceCheck.current = RECHECK_S;
        // After the loop has flagged itself stopped: a frame asked for during the tail is dropped.
        queueMicrotask(() => invalidate());
      }),
    [invalidate],
  );
  useFrame((_s, delta) => {
    if (!controls || !state.focus) return void (unchecked.current = false);
    if (!moving.current) {
      // Parts move after the camera settled (a beam swings over the work): look again now and then, on drawn frames only.
      sinceCheck.current += delta;
      if (sinceCheck.current < RECHECK_S) return void (unchecked.current = true);
      sinceCheck.current = 0;
      unchecked.current = false;
      const shown = scene.getObjectByName(state.focus);
      if (!shown) return;
      const eye = camera.getWorldPosition(offset);
      if (inSightFrom(eye, sightSamples(shown), occluders(scene, shown))) return;
      view.current = null;
      moving.current = true;
    }
    const node = scene.getObjectByName(state.focus);
    if (!node) return void invalidate(); // the model is still loading: try again next frame
    node.updateWorldMatrix(true, false);
    // Where the stage lets the target go (cameraLimits): a part beyond it is looked at from as near as it gets.
    clampTarget(node.getWorldPosition(goal), limits);
    offset.copy(camera.position).sub(controls.target);
    if (!view.current) {
      const distance = Math.max(MIN_DISTANCE_M, Math.min(FOCUS_DISTANCE_M, offset.length()));
      const samples = sightSamples(node);
      const blockers = occluders(scene, node);
      const clear = (eye: Vector3) => inSightFrom(eye, samples, blockers);
      view.current = chooseView(goal, offset.clone().setLength(distance), clear);
      viewClear.current = clear(viewEye.copy(goal).add(view.current));
    }
    step.copy(goal).sub(controls.target);
    now.setFromVector3(offset);
    aim.setFromVector3(view.current);
    const dTheta = turn(now.theta, aim.theta);
    const dPhi = aim.phi - now.phi;
    const dRadius = aim.radius - now.radius;
    if (step.length() < SETTLED_M && Math.abs(dRadius) < SETTLED_M && Math.abs(dTheta) + Math.abs(dPhi) < SETTLED_RAD) {
      moving.current = false;
      // Check the view once more when frames stop, unless no view sees it (that would never settle).
      unchecked.current = viewClear.current;
      return;
    }
    const k = Math.min(1, FOCUS_RATE * delta);
    controls.target.add(step.multiplyScalar(k));
    // Round the part (never through it) to the chosen view.
    now.theta += dTheta * k;
    now.phi += dPhi * k;
    now.radius += dRadius * k;
    camera.position.copy(controls.target).add(offset.setFromSpherical(now));
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
