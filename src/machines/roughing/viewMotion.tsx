/**
 * The roughing view's per-frame motion, pure of three (it only writes numbers on the nodes it is
 * given): one eased channel per moving part, made once per model so the frame loop allocates
 * nothing. Poses follow the pivot conventions in nodes.ts. (A .tsx file although it has no JSX:
 * view helpers belong in a machine folder's view files only.)
 */
import { damp } from '../../scene/animate.ts';
import type { RoughingLook } from './lookTypes.ts';
import { SHOE_STANDOFF_MM } from './model/layout.ts';

const MM = 0.001;
const STONE_IN_M = 20 * MM;
/** The path offset shown across the margin (an exaggeration would mislead: 1:1). */
const PATH_M_PER_MM = MM;
/** The bag fills out while the fan pulls. */
const BAG_INFLATED = 1.08;

/** The numbers of a node the motion writes (an Object3D has them). */
export interface Pose {
  readonly position: { x: number; y: number; z: number };
  readonly rotation: { x: number; y: number; z: number };
  readonly scale: { x: number; y: number; z: number };
  visible: boolean;
}
export interface MotionNodes {
  readonly sharpeningStone: Pose;
  readonly shoe: Pose;
  readonly band: Pose;
  readonly dustBag: Pose;
}
export interface Rest {
  readonly stoneZ: number;
  readonly shoeX: number;
  readonly shoeZ: number;
  readonly bag: { x: number; z: number };
}

interface Channel {
  readonly get: () => number;
  readonly set: (v: number) => void;
  readonly to: (t: RoughingLook) => number;
  readonly lambda: number;
}

export interface Motion {
  /** Eases every part toward the look; true while something still moved. `jump`: arrive at once. */
  step(t: RoughingLook, dt: number, jump: boolean): boolean;
}

export function makeMotion(n: MotionNodes, rest: Rest): Motion {
  const state = { bag: 1 };
  const channels: readonly Channel[] = [
    { get: () => n.sharpeningStone.position.z, set: (v) => (n.sharpeningStone.position.z = v), to: (t) => rest.stoneZ - (t.stoneOn ? STONE_IN_M : 0), lambda: 8 },
    // The shoe stands off the wheel and comes onto it with the pressure.
    { get: () => n.shoe.position.z, set: (v) => (n.shoe.position.z = v), to: (t) => rest.shoeZ - Math.min(1, t.pressure * 2.5) * SHOE_STANDOFF_MM * MM, lambda: 12 },
    { get: () => n.shoe.position.x, set: (v) => (n.shoe.position.x = v), to: (t) => rest.shoeX - t.pathOffsetMm * PATH_M_PER_MM, lambda: 12 },
    { get: () => n.band.scale.y, set: (v) => (n.band.scale.y = Math.max(1e-3, v)), to: (t) => Math.max(1e-3, t.roughed), lambda: 10 },
    {
      get: () => state.bag,
      set: (v) => {
        state.bag = v;
        n.dustBag.scale.x = rest.bag.x * v;
        n.dustBag.scale.z = rest.bag.z * v;
      },
      to: (t) => (t.extractionOn && !t.bagFull ? BAG_INFLATED : 1),
      lambda: 3,
    },
  ];
  return {
    step(t, dt, jump) {
      let moving = false;
      for (const c of channels) {
        const from = c.get();
        const to = c.to(t);
        const next = jump ? to : damp(from, to, c.lambda, dt);
        if (next === from) continue;
        c.set(next);
        moving = true;
      }
      n.band.visible = t.shoeHeld && t.roughed > 0;
      return moving;
    },
  };
}
