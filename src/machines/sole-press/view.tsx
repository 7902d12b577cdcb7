import type { MachineView } from '../../scene/machineView.ts';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type PointLight, type Object3D } from 'three';
import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { approach, damp } from '../../scene/animate.ts';
import { useModelPicking } from '../../scene/Picking.tsx';
import { useMachineModel } from '../../scene/useMachineModel.ts';
import { useModelNodes } from '../../scene/useModelNodes.ts';
import {
  AIR_MAX_BAR,
  COVER_CLOSE_MS,
  COVER_OPEN_MS,
  EXHAUST_MS,
  PRESSURE_BUILD_MS,
  REACTIVATOR_TEMP_SETTINGS_C,
  REACTIVATOR_TIME_SETTINGS_S,
  type JackPosition,
} from './constants.ts';
import { sameLook, solePressLook, type SolePressLook } from './look.ts';
import { SOLE_PRESS_NODES } from './nodes.ts';
import { IR_COLOR, applyLights, ledFaces, lightMaterials, type LedFaces } from './viewLights.tsx';

// Poses, from the pivot conventions in nodes.ts and tools/models/README.md.
const DEG = Math.PI / 180;
const COVER_OPEN_RAD = -75 * DEG;
const PAD_INFLATED_SCALE = 1.3;
/** Pad (air bag) thickness: the shoe rides up by (scale - 1) × this. */
const PAD_THICKNESS_M = 0.055;
const GAUGE_FULL_SCALE_BAR = 10;
const DIAL_SWEEP_RAD = 270 * DEG;
const SWITCH_ON_RAD = -90 * DEG;
const SELECTOR_MANUAL_RAD = 45 * DEG;
const VALVE_OPEN_RAD = 90 * DEG;
const ESTOP_TRAVEL_M = 0.008;
const TRAY_OUT_M = 0.3;
/** Jack travel per size step from the model's rest (the medium sizes): + closes on the shoe [I]. */
const JACK_STEP_M: Readonly<Record<JackPosition, number>> = { small: 0.018, medium: 0, large: -0.018 };

// Where the work is held between the reactivator and the press (world, metres) [I]: at chest
// height in front of the gap between the two machines, turned toe-left so it is seen in profile,
// and lifted over the hood's side on its way to the pad.
const HAND_WORLD = new Vector3(-0.32, 1.08, 0.3);
const HAND_YAW_RAD = 90 * DEG;
const PLACE_ARC_M = 0.24;
/** The sole held under the upper, adhesive up, until it is laid (upper-local metres). */
const SOLE_APART = new Vector3(0, -0.09, 0);
/** The light curtain beam is drawn thicker than the model's 3 mm so its red reads at a distance. */
const BEAM_SHOWN_SCALE = 3;

// Speeds: the cover and pad follow the chart's delays so the motion ends when the state does.
const COVER_CLOSE_PER_S = 1000 / COVER_CLOSE_MS;
const COVER_OPEN_PER_S = 1000 / COVER_OPEN_MS;
const PAD_FILL_PER_S = ((PAD_INFLATED_SCALE - 1) * 1000) / PRESSURE_BUILD_MS;
const PAD_DUMP_PER_S = ((PAD_INFLATED_SCALE - 1) * 1000) / EXHAUST_MS;
const HAND_MOVE_PER_S = 1 / 0.7;
const LAY_SOLE_PER_S = 1 / 0.45;

/** Quartz tubes glow up (and fade) within about a second. */
const IR_HEAT_PER_S = 3;
const IR_INTENSITY = { off: 0, standby: 0.7, full: 2.6 } as const;
/** Warm light the tubes throw on the tray and the work, per unit of tube emissive intensity [I]. */
const IR_LIGHT_PER_EMISSIVE = 0.08;
const IR_LIGHT_AT: readonly [number, number, number] = [-0.75, 1.0, -0.2];
const TEMP_MIN_C = REACTIVATOR_TEMP_SETTINGS_C[0];
const TEMP_MAX_C = REACTIVATOR_TEMP_SETTINGS_C.at(-1) ?? 90;
const TIMER_MAX_S = REACTIVATOR_TIME_SETTINGS_S.at(-1) ?? 20;

