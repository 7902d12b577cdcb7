import type { AnyMachineSnapshot } from 'xstate';
import type { ContinuousInputs } from '../../engine/continuous.ts';
import type { RoughingContext } from './chart/context.ts';
import { MARGIN_LENGTH_MM, WORK_TICKET } from './constants.ts';
import type { RoughingLook } from './lookTypes.ts';
import { currentProcess, type RoughingProcessState } from './process.ts';

/**
 * The narrow slice of state the views draw: switches from the chart, the hand from the session's
 * inputs (what the artisan is doing this instant), the band so far from the process model.
 */
export function roughingLook(snapshot: AnyMachineSnapshot, process: RoughingProcessState | undefined, inputs: ContinuousInputs): RoughingLook {
  const c = snapshot.context as RoughingContext;
  const p = currentProcess(process, c);
  const held = c.shoe !== 'none';
  return {
    spindleRunning: snapshot.hasTag('spindleRunning'),
    direction: c.reversing === WORK_TICKET.direction ? 1 : -1,
    speedRpm: inputs.speed ?? c.speedRpm,
    extractionOn: c.extractionOn,
    bagFull: c.bagFull,
    estopLatched: snapshot.hasTag('estop'),
    stoneOn: snapshot.hasTag('stoneOn'),
    shoeHeld: held,
    pressure: held ? (inputs.pressure ?? c.pressure) : 0,
    pathOffsetMm: inputs.pathOffset ?? c.pathOffsetMm,
    roughed: held ? Math.min(1, p.travelledMm / MARGIN_LENGTH_MM) : 0,
    burnt: c.flaws.burnt,
    intoUpper: c.flaws.intoUpper,
    earMuffs: c.ppe.earMuffs,
    safetyGlasses: c.ppe.safetyGlasses,
    dustMask: c.ppe.dustMask,
    dustOnLedge: c.dustOnLedge,
  };
}

export const sameLook = (a: RoughingLook, b: RoughingLook): boolean => (Object.keys(a) as (keyof RoughingLook)[]).every((k) => a[k] === b[k]);
