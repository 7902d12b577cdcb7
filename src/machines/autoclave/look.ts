import type { AnyMachineSnapshot } from 'xstate';
import type { Session } from '../../engine/session.ts';
import { AMBIENT_C } from './constants.ts';
import type { AutoclaveProcess } from './process.ts';
import type { AutoclaveContext, DoorPosition } from './types.ts';

/** The narrow slice of chart state the 3D and 2D views draw: plain values, compared shallowly. */
export interface AutoclaveLook {
  readonly door: DoorPosition;
  readonly controllerOn: boolean;
  readonly setpointC: number;
  readonly cureMin: number;
  readonly supplyOpen: boolean;
  readonly ventOpen: boolean;
  readonly reliefOpen: boolean;
  readonly estop: boolean;
  readonly cartIn: boolean;
  readonly gloves: boolean;
  readonly pressurised: boolean;
  readonly alarm: boolean;
  readonly shoesOnCart: boolean;
}

export function autoclaveLook(s: AnyMachineSnapshot): AutoclaveLook {
  const c = s.context as AutoclaveContext;
  return {
    door: c.door,
    controllerOn: c.controllerOn,
    setpointC: c.setpointC,
    cureMin: c.cureMin,
    supplyOpen: c.supplyOpen,
    ventOpen: c.ventOpen,
    reliefOpen: c.reliefOpen,
    estop: c.estopDown,
    cartIn: c.cartIn,
    gloves: c.gloves,
    pressurised: c.pressurised,
    alarm: s.matches({ vessel: 'cureDone' }) || c.safetyLifted || c.estopDown,
    shoesOnCart: !s.matches({ work: 'complete' }),
  };
}

export const sameLook = (a: AutoclaveLook, b: AutoclaveLook): boolean =>
  (Object.keys(a) as (keyof AutoclaveLook)[]).every((k) => a[k] === b[k]);

/** The gauges' readings from the process model, rounded to what a needle shows. */
export interface Readings {
  readonly kpa: number;
  readonly tempC: number;
  /** Steam is leaving through the vent or the safety valve (the plume). */
  readonly blowing: boolean;
}

export function readings(session: Session): Readings {
  const p = session.process() as AutoclaveProcess | undefined;
  if (!p) return { kpa: 0, tempC: AMBIENT_C, blowing: false };
  return { kpa: Math.round(p.kpa), tempC: Math.round(p.tempC), blowing: p.lifting || (p.kpa > 1 && !p.supplyWas) };
}
