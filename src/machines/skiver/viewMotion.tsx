/**
 * The skiver view's per-frame motion: one eased channel per moving part, made once per model so
 * the frame loop allocates nothing. Poses follow the pivot conventions in nodes.ts.
 * (A .tsx file although it has no JSX: three belongs in a machine folder's view files only.)
 */
import type { Object3D, Vector3 } from 'three';
import { damp } from '../../scene/animate.ts';
import type { SkiverLook } from './lookTypes.ts';
import { NOMINAL_WIDTH_MM } from './model/layout.ts';
import type { SKIVER_NODES } from './nodes.ts';

const DEG = Math.PI / 180;
const MM = 0.001;
const GUARD_OPEN_RAD = -70 * DEG;
const FOOT_LIFT_M = 5 * MM;
const FOOT_LEVER_UP_RAD = -30 * DEG;
/** The stone's rim meets the knife's (model: 10 mm gap, 51 mm below the pivot). */
const STONE_IN_RAD = 11 * DEG;
const STONE_LEVER_IN_RAD = -25 * DEG;
/** Full pedal travel brings the treadle from its rest tilt to flat. */
const TREADLE_FULL_RAD = 16 * DEG;
/** A full bag bulges: wider, and a little longer. */
const BAG_FULL_SCALE = { xz: 1.35, y: 1.12 } as const;
/** A jammed piece curls up off the plate a little. */
const JAM_CURL_RAD = -4 * DEG;
/** The piece follows the feed (fedMm arrives in process steps) smoothly. */
const FEED_LAMBDA = 12;

export type SkiverNodes = Record<keyof typeof SKIVER_NODES, Object3D>;

/** Rest pose as authored, kept on the node so a remount (the glTF is cached) starts from it. */
export function restOf(node: Object3D): { position: Vector3; scale: Vector3 } {
  const data = node.userData as { gladiRest?: { position: Vector3; scale: Vector3 } };
  data.gladiRest ??= { position: node.position.clone(), scale: node.scale.clone() };
  return data.gladiRest;
}

interface Channel {
  readonly get: (t: SkiverLook) => number;
  readonly set: (v: number, t: SkiverLook) => void;
  readonly to: (t: SkiverLook) => number;
  readonly lambda: number;
}

export interface Motion {
  /** Eases every part toward the look; true while something still moved. `jump`: arrive at once. */
  step(t: SkiverLook, dt: number, jump: boolean): boolean;
}

export function makeMotion(n: SkiverNodes): Motion {
  const rest = {
    foot: restOf(n.presserFoot).position.y,
    guide: restOf(n.widthGuide).position.z,
    leather: restOf(n.leather).position,
    scrap: restOf(n.scrapStrip).position,
    bag: restOf(n.extractorBag).scale,
  };
  const state = { fed: 0, bag: 0 };
  const pieceOf = (t: SkiverLook) => (t.piece === 'scrap' ? n.scrapStrip : n.leather);
  /** Where the piece's edge lies across the feed: the guide setting plus the hand's offset. */
  const placePiece = (t: SkiverLook) => {
    const piece = pieceOf(t);
    const home = t.piece === 'scrap' ? rest.scrap : rest.leather;
    piece.position.x = home.x - state.fed * MM;
    piece.position.z = home.z - (t.widthMm - NOMINAL_WIDTH_MM) * MM + t.guideOffsetMm * MM;
  };
  const node = (o: Object3D, prop: 'rotation' | 'position', axis: 'x' | 'y' | 'z', to: (t: SkiverLook) => number, lambda: number): Channel => ({
    get: () => o[prop][axis],
    set: (v) => (o[prop][axis] = v),
    to,
    lambda,
  });
  const channels: readonly Channel[] = [
    node(n.knifeGuard, 'rotation', 'x', (t) => (t.guardOpen ? GUARD_OPEN_RAD : 0), 5),
    node(n.presserFoot, 'position', 'y', (t) => rest.foot + (t.footRaised ? FOOT_LIFT_M : 0), 10),
    node(n.footLever, 'rotation', 'x', (t) => (t.footRaised ? FOOT_LEVER_UP_RAD : 0), 10),
    node(n.widthGuide, 'position', 'z', (t) => rest.guide - (t.widthMm - NOMINAL_WIDTH_MM) * MM, 8),
    node(n.grindingStone, 'rotation', 'z', (t) => (t.stoneEngaged ? STONE_IN_RAD : 0), 8),
    node(n.stoneLever, 'rotation', 'z', (t) => (t.stoneEngaged ? STONE_LEVER_IN_RAD : 0), 8),
    node(n.treadle, 'rotation', 'x', (t) => Math.max(0, Math.min(1, t.treadle)) * TREADLE_FULL_RAD, 14),
    {
      get: () => state.bag,
      set: (v) => {
        state.bag = v;
        const xz = 1 + (BAG_FULL_SCALE.xz - 1) * v;
        n.extractorBag.scale.set(rest.bag.x * xz, rest.bag.y * (1 + (BAG_FULL_SCALE.y - 1) * v), rest.bag.z * xz);
      },
      to: (t) => (t.extractorFull ? 1 : 0),
      lambda: 3,
    },
    {
      get: () => state.fed,
      set: (v) => (state.fed = v),
      to: (t) => t.fedMm,
      lambda: FEED_LAMBDA,
    },
    {
      get: (t) => pieceOf(t).rotation.x,
      set: (v, t) => (pieceOf(t).rotation.x = v),
      to: (t) => (t.jammed ? JAM_CURL_RAD : 0),
      lambda: 6,
    },
  ];
  return {
    step(t, dt, jump) {
      // A new piece (the feed went back) starts at once; feeding forward is eased.
      if (t.fedMm < state.fed - 0.5) state.fed = t.fedMm;
      let moving = false;
      for (let i = 0; i < channels.length; i++) {
        const c = channels[i] as Channel;
        const from = c.get(t);
        const to = c.to(t);
        const next = jump ? to : damp(from, to, c.lambda, dt);
        if (next === from) continue;
        c.set(next, t);
        moving = true;
      }
      placePiece(t);
      return moving;
    },
  };
}
