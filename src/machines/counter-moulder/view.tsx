import type { MachineView } from '../../scene/machineView.ts';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { approach, damp } from '../../scene/animate.ts';
import { emissiveOf, ownMaterial, setGlow } from '../../scene/materials.ts';
import { useModelPicking } from '../../scene/Picking.tsx';
import { useMachineModel } from '../../scene/useMachineModel.ts';
import { useModelNodes } from '../../scene/useModelNodes.ts';
import { PAD_CLOSE_MS, REGULATOR_SETTINGS_BAR } from './constants.ts';
import { counterMoulderLook, sameLook } from './look.ts';
import { COUNTER_MOULDER_NODES } from './nodes.ts';

const DEG = Math.PI / 180;
/** Pad travel toward the former when it closes, metres (shapes brief: 80–120 mm stroke [I]). */
const PAD_TRAVEL_M = 0.075;
const PAD_SPEED_M_S = PAD_TRAVEL_M / (PAD_CLOSE_MS / 1000);
/** Where the upper's heel seat sits on H1 and C1 (model frame, metres; see model/parts). */
const ON_HOT = new Vector3(-0.525, 1.095, -0.25);
const ON_COLD = new Vector3(0.175, 1.095, -0.25);
/** Lifted over the deck between stations. */
const CARRY_ARC_M = 0.12;
const UPPER_MOVE_PER_S = 1 / 0.5;
const BUTTON_TRAVEL_M = 0.004;
const ESTOP_TRAVEL_M = 0.01;
const SWITCH_ON_RAD = -90 * DEG;
const SELECTOR_ON_RAD = -45 * DEG;
const GAUGE_FULL_SCALE_BAR = 10;
const DIAL_SWEEP_RAD = 270 * DEG;
const MAX_BAR = REGULATOR_SETTINGS_BAR.at(-1) ?? 6;
/** How a bad back part shows on the heel: flared (springback), gaping (not closed), crooked counter. */
const SPRINGBACK_FLARE = 1.14;
const NOT_CLOSED_FLARE = 1.25;
const OFF_CENTRE_SHIFT_M = 0.014;
const OFF_CENTRE_TWIST_RAD = 14 * DEG;
const LED_RED = '#ff2a14';
const LAMP_GREEN = '#40ff60';
const LAMP_AMBER = '#ffab1a';

