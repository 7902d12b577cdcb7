import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Mesh, Vector3 } from 'three';
import { useI18n } from '../../common/i18n.tsx';
import { ScreenHtml } from '../../scene/ScreenHtml.tsx';
import { useSessionHandle } from '../../engine/react/SessionContext.tsx';
import type { Session } from '../../engine/session.ts';
import { approach } from '../../scene/animate.ts';
import type { MachineView } from '../../scene/machineView.ts';
import { materialNamed, ownMaterialNamed, setGlow } from '../../scene/materials.ts';
import { useModelPicking } from '../../scene/Picking.tsx';
import { useMachineModel } from '../../scene/useMachineModel.ts';
import { useModelNodes } from '../../scene/useModelNodes.ts';
import { sameLook, skiverLook } from './look.ts';
import type { SkiverLook } from './lookTypes.ts';
import { LEATHER_MM, NOMINAL_WIDTH_MM, PIECE_LENGTH_MM } from './model/layout.ts';
import { makeMotion, restOf, type SkiverNodes } from './viewMotion.tsx';
import { SKIVER_NODES } from './nodes.ts';
import './view.css';
import { bandGeometry, bandMaterial, SectionCard } from './viewSkiveMeshes.tsx';

const DEG = Math.PI / 180;
const MM = 0.001;
const ROCKER_ON_RAD = -20 * DEG;
const ESTOP_TRAVEL_M = 8 * MM;
/** The section card's label floats this far above its anchor. */
const SECTION_LABEL_ABOVE_M = 45 * MM;
/** Knob turns per mm of setting (a fine-thread screw; only the direction and motion matter). */
const WIDTH_KNOB_RAD_PER_MM = Math.PI;
const THICKNESS_KNOB_RAD_PER_MM = 4 * Math.PI;
/**
 * Shown spin speeds: the real 1,200–1,400 rpm would strobe at screen frame rates, so the knife
 * is drawn turning a few times a second; it spins up and runs down instead of jumping.
 */
const KNIFE_SHOWN_RAD_S = 1.5 * 2 * Math.PI;
const ROLLER_SHOWN_RAD_S = 1.2 * 2 * Math.PI;
const SPIN_UP_S = 0.8;
/** While only the knife turns, frames are drawn at most this often (about 30 per second). */
const SPIN_FRAME_MS = 33;
/** Lamp materials in the model (model/palette.ts), one per lamp. */
const MOTOR_LAMP_MATERIAL = 'LampMotorPilot';
const WORK_LIGHT_MATERIAL = 'WorkLightLens';
const CHROME_MATERIAL = 'Chrome';
const LAMP_COLOR = '#3cff6a';
const LIGHT_COLOR = '#fff4d0';
const LONGEST_STEP_S = 0.1;
/** While the knife runs, the look is re-read this often (the piece feeds in process steps). */
const LOOK_POLL_S = 0.1;

/** What the engine will add to the session (task E); read defensively until it lands. */
type SessionWithWork = Session & { process?: () => unknown; inputs?: () => Readonly<Record<string, number>> };

/**
 * The look, from the chart snapshot plus the session's process state and continuous inputs.
 * Re-read when the actor or the session reports a change (and by `refresh`, which the frame loop
 * calls while the knife runs, so the feed shows even if process steps notify nobody). The same
 * look object is kept while `sameLook` says nothing changed: React re-renders on visible changes only.
 */
