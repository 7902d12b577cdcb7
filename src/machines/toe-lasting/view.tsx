import type { MachineView } from '../../scene/machineView.ts';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Object3D } from 'three';
import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { damp } from '../../scene/animate.ts';
import { materialNamed, setGlow } from '../../scene/materials.ts';
import { useModelPicking } from '../../scene/Picking.tsx';
import { useMachineModel } from '../../scene/useMachineModel.ts';
import { useModelNodes } from '../../scene/useModelNodes.ts';
import { AIR_MPA, DWELL_SETTINGS_S, HYDRAULIC_MPA, PULL_SETTINGS_MPA, WIPER_SETTINGS_MPA } from './constants.ts';
import { sameLook, toeLastingLook, type ToeLastingLook } from './look.ts';
import { TOE_LASTING_NODES } from './nodes.ts';

// Poses, from the pivot conventions in nodes.ts.
const DEG = Math.PI / 180;
const MM = 0.001;
const DIAL_SWEEP_RAD = 270 * DEG;
const SWITCH_ON_RAD = -90 * DEG;
const SIDE_RAD = 45 * DEG;
const TOGGLE_ON_RAD = -40 * DEG;
const ESTOP_TRAVEL_M = 0.008;
/** Pincer jaws close down on the margin, then pull it up over the last [I]. */
const PINCER_GRIP_M = -0.008;
const PINCER_PULL_M = 0.035;
const WIPER_IN_M = 0.06;
const NOZZLE_IN_M = 0.03;
/** The last support rises in two steps (~30 + 30 mm [K-687MA]): with a last on, and under the pull. */
const SUPPORT_STEP_M = 0.03;
const HYDRAULIC_FULL_SCALE_MPA = 10;
const AIR_FULL_SCALE_MPA = 1;
const LAMP = { pump: '#40ff60', ready: '#ffb020', led: '#ff2010', screen: '#3f86c8' } as const;
/** Damping rate of every moving part (1/s): the pincers' 1–2 s, the wipers' 1.5 s. */
const RATE = 6;
const SETTLE = 1e-4;

const span = (v: number, list: readonly number[]) => (v - (list[0] ?? 0)) / ((list.at(-1) ?? 1) - (list[0] ?? 0));
const gaugeRad = (v: number, full: number) => -(Math.min(v, full) / full) * DIAL_SWEEP_RAD;

type Nodes = Record<keyof typeof TOE_LASTING_NODES, Object3D>;

/** Where each moving part should be for this look (rest values come from the file). */
function targets(l: ToeLastingLook) {
  return {
    toePincer: l.pincers === 0 ? 0 : l.pincers === 1 ? PINCER_GRIP_M : PINCER_PULL_M,
    sidePincers: l.pincers === 2 && l.sidePincersOn ? PINCER_PULL_M : 0,
    wipers: l.wipersIn ? WIPER_IN_M : 0,
    nozzle: l.nozzleIn ? NOZZLE_IN_M : 0,
    // Modelled fully up (the last at the ring): down two steps when empty, one with a last on.
    support: -SUPPORT_STEP_M * (2 - (l.lastOnRest ? 1 : 0) - (l.pincers > 0 ? 1 : 0)),
    lastX: l.lastOffsetMm * MM,
    estopBase: l.estopBase ? -ESTOP_TRAVEL_M : 0,
    estopCabinet: l.estopCabinet ? -ESTOP_TRAVEL_M : 0,
    mainSwitch: l.mainOn ? SWITCH_ON_RAD : 0,
    pull: -span(l.pullMPa, PULL_SETTINGS_MPA) * DIAL_SWEEP_RAD,
    wiper: -span(l.wiperMPa, WIPER_SETTINGS_MPA) * DIAL_SWEEP_RAD,
    dwell: -span(l.dwellS, DWELL_SETTINGS_S) * DIAL_SWEEP_RAD,
    side: l.left ? SIDE_RAD : -SIDE_RAD,
    toggles: l.sidePincersOn ? TOGGLE_ON_RAD : 0,
    hydraulic: gaugeRad(l.pressureOk ? HYDRAULIC_MPA : 0, HYDRAULIC_FULL_SCALE_MPA),
    air: gaugeRad(AIR_MPA, AIR_FULL_SCALE_MPA),
  };
}
type Targets = ReturnType<typeof targets>;

