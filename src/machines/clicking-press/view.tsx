import type { MachineView } from '../../scene/machineView.ts';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Color } from 'three';
import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { approach, damp } from '../../scene/animate.ts';
import { emissiveOf, ownMaterial, setGlow } from '../../scene/materials.ts';
import { useMachineModel } from '../../scene/useMachineModel.ts';
import { useModelNodes } from '../../scene/useModelNodes.ts';
import { useModelPicking } from '../../scene/Picking.tsx';
import { DEPTH_MAX_NOTCH, PRESSURE_SETTINGS_T, STROKE_DOWN_MS } from './constants.ts';
import { clickingPressLook, sameLook } from './look.ts';
import { CLICKING_PRESS_NODES } from './nodes.ts';

/** Arm swung aside for loading: +80° about the column, clear of the die (shapes brief: ±45°, some up to ±90°). */
const ARM_ASIDE_RAD = (80 * Math.PI) / 180;
/** Beam travel on a stroke, metres (daylight 60–150 mm [I]). */
const STROKE_M = 0.06;
const STROKE_SPEED_M_S = STROKE_M / (STROKE_DOWN_MS / 1000);
const BUTTON_TRAVEL_M = 0.008;
const ESTOP_TRAVEL_M = 0.012;
const GAUGE_SWEEP_RAD = (270 * Math.PI) / 180;
const SWITCH_ON_RAD = -Math.PI / 2;
const SELECTOR_ONE_HAND_RAD = -Math.PI / 4;
const HANDWHEEL_RAD_PER_NOTCH = Math.PI / 2;
const KNOB_SWEEP_RAD = (270 * Math.PI) / 180;
const OIL_FULL_SCALE = 1;
const OIL_LOW_SCALE = 0.25;
const SCRAP_COLOR = new Color('#c9a27a');
/** The flesh (inner) side of the hide: pale and suede-like, plainly not the finished grain. */
const FLESH_COLOR = new Color('#e2c7a6');
/** A cut part spoilt by a chalk-marked defect shows the scar's dark blotch. */
const DEFECT_COLOR = new Color('#4a2414');
/** A part cut across the stretch lies turned a quarter on the board. */
const ACROSS_RAD = Math.PI / 2;
/** A grooved board (found by the check) looks scored and darker. */
const GROOVED_TINT = new Color('#8a8a80');
const WHITE = new Color('#ffffff');

