import type { MachineView } from '../../scene/machineView.ts';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useMachineSelector, useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { damp } from '../../scene/animate.ts';
import { materialNamed, setGlow } from '../../scene/materials.ts';
import { useModelPicking } from '../../scene/Picking.tsx';
import { useMachineModel } from '../../scene/useMachineModel.ts';
import { useModelNodes } from '../../scene/useModelNodes.ts';
import { heatSetterLook, sameLook } from './look.ts';
import { CLEAT_PITCH } from './model/conveyor.ts';
import { HEAT_SETTER_NODES } from './nodes.ts';
import { aim, makeChannels } from './viewMotion.tsx';

const SETTLE = 1e-3;
const MAX_STEP_S = 0.25;
const PITCH_M = CLEAT_PITCH / 1000;

/** The line: switches, door, cord and the shoes on the belt eased toward targets from the chart; the belt's cleats scroll while it runs. */
function HeatSetterView() {
  const { module } = useSessionHandle();
  const { scene, url } = useMachineModel(module.modelUrl);
  const n = useModelNodes(scene, HEAT_SETTER_NODES, url);
  const look = useMachineSelector(heatSetterLook, sameLook);
  const invalidate = useThree((s) => s.invalidate);
  const picking = useModelPicking();
  const glow = useMemo(
    () => ({
      heat: materialNamed(scene, 'LampHeat'),
      run: materialNamed(scene, 'LampRun'),
      alarm: materialNamed(scene, 'LampAlarm'),
      heatDisplay: materialNamed(scene, 'DisplayHeat'),
      chillDisplay: materialNamed(scene, 'DisplayChill'),
    }),
    [scene],
  );
  const motion = useMemo(() => {
    const channels = makeChannels(n as never);
    const beltZ = ((n.belt.userData as { gladiZ?: number }).gladiZ ??= n.belt.position.z);
    return { channels, list: [...Object.values(channels).filter((c) => 'rate' in c), ...channels.slots], beltZ, beltOffset: 0, fresh: true };
  }, [n]);

  useEffect(() => {
    aim(motion.channels, look);
    if (motion.fresh) for (const c of motion.list) c.apply((c.value = c.target));
    motion.fresh = false;
    look.slots.forEach((s, i) => {
      const node = [n.shoeSlot0, n.shoeSlot1, n.shoeSlot2, n.shoeSlot3][i];
      if (node) node.visible = s.zone !== null;
    });
    setGlow(glow.heat, look.heatLamp, '#ffb020');
    setGlow(glow.run, look.runLamp, '#3cff6a');
    setGlow(glow.alarm, look.alarmLamp, '#ff2a1a');
    setGlow(glow.heatDisplay, look.isolatorOn, '#ff3020', 1.5);
    setGlow(glow.chillDisplay, look.isolatorOn, '#30a0ff', 1.5);
    invalidate();
  }, [look, n, motion, glow, invalidate]);

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
    if (look.running) {
      // The cleats travel at the belt speed toward the chiller, wrapping every cleat pitch.
      motion.beltOffset = (motion.beltOffset + (look.speedMMin / 60) * dt) % PITCH_M;
      n.belt.position.z = motion.beltZ - motion.beltOffset;
      moving = true;
    }
    if (moving) invalidate();
  });

  return <primitive object={scene} {...picking} />;
}

// From the operator's side of the entrance: the control box in front, the line and the chiller running away to the back.
const view: MachineView = {
  View: HeatSetterView,
  camera: { position: [4.2, 3.0, 2.6], target: [0.2, 0.9, -2.4], maxDistance: 11, targetLimits: { x: [-2, 2.5], y: [0, 2.5], z: [-6.5, 1] } },
};
export default view;
