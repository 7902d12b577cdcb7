import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Object3D } from 'three';
import { useSessionHandle } from '../../engine/react/SessionContext.tsx';
import type { Session } from '../../engine/session.ts';
import { damp } from '../../scene/animate.ts';
import type { MachineView } from '../../scene/machineView.ts';
import { materialNamed, setGlow } from '../../scene/materials.ts';
import { useModelPicking } from '../../scene/Picking.tsx';
import { useMachineModel } from '../../scene/useMachineModel.ts';
import { useModelNodes } from '../../scene/useModelNodes.ts';
import { sameLook, sewingLook } from './look.ts';
import type { SewingLook } from './lookTypes.ts';
import { NEEDLE_STROKE } from './model/layout.ts';
import { SEWING_NODES } from './nodes.ts';
import { seamMesh, stitchGeometry } from './viewStitches.tsx';

const DEG = Math.PI / 180;
const MM = 0.001;
/** Shown needle-bar speed: real 600–2,200 spm would strobe, so it is drawn at most this many strokes a second. */
const SHOWN_STROKES_MAX = 4;
const ROLLER_LIFT_M = 8 * MM;
const KNEE_UP_RAD = -20 * DEG;
const PEDAL_FULL_RAD = 12 * DEG;
const BACKTACK_RAD = -25 * DEG;
const GUARD_OFF_RAD = -80 * DEG;
const ROCKER_ON_RAD = -20 * DEG;
const ESTOP_TRAVEL_M = 8 * MM;
const TAKE_UP_SWING_RAD = 30 * DEG;
const LONGEST_STEP_S = 0.1;
const LOOK_POLL_S = 0.1;
const LAMP_COLOR = '#3cff6a';
const LIGHT_COLOR = '#fff4d0';

type SessionWithWork = Session & { process?: () => unknown; inputs?: () => Readonly<Record<string, number>> };
type Nodes = Record<keyof typeof SEWING_NODES, Object3D>;

/** The look, re-read on every actor or session change and polled while the needle runs. */
function useSewingLook(): { look: SewingLook; refresh: () => void } {
  const { session } = useSessionHandle();
  const read = useCallback(() => {
    const s = session as SessionWithWork;
    return sewingLook(session.actor.getSnapshot(), s.process?.() as Parameters<typeof sewingLook>[1], s.inputs?.() ?? {});
  }, [session]);
  const [look, setLook] = useState(read);
  const refresh = useCallback(() => setLook((prev) => {
    const next = read();
    return sameLook(prev, next) ? prev : next;
  }), [read]);
  useEffect(() => {
    refresh();
    const actor = session.actor.subscribe(refresh);
    const off = session.subscribe(refresh);
    return () => {
      actor.unsubscribe();
      off();
    };
  }, [session, refresh]);
  return { look, refresh };
}

/** Rest position as authored, kept on the node so a remount (the glTF is cached) starts from it. */
function restY(node: Object3D): number {
  const d = node.userData as { gladiRestY?: number; gladiRestX?: number; gladiRestZ?: number };
  d.gladiRestY ??= node.position.y;
  return d.gladiRestY;
}
function restXZ(node: Object3D): [number, number] {
  const d = node.userData as { gladiRestX?: number; gladiRestZ?: number };
  d.gladiRestX ??= node.position.x;
  d.gladiRestZ ??= node.position.z;
  return [d.gladiRestX, d.gladiRestZ];
}