/** How each target is applied to its node, from the node's rest pose. */
function appliers(n: Nodes): Record<keyof Targets, (v: number) => void> {
  const rest = (o: Object3D) => {
    const d = o.userData as { gladiRest?: { x: number; y: number; z: number } };
    d.gladiRest ??= { x: o.position.x, y: o.position.y, z: o.position.z };
    return d.gladiRest;
  };
  const r = {
    toe: rest(n.toePincer),
    side: rest(n.sidePincers),
    wipers: rest(n.wipers),
    nozzle: rest(n.hotMeltNozzle),
    support: rest(n.lastSupport),
    last: rest(n.lastOnRest),
    estopBase: rest(n.baseEStop),
    estopCabinet: rest(n.cabinetEStop),
  };
  return {
    toePincer: (v) => (n.toePincer.position.y = r.toe.y + v),
    sidePincers: (v) => (n.sidePincers.position.y = r.side.y + v),
    wipers: (v) => (n.wipers.position.z = r.wipers.z + v),
    nozzle: (v) => (n.hotMeltNozzle.position.z = r.nozzle.z + v),
    // The last rides on its support.
    support: (v) => {
      n.lastSupport.position.y = r.support.y + v;
      n.lastOnRest.position.y = r.last.y + v;
    },
    lastX: (v) => (n.lastOnRest.position.x = r.last.x + v),
    estopBase: (v) => (n.baseEStop.position.z = r.estopBase.z + v),
    estopCabinet: (v) => (n.cabinetEStop.position.z = r.estopCabinet.z + v),
    mainSwitch: (v) => (n.mainSwitch.rotation.z = v),
    pull: (v) => (n.pullKnob.rotation.z = v),
    wiper: (v) => (n.wiperKnob.rotation.z = v),
    dwell: (v) => (n.dwellKnob.rotation.z = v),
    side: (v) => (n.sideSelector.rotation.z = v),
    toggles: (v) => (n.pincerToggles.rotation.x = v),
    hydraulic: (v) => (n.hydraulicGaugeNeedle.rotation.z = v),
    air: (v) => (n.airGaugeNeedle.rotation.z = v),
  };
}

/** The toe laster, moved toward targets derived from the chart. */
function ToeLastingView() {
  const { module } = useSessionHandle();
  const { scene, url } = useMachineModel(module.modelUrl);
  const n = useModelNodes(scene, TOE_LASTING_NODES, url);
  const look = useMachineSelector(toeLastingLook, sameLook);
  const invalidate = useThree((s) => s.invalidate);
  const picking = useModelPicking();
  const mats = useMemo(
    () => ({
      pump: materialNamed(scene, 'PumpLamp'),
      ready: materialNamed(scene, 'HeaterReadyLamp'),
      led: materialNamed(scene, 'TempLed'),
      screen: materialNamed(scene, 'ScreenGlow'),
    }),
    [scene],
  );
  const motion = useMemo(() => {
    const apply = appliers(n);
    const keys = Object.keys(apply) as (keyof Targets)[];
    const value = Object.fromEntries(keys.map((k) => [k, 0])) as Targets;
    return { apply, keys, value, target: { ...value }, fresh: true };
  }, [n]);

  useEffect(() => {
    setGlow(mats.pump, look.pumpRunning, LAMP.pump);
    setGlow(mats.ready, look.meltReady, LAMP.ready);
    setGlow(mats.led, look.heaterOn, LAMP.led, 0.8);
    setGlow(mats.screen, look.powered, LAMP.screen, 0.6);
    n.centreLightBeam.visible = look.beamShown;
    n.lastOnRest.visible = look.lastOnRest;
    n.upperMargin.visible = !look.marginDown;
    n.lastedMargin.visible = look.marginDown;
    n.toeTear.visible = look.result === 'torn';
    n.toePleats.visible = look.result === 'pleats';
    n.toeMarginGap.visible = look.result === 'weakMargin' || look.result === 'interrupted';
    n.toeGlueStrings.visible = look.result === 'glueStrings';
    motion.target = targets(look);
    if (motion.fresh) {
      for (const k of motion.keys) {
        motion.value[k] = motion.target[k];
        motion.apply[k](motion.value[k]);
      }
      motion.fresh = false;
    }
    invalidate();
  }, [look, n, mats, motion, invalidate]);

  useFrame((_, delta) => {
    const dt = Math.min(delta, 0.25);
    let moving = false;
    for (const k of motion.keys) {
      const next = damp(motion.value[k], motion.target[k], RATE, dt, SETTLE);
      if (next === motion.value[k]) continue;
      motion.value[k] = next;
      motion.apply[k](next);
      moving = true;
    }
    if (moving) invalidate();
  });

  return <primitive object={scene} {...picking} />;
}

// The operator's view of the pincer ring, with the side cabinet's gauges and buttons in frame.
const view: MachineView = { View: ToeLastingView, camera: { position: [1.15, 1.65, 2.6], target: [0.1, 1.0, -0.3] } };
export default view;
