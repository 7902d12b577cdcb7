import type { AnyMachineSnapshot } from 'xstate';
import type { ContinuousInputs } from '../../engine/continuous.ts';
import type { SewingContext } from './chart/context.ts';
import type { SewingLook } from './lookTypes.ts';
import { currentProcess, speedSpm, type SewingProcessState } from './process.ts';

/**
 * The narrow slice of state the 3D view draws: switches and settings from the chart, the pedal and
 * the hand from the session's inputs, the seam so far from the process model. Plain values,
 * compared shallowly (the stitches by identity: the process makes a new array only when it sews).
 */
export function sewingLook(snapshot: AnyMachineSnapshot, process: SewingProcessState | undefined, inputs: ContinuousInputs): SewingLook {
  const c = snapshot.context as SewingContext;
  const p = currentProcess(process, c);
  const running = snapshot.hasTag('needleRunning');
  const pedal = inputs.pedal ?? c.pedal;
  const steer = inputs.steer ?? c.steerMm;
  // The needle in the piece's frame: along the first leg, or up the second from where it was turned.
  const secondLeg = p.leg === 1 || (c.pivots > 0 && p.legs.length > 1);
  const corner = p.leg === 1 ? (p.corner ?? 0) : p.along;
  return {
    powerOn: snapshot.hasTag('powered'),
    needleRunning: running,
    spm: running ? speedSpm(pedal, c.maxSpm) : 0,
    needleDown: c.needleDown,
    footUp: c.footUp,
    pedal,
    backTack: (inputs.backTack ?? c.backTack) >= 0.5,
    steerMm: steer,
    fingerGuard: c.fingerGuard,
    eyeGuardDown: c.eyeGuardDown,
    beltCover: c.beltCover,
    estopLatched: snapshot.hasTag('estop'),
    stitchMm: c.stitchMm,
    tension: c.tension,
    pressure: c.pressure,
    maxSpm: c.maxSpm,
    bobbinIn: c.bobbinIn,
    needleBroken: c.needleBroken,
    piece: c.piece,
    turned: secondLeg,
    needleX: secondLeg ? corner + steer : p.along,
    needleY: secondLeg ? (p.leg === 1 ? p.along : 0) : steer,
    legs: p.legs,
    stitches: p.stitches,
    missingTackStart: c.trimmed && c.flaws.noTackStart,
    missingTackEnd: c.trimmed && c.flaws.noTackEnd,
  };
}

export const sameLook = (a: SewingLook, b: SewingLook): boolean => (Object.keys(a) as (keyof SewingLook)[]).every((k) => a[k] === b[k]);
