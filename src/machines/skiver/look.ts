import type { AnyMachineSnapshot } from 'xstate';
import type { ContinuousInputs } from '../../engine/continuous.ts';
import type { SkiverContext } from './chart/context.ts';
import { SUBSTANCE_MM } from './constants.ts';
import type { SkiverLook } from './lookTypes.ts';
import { currentProcess, type SkiverProcessState } from './process.ts';

/**
 * The narrow slice of state the 3D view draws: switches and settings from the chart, the pedal and
 * the hand from the session's inputs (what the artisan is doing this instant), the skive so far
 * from the process model. Plain values, compared shallowly (the profile by identity: the process
 * makes a new array only when it samples).
 */
export function skiverLook(snapshot: AnyMachineSnapshot, process: SkiverProcessState | undefined, inputs: ContinuousInputs): SkiverLook {
  const c = snapshot.context as SkiverContext;
  const p = currentProcess(process, c);
  return {
    motorOn: snapshot.hasTag('motorRunning'),
    knifeSpinning: snapshot.hasTag('knifeTurning'),
    guardOpen: c.guardOpen,
    footRaised: c.footRaised,
    widthMm: c.widthMm,
    thicknessMm: c.thicknessMm,
    stoneEngaged: snapshot.hasTag('stoneEngaged'),
    extractorOn: c.extractorOn,
    extractorFull: c.extractorFull,
    estopLatched: snapshot.hasTag('estop'),
    treadle: inputs.treadle ?? c.treadle,
    piece: c.piece,
    fedMm: p.fedMm,
    pieceLengthMm: p.lengthMm,
    guideOffsetMm: inputs.guideOffset ?? c.guideOffsetMm,
    substanceMm: SUBSTANCE_MM,
    profile: p.profile,
    cutThrough: c.flaws.cutThrough,
    jammed: c.flaws.jammed,
  };
}

export const sameLook = (a: SkiverLook, b: SkiverLook): boolean => (Object.keys(a) as (keyof SkiverLook)[]).every((k) => a[k] === b[k]);
