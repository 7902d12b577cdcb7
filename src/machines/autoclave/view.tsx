import type { MachineView } from '../../scene/machineView.ts';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Object3D } from 'three';
import { useMachineSelector, useSessionHandle, useSessionSelector } from '../../engine/react/SessionContext.tsx';
import { damp } from '../../scene/animate.ts';
import { materialNamed, setGlow } from '../../scene/materials.ts';
import { useModelPicking } from '../../scene/Picking.tsx';
import { useMachineModel } from '../../scene/useMachineModel.ts';
import { useModelNodes } from '../../scene/useModelNodes.ts';
import { CURE_TIMES_MIN, SETPOINTS_C } from './constants.ts';
import { autoclaveLook, readings, sameLook } from './look.ts';
import { AUTOCLAVE_NODES } from './nodes.ts';

// Poses (pivot conventions in nodes.ts).
const DEG = Math.PI / 180;
const DOOR_OPEN_RAD = -100 * DEG;
const RING_LOCKED_RAD = -15 * DEG;
const CRANK_TURNS_PER_RING = 8;
const VALVE_OPEN_RAD = 270 * DEG;
const LEVER_LIFTED_RAD = 35 * DEG;
const SWITCH_ON_RAD = -90 * DEG;
const SWEEP_RAD = 270 * DEG;
const CART_IN_M = -3.0;
const ESTOP_TRAVEL_M = 0.01;
const GAUGE_FULL_KPA = 400;
const THERMO_FULL_C = 200;
const SETTLE = 1e-3;
const MAX_STEP_S = 0.25;

const knobRad = (v: number, values: readonly number[]) => -(values.indexOf(v as never) / Math.max(1, values.length - 1)) * SWEEP_RAD;

interface Channel {
  value: number;
  target: number;
  readonly rate: number;
  readonly apply: (v: number) => void;
}

/** The autoclave: door, lock ring, valves and cart eased toward targets from the chart; gauges from the process model. */
function AutoclaveView() {
  const { module } = useSessionHandle();
  const { scene, url } = useMachineModel(module.modelUrl);
  const n = useModelNodes(scene, AUTOCLAVE_NODES, url);
  const look = useMachineSelector(autoclaveLook, sameLook);
  const read = useSessionSelector(readings);
  const invalidate = useThree((s) => s.invalidate);
  const picking = useModelPicking();
  const lamps = useMemo(
    () => ({ run: materialNamed(scene, 'LampRun'), pressure: materialNamed(scene, 'LampPressure'), alarm: materialNamed(scene, 'LampAlarm') }),
    [scene],
  );

  const motion = useMemo(() => {
    const rest = (o: Object3D) => ((o.userData as { gladiZ?: number }).gladiZ ??= o.position.z);
    const cartZ = rest(n.cart);
    const estopZ = rest(n.estop);
    const ch = (rate: number, apply: (v: number) => void, value = 0): Channel => ({ value, target: value, rate, apply });
    const channels = {
      door: ch(2, (v) => (n.doorHinge.rotation.y = v), DOOR_OPEN_RAD),
      ring: ch(4, (v) => {
        n.lockRing.rotation.z = v;
        n.lockCrank.rotation.z = v * CRANK_TURNS_PER_RING;
      }),
      supply: ch(4, (v) => (n.supplyValve.rotation.y = v)),
      vent: ch(4, (v) => (n.ventValve.rotation.y = v)),
      lever: ch(8, (v) => (n.safetyLever.rotation.z = v)),
      cart: ch(1.5, (v) => (n.cart.position.z = cartZ + v)),
      pressure: ch(3, (v) => (n.pressureGaugeNeedle.rotation.z = v)),
      thermo: ch(3, (v) => (n.thermometerGaugeNeedle.rotation.z = v)),
      pen: ch(3, (v) => (n.recorderPen.rotation.z = v)),
      main: ch(12, (v) => (n.controllerSwitch.rotation.z = v)),
      setpoint: ch(10, (v) => (n.setpointKnob.rotation.z = v)),
      cure: ch(10, (v) => (n.cureTimeKnob.rotation.z = v)),
      estop: ch(25, (v) => (n.estop.position.z = estopZ - v)),
    };
    return { channels, list: Object.values(channels), fresh: true };
  }, [n]);

  useEffect(() => {
    const c = motion.channels;
    c.door.target = look.door === 'open' ? DOOR_OPEN_RAD : 0;
    c.ring.target = look.door === 'locked' ? RING_LOCKED_RAD : 0;
    c.supply.target = look.supplyOpen ? VALVE_OPEN_RAD : 0;
    c.vent.target = look.ventOpen ? VALVE_OPEN_RAD : 0;
    c.lever.target = look.reliefOpen ? LEVER_LIFTED_RAD : 0;
    c.cart.target = look.cartIn ? CART_IN_M : 0;
    c.main.target = look.controllerOn ? SWITCH_ON_RAD : 0;
    c.setpoint.target = knobRad(look.setpointC, SETPOINTS_C);
    c.cure.target = knobRad(look.cureMin, CURE_TIMES_MIN);
    c.estop.target = look.estop ? ESTOP_TRAVEL_M : 0;
    c.pressure.target = -Math.min(1, read.kpa / GAUGE_FULL_KPA) * SWEEP_RAD;
    c.thermo.target = -Math.min(1, read.tempC / THERMO_FULL_C) * SWEEP_RAD;
    c.pen.target = (read.tempC / THERMO_FULL_C) * 60 * DEG;
    if (motion.fresh) for (const ch of motion.list) ch.apply((ch.value = ch.target));
    motion.fresh = false;
    n.steamPlume.visible = read.blowing;
    n.gloves.visible = !look.gloves;
    n.cartShoes.visible = look.shoesOnCart;
    setGlow(lamps.run, look.controllerOn, '#3cff6a');
    setGlow(lamps.pressure, look.pressurised, '#ffb020');
    setGlow(lamps.alarm, look.alarm, '#ff2a1a');
    invalidate();
  }, [look, read, n, motion, lamps, invalidate]);

  useFrame((_, delta) => {
    const dt = Math.min(delta, MAX_STEP_S);
    let moving = false;
    for (const c of motion.list) {
      const next = damp(c.value, c.target, c.rate, dt, SETTLE);
      if (next === c.value) continue;
      c.value = next;
      c.apply(next);
      moving = true;
    }
    if (moving) invalidate();
  });

  return <primitive object={scene} {...picking} />;
}

// The door, the cart track and the cabinet from the aisle, the tank running away to the back left.
const view: MachineView = { View: AutoclaveView, camera: { position: [5.2, 3.4, 6.0], target: [-0.2, 1.1, -1.2], maxDistance: 10, targetLimits: { x: [-4, 4], y: [0, 3], z: [-3, 2] } } };
export default view;