/** The post-bed machine: needle bar, roller, pedal and knee move toward targets from the look; the seam is drawn on the work. */
function SewingView() {
  const { module } = useSessionHandle();
  const { scene, url } = useMachineModel(module.modelUrl);
  const n: Nodes = useModelNodes(scene, SEWING_NODES, url);
  const { look, refresh } = useSewingLook();
  const invalidate = useThree((s) => s.invalidate);
  const picking = useModelPicking();
  const target = useRef(look);
  target.current = look;
  const rest = useMemo(() => ({ bar: restY(n.needleBar), roller: restY(n.roller), estop: restXZ(n.estop)[1], upper: restXZ(n.upper), scrap: restXZ(n.scrap) }), [n]);
  const lamps = useMemo(() => ({ power: materialNamed(n.powerLamp, 'LampPower'), light: materialNamed(n.workLight, 'WorkLightLens') }), [n]);
  const motion = useRef({ phase: 0, bar: 0, turn: 0, nx: 0, ny: 0, sinceRead: 0, fresh: true });

  const seam = useMemo(() => seamMesh(), []);
  const work = look.piece === 'scrap' ? n.scrap : n.upper;
  useEffect(() => {
    const g = stitchGeometry(look.stitches, look.missingTackStart, look.missingTackEnd);
    seam.geometry.dispose();
    seam.visible = g !== null && look.piece !== 'none';
    if (g) seam.geometry = g;
    if (seam.parent !== work) work.add(seam);
    invalidate();
  }, [look.stitches, look.missingTackStart, look.missingTackEnd, look.piece, work, seam, invalidate]);
  useEffect(() => () => {
    seam.removeFromParent();
    seam.geometry.dispose();
  }, [seam]);

  // Discrete changes apply at once.
  useEffect(() => {
    n.upper.visible = look.piece === 'upper';
    n.scrap.visible = look.piece === 'scrap';
    n.bobbin.visible = look.bobbinIn;
    n.beltCover.visible = look.beltCover;
    n.fingerGuard.rotation.x = look.fingerGuard ? 0 : GUARD_OFF_RAD;
    n.eyeGuard.rotation.x = look.eyeGuardDown ? 0 : GUARD_OFF_RAD;
    n.powerSwitch.rotation.x = look.powerOn ? ROCKER_ON_RAD : 0;
    n.estop.position.z = rest.estop - (look.estopLatched ? ESTOP_TRAVEL_M : 0);
    n.stitchDial.rotation.z = -look.stitchMm * 0.6;
    n.tensionDial.rotation.x = look.tension * 0.5;
    n.pressureScrew.rotation.y = look.pressure * 0.8;
    n.speedKnob.rotation.z = -look.maxSpm / 1000;
    n.needleBar.visible = true;
    setGlow(lamps.power, look.powerOn && !look.estopLatched, LAMP_COLOR);
    setGlow(lamps.light, look.powerOn, LIGHT_COLOR, 1.8);
    invalidate();
  }, [look, n, rest, lamps, invalidate]);

  useFrame((_, delta) => {
    const t = target.current;
    const dt = Math.min(delta, LONGEST_STEP_S);
    const m = motion.current;
    const ease = (from: number, to: number, lambda: number) => (m.fresh ? to : damp(from, to, lambda, dt));
    let moving = false;
    const set = (o: Object3D, prop: 'rotation' | 'position', axis: 'x' | 'y' | 'z', to: number, lambda = 10) => {
      const next = ease(o[prop][axis], to, lambda);
      if (next !== o[prop][axis]) moving = true;
      o[prop][axis] = next;
    };
    // Needle bar: strokes while the needle runs; stopped, it settles where the needle-stop left it.
    if (t.needleRunning) {
      m.phase = (m.phase + Math.min(t.spm / 60, SHOWN_STROKES_MAX) * dt * 2 * Math.PI) % (2 * Math.PI);
      m.bar = (1 - Math.cos(m.phase)) / 2;
      moving = true;
      m.sinceRead += dt;
      if (m.sinceRead >= LOOK_POLL_S) {
        m.sinceRead = 0;
        refresh();
      }
    } else {
      const to = t.needleDown ? 1 : 0;
      const next = ease(m.bar, to, 12);
      if (next !== m.bar) moving = true;
      m.bar = next;
      m.phase = m.bar > 0.5 ? Math.PI : 0;
    }
    n.needleBar.position.y = rest.bar - m.bar * NEEDLE_STROKE * MM;
    n.takeUpLever.rotation.z = (m.bar - 0.5) * TAKE_UP_SWING_RAD;
    n.handwheel.rotation.x = m.phase;
    set(n.roller, 'position', 'y', rest.roller + (t.footUp ? ROLLER_LIFT_M : 0));
    set(n.kneeLifter, 'rotation', 'z', t.footUp ? KNEE_UP_RAD : 0);
    set(n.pedal, 'rotation', 'x', Math.max(0, Math.min(1, t.pedal)) * PEDAL_FULL_RAD, 14);
    set(n.backTackLever, 'rotation', 'z', t.backTack ? BACKTACK_RAD : 0, 14);
    // The work: turned at the corner, moved so that the needle's point on it lies under the needle.
    const nextTurn = ease(m.turn, t.turned ? -90 * DEG : 0, 5);
    const nx = ease(m.nx, t.needleX, 8), ny = ease(m.ny, t.needleY, 8);
    if (nextTurn !== m.turn || nx !== m.nx || ny !== m.ny) moving = true;
    m.turn = nextTurn; m.nx = nx; m.ny = ny;
    const piece = t.piece === 'scrap' ? n.scrap : n.upper;
    const [rx, rz] = t.piece === 'scrap' ? rest.scrap : rest.upper;
    // Local offset of the needle point (piece y → local x, piece x → local z), rotated about y by the turn.
    const lx = ny * MM, lz = nx * MM;
    const c = Math.cos(m.turn), s = Math.sin(m.turn);
    piece.rotation.y = m.turn;
    piece.position.x = rx - (lx * c + lz * s);
    piece.position.z = rz - (-lx * s + lz * c);
    m.fresh = false;
    if (moving) invalidate();
  });

  return <primitive object={scene} {...picking} />;
}

/** From the seated operator's front right: the head, the post with the work, the pedal and the knee lifter. */
const view: MachineView = { View: SewingView, camera: { position: [0.75, 1.55, 1.45], target: [0.1, 0.78, -0.25] } };
export default view;
