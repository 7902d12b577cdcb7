import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { Object3D } from 'three';
import { useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { approach } from '../../scene/animate.ts';
import type { MachineView } from '../../scene/machineView.ts';
import { materialNamed, ownMaterialNamed, setGlow } from '../../scene/materials.ts';
import { useModelPicking } from '../../scene/Picking.tsx';
import { useMachineModel } from '../../scene/useMachineModel.ts';
import { useModelNodes } from '../../scene/useModelNodes.ts';
import { SPEED_RANGE } from './constants.ts';
import { ROUGHING_NODES } from './nodes.ts';
import { useRoughingLook } from './useRoughingLook.tsx';
import { makeMotion } from './viewMotion.tsx';

const DEG = Math.PI / 180;
const MM = 0.001;
const ROCKER_ON_RAD = -20 * DEG;
const REVERSE_RAD = -60 * DEG;
const ESTOP_TRAVEL_M = 8 * MM;
/** The knob sweeps 270° over the inverter's range (dial convention of tools/models/lib/parts/controls.ts). */
const KNOB_SWEEP_RAD = 270 * DEG;
/**
 * Shown spin: 1,400–2,800 rpm would strobe at screen frame rates, so the wheel is drawn turning
 * about one to two turns a second, faster with the inverter; it runs up and down instead of jumping.
 * Positive = ROUGHING_DIRECTION (top of the wheel toward the operator: +x rotation turns +y onto +z).
 */
const SHOWN_RAD_S_AT_MAX = 2 * 2 * Math.PI;
const SPIN_UP_S = 1.2;
const SPIN_FRAME_MS = 33;
const LONGEST_STEP_S = 0.1;
const LOOK_POLL_S = 0.1;
const LAMP_MATERIAL = 'LampSpindlePilot';
const LED_MATERIAL = 'InverterLed';
const WORK_LAMP_MATERIAL = 'WorkLampLens';

const NO_HIT: Object3D['raycast'] = () => undefined;

/**
 * Shows or hides a part, and with it whether it can be picked: three's raycaster does not skip
 * hidden objects, and a worn item left on its hook must not catch the click meant for the next one.
 */
function showAndPick(node: Object3D, shown: boolean): void {
  node.visible = shown;
  node.traverse((o) => {
    const data = o.userData as { gladiRaycast?: Object3D['raycast'] };
    data.gladiRaycast ??= o.raycast;
    o.raycast = shown ? data.gladiRaycast : NO_HIT;
  });
}

/** The roughing machine, moved toward targets from its look. */
function RoughingView() {
  const { module } = useSessionHandle();
  const { scene, url } = useMachineModel(module.modelUrl);
  const n = useModelNodes(scene, ROUGHING_NODES, url);
  const { look, refresh } = useRoughingLook();
  const invalidate = useThree((s) => s.invalidate);
  const picking = useModelPicking();
  const target = useRef(look);
  target.current = look;

  const rest = useMemo(() => {
    const data = n.root.userData as { gladiRest?: { stoneZ: number; shoeX: number; shoeZ: number; bag: { x: number; z: number }; estopZ: number; startZ: number; stopZ: number } };
    data.gladiRest ??= {
      stoneZ: n.sharpeningStone.position.z,
      shoeX: n.shoe.position.x,
      shoeZ: n.shoe.position.z,
      bag: { x: n.dustBag.scale.x, z: n.dustBag.scale.z },
      estopZ: n.estop.position.z,
      startZ: n.startButton.position.z,
      stopZ: n.stopButton.position.z,
    };
    return data.gladiRest;
  }, [n]);
  const motion = useMemo(() => makeMotion({ sharpeningStone: n.sharpeningStone, shoe: n.shoe, band: n.band, dustBag: n.dustBag }, rest), [n, rest]);
  const lamps = useMemo(
    () => ({ pilot: materialNamed(n.spindleLamp, LAMP_MATERIAL), led: ownMaterialNamed(n.inverterDisplay, LED_MATERIAL), work: materialNamed(n.lamps, WORK_LAMP_MATERIAL) }),
    [n],
  );
  const state = useRef({ spin: 0, sinceRead: 0, fresh: true });
  const spinFrame = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (spinFrame.current) clearTimeout(spinFrame.current);
      spinFrame.current = null;
    },
    [],
  );

  // Discrete changes apply at once.
  useEffect(() => {
    showAndPick(n.shoe, look.shoeHeld);
    showAndPick(n.earMuffs, !look.earMuffs);
    showAndPick(n.safetyGlasses, !look.safetyGlasses);
    showAndPick(n.dustMask, !look.dustMask);
    setGlow(lamps.pilot, look.spindleRunning && !look.estopLatched, '#3cff6a');
    setGlow(lamps.led, !look.estopLatched, '#ff3020', 1.6);
    setGlow(lamps.work, look.spindleRunning, '#fff4d0', 1.8);
    n.extractionSwitch.rotation.x = look.extractionOn ? ROCKER_ON_RAD : 0;
    n.reversingSwitch.rotation.z = look.direction > 0 ? 0 : REVERSE_RAD;
    n.estop.position.z = rest.estopZ - (look.estopLatched ? ESTOP_TRAVEL_M : 0);
    n.speedKnob.rotation.z = -((look.speedRpm - SPEED_RANGE.min) / (SPEED_RANGE.max - SPEED_RANGE.min)) * KNOB_SWEEP_RAD;
    invalidate();
  }, [look, n, lamps, rest, invalidate]);

  useFrame((_, delta) => {
    const t = target.current;
    const dt = Math.min(delta, LONGEST_STEP_S);
    const s = state.current;
    const moving = motion.step(t, dt, s.fresh);
    const goal = t.spindleRunning ? t.direction : 0;
    s.spin = s.fresh ? goal : approach(s.spin, goal, dt / SPIN_UP_S);
    const spinning = s.spin !== 0;
    if (spinning) {
      const rate = SHOWN_RAD_S_AT_MAX * (0.5 + (0.5 * t.speedRpm) / SPEED_RANGE.max);
      n.spindle.rotation.x = (n.spindle.rotation.x + s.spin * rate * dt) % (2 * Math.PI);
      s.sinceRead += dt;
      if (s.sinceRead >= LOOK_POLL_S) {
        s.sinceRead = 0;
        refresh();
      }
    }
    s.fresh = false;
    if (moving) invalidate();
    else if (spinning && !spinFrame.current) {
      spinFrame.current = setTimeout(() => {
        spinFrame.current = null;
        invalidate();
      }, SPIN_FRAME_MS);
    }
  });

  return <primitive object={scene} {...picking} />;
}

/** From the operator's place at the right bay, a little to the side: the whole booth, the panel and the working wheel. */
const view: MachineView = { View: RoughingView, camera: { position: [0.75, 1.55, 1.35], target: [0.1, 0.85, -0.3] } };
export default view;