/** The heel counter moulder, moved toward targets derived from the chart. */
function CounterMoulderView() {
  const { module } = useSessionHandle();
  const { scene, url } = useMachineModel(module.modelUrl);
  const n = useModelNodes(scene, COUNTER_MOULDER_NODES, url);
  const look = useMachineSelector(counterMoulderLook, sameLook);
  const invalidate = useThree((s) => s.invalidate);
  const picking = useModelPicking();
  const target = useRef(look);
  target.current = look;

  const rest = useMemo(() => {
    const data = n.upper.userData as { gladiRest?: Record<string, number | Vector3> };
    data.gladiRest ??= {
      rack: n.upper.position.clone(),
      hotPadZ: n.hotPad.position.z,
      coldPadZ: n.coldPad.position.z,
      counterX: n.upperCounter.position.x,
      estopZ: n.estop.position.z,
      ...Object.fromEntries((['hotLeft', 'hotRight', 'coldLeft', 'coldRight'] as const).map((b) => [b, n[b].position.z])),
    };
    return data.gladiRest as { rack: Vector3; hotPadZ: number; coldPadZ: number; counterX: number; estopZ: number } & Record<'hotLeft' | 'hotRight' | 'coldLeft' | 'coldRight', number>;
  }, [n]);
  const lights = useMemo(
    () => ({
      hotDisplay: emissiveOf(n.hotDisplay),
      coldDisplay: emissiveOf(n.coldDisplay),
      hotTimer: emissiveOf(n.hotTimerDisplay),
      coldTimer: emissiveOf(n.coldTimerDisplay),
      hotLamp: emissiveOf(n.hotReadyLamp),
      coldLamp: emissiveOf(n.coldReadyLamp),
    }),
    [n],
  );
  const leather = useMemo(() => ownMaterial(n.upper), [n]);
  const motion = useRef({ from: rest.rack.clone(), to: rest.rack.clone(), p: 1, at: 'rack' as string });

  // Discrete changes apply at once; motion is eased in useFrame.
  useEffect(() => {
    setGlow(lights.hotDisplay, look.hotDisplayOn, look.overTemp ? LAMP_AMBER : LED_RED, 1.6);
    setGlow(lights.hotTimer, look.hotDisplayOn, LED_RED, 1.6);
    setGlow(lights.coldDisplay, look.coldDisplayOn, LED_RED, 1.6);
    setGlow(lights.coldTimer, look.coldDisplayOn, LED_RED, 1.6);
    setGlow(lights.hotLamp, look.hotReady || look.overTemp, look.overTemp ? LAMP_AMBER : LAMP_GREEN);
    setGlow(lights.coldLamp, look.coldReady, LAMP_GREEN);
    n.upperCounter.visible = look.counterIn;
    n.upperScorch.visible = look.backPart === 'scorched';
    const flare = look.backPart === 'springback' ? SPRINGBACK_FLARE : look.backPart === 'notClosed' ? NOT_CLOSED_FLARE : 1;
    n.upper.scale.set(flare, 1, flare);
    const crooked = !look.counterCentred;
    n.upperCounter.position.x = rest.counterX + (crooked ? OFF_CENTRE_SHIFT_M : 0);
    n.upperCounter.rotation.y = crooked ? OFF_CENTRE_TWIST_RAD : 0;
    if (leather) leather.emissive.set(look.upperAt === 'hot' ? '#3a1000' : '#000000');
    n.mainSwitch.rotation.z = look.mainOn ? SWITCH_ON_RAD : 0;
    n.heaterSwitch.rotation.z = look.heaterOn ? SELECTOR_ON_RAD : 0;
    n.chillerSwitch.rotation.z = look.chillerOn ? SELECTOR_ON_RAD : 0;
    n.airRegulator.rotation.z = -(look.regulatorBar / MAX_BAR) * DIAL_SWEEP_RAD;
    n.estop.position.z = rest.estopZ - (look.estopIn ? ESTOP_TRAVEL_M : 0);
    for (const b of ['hotLeft', 'hotRight', 'coldLeft', 'coldRight'] as const) n[b].position.z = rest[b] - (look[b] ? BUTTON_TRAVEL_M : 0);
    const m = motion.current;
    if (m.at !== look.upperAt) {
      m.from.copy(n.upper.position);
      m.to.copy(look.upperAt === 'hot' ? ON_HOT : look.upperAt === 'cold' ? ON_COLD : rest.rack);
      m.p = 0;
      m.at = look.upperAt;
    }
    invalidate();
  }, [look, n, lights, leather, rest, invalidate]);

  useFrame((_, delta) => {
    const t = target.current;
    const dt = Math.min(delta, 0.25);
    const hotZ = approach(n.hotPad.position.z, rest.hotPadZ + (t.hotPadClosed ? PAD_TRAVEL_M : 0), PAD_SPEED_M_S * dt);
    const coldZ = approach(n.coldPad.position.z, rest.coldPadZ + (t.coldPadClosed ? PAD_TRAVEL_M : 0), PAD_SPEED_M_S * dt);
    const needle = damp(n.airGaugeNeedle.rotation.z, -(Math.min(t.airBar, GAUGE_FULL_SCALE_BAR) / GAUGE_FULL_SCALE_BAR) * DIAL_SWEEP_RAD, 6, dt);
    const m = motion.current;
    const moving = hotZ !== n.hotPad.position.z || coldZ !== n.coldPad.position.z || needle !== n.airGaugeNeedle.rotation.z || m.p < 1;
    n.hotPad.position.z = hotZ;
    n.coldPad.position.z = coldZ;
    n.airGaugeNeedle.rotation.z = needle;
    if (m.p < 1) {
      m.p = Math.min(1, m.p + UPPER_MOVE_PER_S * dt);
      n.upper.position.lerpVectors(m.from, m.to, m.p);
      n.upper.position.y += CARRY_ARC_M * Math.sin(Math.PI * m.p);
    }
    if (moving) invalidate();
  });

  return <primitive object={scene} {...picking} />;
}

const view: MachineView = { View: CounterMoulderView, camera: { position: [0.9, 1.85, 1.75], target: [-0.1, 1.0, -0.3] } };
export default view;