function useSkiverLook(): { look: SkiverLook; refresh: () => void } {
  const { session } = useSessionHandle();
  const read = useCallback(() => {
    const s = session as SessionWithWork;
    const process = s.process?.() as Parameters<typeof skiverLook>[1];
    return skiverLook(session.actor.getSnapshot(), process, s.inputs?.() ?? {});
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

/** The bell-knife skiver, moved toward targets from its look; draws the skive and its section. */
function SkiverView() {
  const { module } = useSessionHandle();
  const { scene, url } = useMachineModel(module.modelUrl);
  const n: SkiverNodes = useModelNodes(scene, SKIVER_NODES, url);
  const { look, refresh } = useSkiverLook();
  const invalidate = useThree((s) => s.invalidate);
  const picking = useModelPicking();
  const target = useRef(look);
  target.current = look;

  const motion = useMemo(() => makeMotion(n), [n]);
  const estopRest = useMemo(() => restOf(n.estop).position.z, [n]);
  // By name: the work light's node also holds its black shade.
  const lamps = useMemo(() => ({ motor: materialNamed(n.motorLamp, MOTOR_LAMP_MATERIAL), light: materialNamed(n.workLight, WORK_LIGHT_MATERIAL) }), [n]);
  // The stage lights the model without an environment map, where fully metallic chrome renders
  // nearly black: this model's chrome (the knife above all) gets a half-metallic steel that reads as shiny.
  useEffect(() => {
    const steel = ownMaterialNamed(scene, CHROME_MATERIAL);
    if (!steel) return;
    steel.metalness = 0.55;
    steel.roughness = 0.22;
    invalidate();
  }, [scene, invalidate]);
  /** Knife speed 0…1 (spin-up), time since the look was last re-read, first frame. */
  const state = useRef({ knife: 0, sinceRead: 0, fresh: true });
  const spinFrame = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (spinFrame.current) clearTimeout(spinFrame.current);
      spinFrame.current = null;
    },
    [],
  );

  // The skive band rides on whichever piece is under the foot; the section card on its anchor.
  const band = useMemo(() => new Mesh(undefined, bandMaterial()), []);
  const card = useMemo(() => new SectionCard(), []);
  useEffect(() => {
    band.raycast = () => undefined;
    n.skiveSectionAnchor.add(card.group);
    // Turned a little toward the operator's usual viewpoint (front right).
    card.group.rotation.y = 20 * DEG;
    return () => {
      band.removeFromParent();
      band.geometry.dispose();
      (band.material as { dispose(): void }).dispose();
      card.group.removeFromParent();
      card.dispose();
    };
  }, [n, band, card]);

  const work = look.piece === 'scrap' ? n.scrapStrip : n.leather;
  const scaleX = look.pieceLengthMm > 0 ? look.pieceLengthMm / PIECE_LENGTH_MM : 1;
  const scaleY = look.substanceMm > 0 ? look.substanceMm / LEATHER_MM : 1;
  // Geometry follows the profile only: a new band when the samples change, not every frame.
  useEffect(() => {
    const g = bandGeometry(look.profile, LEATHER_MM, scaleX, scaleY);
    band.geometry.dispose();
    band.visible = g !== null && look.piece !== 'none';
    if (g) band.geometry = g;
    if (band.parent !== work) work.add(band);
    invalidate();
  }, [look.profile, look.piece, scaleX, scaleY, work, band, invalidate]);
  const last = look.profile[look.profile.length - 1];
  const sectionShown = look.piece !== 'none' && last !== undefined;
  const { tm } = useI18n();
  // The anchor never moves: the label sits just above the card.
  const sectionLabelAt = useMemo((): [number, number, number] => {
    const p = n.skiveSectionAnchor.getWorldPosition(new Vector3());
    return [p.x, p.y + SECTION_LABEL_ABOVE_M, p.z];
  }, [n]);
  useEffect(() => {
    card.group.visible = sectionShown;
    if (last) card.update(last, look.substanceMm > 0 ? look.substanceMm : LEATHER_MM);
    invalidate();
  }, [last, sectionShown, look.substanceMm, card, invalidate]);

  // Discrete changes apply at once.
  useEffect(() => {
    n.leather.visible = look.piece === 'part';
    n.scrapStrip.visible = look.piece === 'scrap';
    for (const piece of [n.leather, n.scrapStrip]) piece.scale.set(scaleX, scaleY, 1);
    setGlow(lamps.motor, look.motorOn && !look.estopLatched, LAMP_COLOR);
    setGlow(lamps.light, look.motorOn, LIGHT_COLOR, 1.8);
    n.motorSwitch.rotation.x = look.motorOn ? ROCKER_ON_RAD : 0;
    n.extractorSwitch.rotation.x = look.extractorOn ? ROCKER_ON_RAD : 0;
    n.estop.position.z = estopRest - (look.estopLatched ? ESTOP_TRAVEL_M : 0);
    n.widthScrew.rotation.y = -(look.widthMm - NOMINAL_WIDTH_MM) * WIDTH_KNOB_RAD_PER_MM;
    n.thicknessScrew.rotation.z = -look.thicknessMm * THICKNESS_KNOB_RAD_PER_MM;
    invalidate();
  }, [look, n, lamps, estopRest, scaleX, scaleY, invalidate]);

  // Continuous motion toward the look's targets; keeps rendering only while something moves.
  useFrame((_, delta) => {
    const t = target.current;
    const dt = Math.min(delta, LONGEST_STEP_S);
    const s = state.current;
    const moving = motion.step(t, dt, s.fresh);

    // Spin: the knife runs up to its shown speed and runs down when stopped; the roller with it.
    const speed = s.fresh ? (t.knifeSpinning ? 1 : 0) : approach(s.knife, t.knifeSpinning ? 1 : 0, dt / SPIN_UP_S);
    s.knife = speed;
    const spinning = speed > 0;
    if (spinning) {
      n.bellKnife.rotation.z = (n.bellKnife.rotation.z - speed * KNIFE_SHOWN_RAD_S * dt) % (2 * Math.PI);
      n.feedRoller.rotation.z = (n.feedRoller.rotation.z + speed * ROLLER_SHOWN_RAD_S * dt) % (2 * Math.PI);
      s.sinceRead += dt;
      if (s.sinceRead >= LOOK_POLL_S) {
        s.sinceRead = 0;
        refresh();
      }
    }
    s.fresh = false;
    if (moving) invalidate();
    else if (spinning && !spinFrame.current) {
      // Only the knife turns: draw it at a capped rate (rendering cost on tablets, not procedure time).
      spinFrame.current = setTimeout(() => {
        spinFrame.current = null;
        invalidate();
      }, SPIN_FRAME_MS);
    }
  });

  return (
    <>
      <primitive object={scene} {...picking} />
      {sectionShown && (
        // The enlarged section floats over the table: say what it is.
        <ScreenHtml position={sectionLabelAt} className="skive-section-label">
          <span data-testid="skive-section-label">{tm('skiver', 'view.sectionLabel')}</span>
        </ScreenHtml>
      )}
    </>
  );
}

/** From the operator's front right: the whole machine, centred low enough to show the treadle, the cutting point and the section card. */
const view: MachineView = { View: SkiverView, camera: { position: [0.4, 1.45, 1.15], target: [-0.1, 0.75, -0.15] } };
export default view;