/** The clicking press model, moved toward targets derived from the chart's state. */
function ClickingPressView() {
  const { module } = useSessionHandle();
  const { scene, url } = useMachineModel(module.modelUrl);
  const n = useModelNodes(scene, CLICKING_PRESS_NODES, url);
  const look = useMachineSelector(clickingPressLook, sameLook);
  const invalidate = useThree((s) => s.invalidate);
  const picking = useModelPicking();
  const target = useRef(look);
  target.current = look;

  // Rest poses as authored, so motion is relative and the model stays the source of geometry.
  const rest = useMemo(
    () => ({
      strokeY: n.armStroke.position.y,
      leftY: n.buttonLeft.position.y,
      rightY: n.buttonRight.position.y,
      estopZ: n.estop.position.z,
      oilScale: n.oilLevel.scale.y,
    }),
    [n],
  );
  const lamps = useMemo(() => ({ power: emissiveOf(n.powerLamp), pump: emissiveOf(n.pumpLamp) }), [n]);
  const leather = useMemo(() => {
    // The mesh is a child of the named node (compressed models: tools/models/lib/compress.ts).
    const mat = ownMaterial(n.workpiece);
    if (!mat) throw new Error(`${url} has no material under the workpiece node`);
    return { mat, color: mat.color.clone() };
  }, [n, url]);
  const part = useMemo(() => {
    const mat = ownMaterial(n.cutPart);
    return mat ? { mat, color: mat.color.clone(), rotY: n.cutPart.rotation.y } : null;
  }, [n]);
  const board = useMemo(() => {
    const mat = ownMaterial(n.board);
    return mat ? { mat, color: mat.color.clone() } : null;
  }, [n]);

  // Discrete changes apply at once; continuous ones are eased in useFrame.
  useEffect(() => {
    n.workpiece.visible = look.material !== null;
    leather.mat.color.copy(look.material === 'scrap' ? SCRAP_COLOR : look.grainUp ? leather.color : FLESH_COLOR);
    // The cut part shows what went wrong with the hide: flesh side, a defect's blotch, turned across.
    const flaw = look.partFlaw;
    if (part) {
      part.mat.color.copy(flaw === 'flesh' ? FLESH_COLOR : flaw === 'defect' ? DEFECT_COLOR : look.material === 'scrap' ? SCRAP_COLOR : part.color);
      n.cutPart.rotation.y = part.rotY + (flaw === 'across' ? ACROSS_RAD : 0);
    }
    if (board) board.mat.color.copy(board.color).multiply(look.boardGrooved ? GROOVED_TINT : WHITE);
    n.dieOnBoard.visible = look.die;
    n.cutPart.visible = look.cut !== 'none';
    // The parts are the bin's named children; its own mesh is an unnamed child (tools/models/lib/compress.ts).
    n.partBin.children.filter((child) => child.userData.name).forEach((child, i) => (child.visible = i < look.partsInBin));
    for (const [lamp, on, color] of [
      [lamps.power, look.mainOn, '#fff4c0'],
      [lamps.pump, look.pumpOn, '#3cff6a'],
    ] as const)
      setGlow(lamp, on, color);
    n.mainSwitch.rotation.z = look.mainOn || look.estopIn ? SWITCH_ON_RAD : 0;
    n.modeSelector.rotation.z = look.oneHand ? SELECTOR_ONE_HAND_RAD : 0;
    n.buttonLeft.position.y = rest.leftY - (look.leftHeld ? BUTTON_TRAVEL_M : 0);
    n.buttonRight.position.y = rest.rightY - (look.rightHeld ? BUTTON_TRAVEL_M : 0);
    n.estop.position.z = rest.estopZ - (look.estopIn ? ESTOP_TRAVEL_M : 0);
    const maxT = PRESSURE_SETTINGS_T[PRESSURE_SETTINGS_T.length - 1] ?? 20;
    n.pressureKnob.rotation.z = -(look.pressureT / maxT) * KNOB_SWEEP_RAD;
    invalidate();
  }, [look, n, lamps, leather, part, board, rest, invalidate]);

  useFrame((_, delta) => {
    const t = target.current;
    const dt = Math.min(delta, 0.1);
    const armY = damp(n.armPivot.rotation.y, t.armAside ? ARM_ASIDE_RAD : 0, 6, dt);
    const strokeY = approach(n.armStroke.position.y, rest.strokeY - (t.beamDown ? STROKE_M : 0), STROKE_SPEED_M_S * dt);
    const needle = damp(n.pressureGaugeNeedle.rotation.z, -t.gauge * GAUGE_SWEEP_RAD, 5, dt);
    const wheel = damp(n.depthHandwheel.rotation.y, (t.depthNotch / DEPTH_MAX_NOTCH) * DEPTH_MAX_NOTCH * HANDWHEEL_RAD_PER_NOTCH, 8, dt);
    const oil = damp(n.oilLevel.scale.y, rest.oilScale * (t.oilLow ? OIL_LOW_SCALE : OIL_FULL_SCALE), 3, dt);
    const moving =
      armY !== n.armPivot.rotation.y ||
      strokeY !== n.armStroke.position.y ||
      needle !== n.pressureGaugeNeedle.rotation.z ||
      wheel !== n.depthHandwheel.rotation.y ||
      oil !== n.oilLevel.scale.y;
    n.armPivot.rotation.y = armY;
    n.armStroke.position.y = strokeY;
    n.pressureGaugeNeedle.rotation.z = needle;
    n.depthHandwheel.rotation.y = wheel;
    n.oilLevel.scale.y = oil;
    if (moving) invalidate();
  });

  return <primitive object={scene} {...picking} />;
}

const view: MachineView = { View: ClickingPressView, camera: { position: [1.3, 1.75, 1.9], target: [0, 0.85, -0.4] } };
export default view;