const gaugeRad = (bar: number) => -(Math.min(bar, GAUGE_FULL_SCALE_BAR) / GAUGE_FULL_SCALE_BAR) * DIAL_SWEEP_RAD;
const smooth = (p: number) => p * p * (3 - 2 * p);
/** Damped parts stop within this (metres or radians): settled motion stops rendering sooner. */
const SETTLE = 1e-3;
/**
 * Longest frame step. Larger than the usual 0.1 s so that on a slow (software-rendered) device
 * the cover and pad still arrive together with the chart's delays instead of lagging them.
 */
const MAX_STEP_S = 0.25;

interface Rest {
  readonly position: Vector3;
  readonly scale: Vector3;
}
/** The pose a node has in the file, kept on the node so a remount (the glTF is cached) starts from it. */
function restOf(node: Object3D): Rest {
  const data = node.userData as { gladiRest?: Rest };
  data.gladiRest ??= { position: node.position.clone(), scale: node.scale.clone() };
  return data.gladiRest;
}

/** A scalar eased toward a target every frame: linear at `rate` per second, or damped with `rate` as lambda. */
interface Channel {
  value: number;
  target: number;
  rate: number;
  readonly linear: boolean;
  readonly apply: (v: number) => void;
}

/** The sole press station (press + air unit + IR reactivator), moved toward targets derived from the chart. */
function SolePressView() {
  const { module } = useSessionHandle();
  const { scene, url } = useMachineModel(module.modelUrl);
  const n = useModelNodes(scene, SOLE_PRESS_NODES, url);
  const look = useMachineSelector(solePressLook, sameLook);
  const invalidate = useThree((s) => s.invalidate);
  const picking = useModelPicking();
  const shown = useRef<{ shoe: boolean } | null>(null);
  const leds = useRef<LedFaces | null>(null);
  const irLight = useRef<PointLight>(null);

  const mats = useMemo(() => lightMaterials(scene), [scene]);

  // Rest poses and the hand pose in the pad box's frame (the shoe node lives in the pad box).
  const pose = useMemo(() => {
    scene.updateMatrixWorld(true);
    const parent = n.shoeOnPad.parent ?? scene;
    return {
      shoe: restOf(n.shoeOnPad).position,
      hand: parent.worldToLocal(HAND_WORLD.clone()),
      sole: restOf(n.soleOnShoe).position,
      trayZ: restOf(n.reactivatorTray).position.z,
      toeZ: restOf(n.toeJack).position.z,
      heelZ: restOf(n.heelJack).position.z,
      estopZ: restOf(n.pressEStop).position.z,
      reactivatorEstopZ: restOf(n.reactivatorEStop).position.z,
      padScale: restOf(n.pad).scale.y,
    };
  }, [n, scene]);

  // Continuous motion: one channel per moving part. `place` 0 = in hand, 1 = on the pad; `soleOn` 0 = apart, 1 = laid.
  const motion = useMemo(() => {
    const state = { place: 0, soleOn: 1, lift: 0 };
    const placeShoe = () => {
      const p = state.place;
      const s = n.shoeOnPad.position;
      s.lerpVectors(pose.hand, pose.shoe, p);
      s.y += PLACE_ARC_M * Math.sin(Math.PI * p) + state.lift * p;
      n.shoeOnPad.rotation.y = HAND_YAW_RAD * (1 - p);
      n.soleOnShoe.position.copy(pose.sole).addScaledVector(SOLE_APART, 1 - state.soleOn);
    };
    const ch = (value: number, linear: boolean, rate: number, apply: (v: number) => void): Channel => ({ value, target: value, rate, linear, apply });
    const channels = {
      cover: ch(1, true, COVER_OPEN_PER_S, (v) => (n.coverHinge.rotation.x = COVER_OPEN_RAD * (1 - smooth(v)))),
      pad: ch(pose.padScale, true, PAD_DUMP_PER_S, (v) => {
        n.pad.scale.y = v;
        state.lift = ((v - pose.padScale) / pose.padScale) * PAD_THICKNESS_M;
      }),
      pressGauge: ch(0, true, 1, (v) => (n.pressGaugeNeedle.rotation.z = v)),
      airGauge: ch(0, false, 8, (v) => (n.airGaugeNeedle.rotation.z = v)),
      irGlow: ch(0, true, IR_HEAT_PER_S, (v) => {
        if (mats.irGlow) mats.irGlow.emissiveIntensity = v;
        if (irLight.current) irLight.current.intensity = v * IR_LIGHT_PER_EMISSIVE;
      }),
      tray: ch(pose.trayZ, false, 8, (v) => (n.reactivatorTray.position.z = v)),
      toeJack: ch(pose.toeZ, false, 10, (v) => (n.toeJack.position.z = v)),
      heelJack: ch(pose.heelZ, false, 10, (v) => (n.heelJack.position.z = v)),
      estop: ch(pose.estopZ, false, 25, (v) => (n.pressEStop.position.z = v)),
      reactivatorEstop: ch(pose.reactivatorEstopZ, false, 25, (v) => (n.reactivatorEStop.position.z = v)),
      mainSwitch: ch(0, false, 14, (v) => (n.pressMainSwitch.rotation.z = v)),
      modeSelector: ch(0, false, 14, (v) => (n.pressModeSelector.rotation.z = v)),
      airValve: ch(0, false, 12, (v) => (n.airLineValve.rotation.y = v)),
      regulator: ch(0, false, 10, (v) => (n.airRegulatorKnob.rotation.y = v)),
      reactivatorSwitch: ch(0, false, 14, (v) => (n.reactivatorSwitch.rotation.z = v)),
      tempKnob: ch(0, false, 10, (v) => (n.reactivatorTempKnob.rotation.z = v)),
      timerKnob: ch(0, false, 10, (v) => (n.reactivatorTimerKnob.rotation.z = v)),
      place: ch(0, true, HAND_MOVE_PER_S, (v) => (state.place = v)),
      soleOn: ch(1, true, LAY_SOLE_PER_S, (v) => (state.soleOn = v)),
    };
    /** `fresh`: the first targets are taken at once (no motion from the file's pose on mount). */
    return { channels, list: Object.values(channels), placeShoe, fresh: true };
  }, [n, pose, mats]);

  // The LED faces are scene objects of their own: made and removed with the view.
  useEffect(() => {
    leds.current = ledFaces(n.pressTimerDisplay, n.reactivatorDisplay);
    return () => {
      leds.current?.press?.dispose();
      leds.current?.reactivator?.dispose();
      leds.current = null;
    };
  }, [n]);

  // Discrete changes apply at once; continuous ones get new targets and are eased in useFrame.
  useEffect(() => {
    applyLights(look, mats, leds.current);
    applyDiscrete(look, n);
    const c = motion.channels;
    c.cover.target = look.coverClosed;
    c.cover.rate = look.coverClosed ? COVER_CLOSE_PER_S : COVER_OPEN_PER_S;
    c.pad.target = look.padInflated ? pose.padScale * PAD_INFLATED_SCALE : pose.padScale;
    c.pad.rate = (look.padInflated ? PAD_FILL_PER_S : PAD_DUMP_PER_S) * pose.padScale;
    const gauge = gaugeRad(look.pressGaugeBar);
    if (gauge !== c.pressGauge.target) {
      // The needle climbs while the pad fills and falls while it exhausts, arriving with the chart.
      c.pressGauge.rate = Math.abs(gauge - c.pressGauge.value) / ((look.padInflated ? PRESSURE_BUILD_MS : EXHAUST_MS) / 1000);
      c.pressGauge.target = gauge;
    }
    c.airGauge.target = gaugeRad(look.airGaugeBar);
    c.irGlow.target = IR_INTENSITY[look.irLamps];
    c.tray.target = pose.trayZ + (look.trayIn ? 0 : TRAY_OUT_M);
    c.toeJack.target = pose.toeZ + JACK_STEP_M[look.toeJack];
    c.heelJack.target = pose.heelZ - JACK_STEP_M[look.heelJack];
    c.estop.target = pose.estopZ - (look.estopPress ? ESTOP_TRAVEL_M : 0);
    c.reactivatorEstop.target = pose.reactivatorEstopZ - (look.estopReactivator ? ESTOP_TRAVEL_M : 0);
    c.mainSwitch.target = look.mainOn ? SWITCH_ON_RAD : 0;
    c.modeSelector.target = look.manual ? SELECTOR_MANUAL_RAD : -SELECTOR_MANUAL_RAD;
    c.airValve.target = look.airValveOpen ? VALVE_OPEN_RAD : 0;
    c.regulator.target = -(look.regulatorBar / AIR_MAX_BAR) * DIAL_SWEEP_RAD;
    c.reactivatorSwitch.target = look.reactivatorSwitchOn ? SWITCH_ON_RAD : 0;
    c.tempKnob.target = -((look.reactivatorTempC - TEMP_MIN_C) / (TEMP_MAX_C - TEMP_MIN_C)) * DIAL_SWEEP_RAD;
    c.timerKnob.target = -(look.reactivatorTimeS / TIMER_MAX_S) * DIAL_SWEEP_RAD;
    // The work: in hand or on the pad it is the shoe node; it jumps when it (re)appears, else moves.
    const shoeShown = look.work === 'hand' || look.work === 'pad';
    c.place.target = look.work === 'pad' ? 1 : 0;
    c.soleOn.target = look.soleOnShoe ? 1 : 0;
    const jump = (ch: Channel) => {
      ch.value = ch.target;
      ch.apply(ch.value);
    };
    if (motion.fresh) motion.list.forEach(jump);
    else if (!shown.current?.shoe) [c.place, c.soleOn].forEach(jump);
    motion.fresh = false;
    shown.current = { shoe: shoeShown };
    motion.placeShoe();
    invalidate();
  }, [look, n, mats, motion, pose, invalidate]);

  useFrame((_, delta) => {
    const dt = Math.min(delta, MAX_STEP_S);
    let moving = false;
    const list = motion.list;
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as Channel;
      const next = c.linear ? approach(c.value, c.target, c.rate * dt) : damp(c.value, c.target, c.rate, dt, SETTLE);
      if (next === c.value) continue;
      c.value = next;
      c.apply(next);
      moving = true;
    }
    if (moving) {
      motion.placeShoe();
      invalidate();
    }
  });

  return (
    <>
      <primitive object={scene} {...picking} />
      <pointLight ref={irLight} position={IR_LIGHT_AT} color={IR_COLOR} intensity={0} distance={0.9} decay={2} />
    </>
  );
}

function applyDiscrete(
  look: SolePressLook,
  n: Record<keyof typeof SOLE_PRESS_NODES, Object3D>,
): void {

  n.handsSensorBeam.visible = look.beamShown;
  n.handsSensorBeam.scale.set(1, BEAM_SHOWN_SCALE, BEAM_SHOWN_SCALE);
  n.shoeOnPad.visible = look.work === 'hand' || look.work === 'pad';
  // At the bench the cemented pair waits on the pulled-out tray, where it is checked before heating.
  const onTray = look.work === 'tray' || look.work === 'bench';
  n.traySole.visible = onTray;
  n.trayShoe.visible = onTray;
  n.soleToeGap.visible = look.toeGap;
  n.soleHeelGap.visible = look.heelGap;
}

// Press (x 0) and reactivator (x -0.75) side by side, seen from the operator's right front.
const view: MachineView = { View: SolePressView, camera: { position: [0.3, 1.8, 1.65], target: [-0.4, 0.66, -0.25] } };
export default view;
