import type { AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import type { JackPosition } from './constants.ts';
import type { SolePressContext } from './chart/types.ts';
import type { SolePressMachine } from './machine.ts';
import { solePressReadouts, type SolePressReadouts } from './status.ts';

/** Where the one cemented sole + lasted upper is, as the 3D view shows it. */
export type WorkPlace = 'bench' | 'tray' | 'hand' | 'pad';

/**
 * The narrow slice of state the 3D view draws: the chart's readouts (status.ts) plus the positions
 * of the controls, all plain values compared shallowly, so the view re-renders only on a change.
 */
export interface SolePressLook extends SolePressReadouts {
  readonly mainOn: boolean;
  readonly manual: boolean;
  readonly airValveOpen: boolean;
  readonly regulatorBar: number;
  readonly toeJack: JackPosition;
  readonly heelJack: JackPosition;
  readonly reactivatorSwitchOn: boolean;
  readonly reactivatorTempC: number;
  readonly reactivatorTimeS: number;
  readonly estopPress: boolean;
  readonly estopReactivator: boolean;
  /** The press timer LED is lit (the press has control power). */
  readonly pressTimerLit: boolean;
  /** The reactivator display is lit (its lamps are energised). */
  readonly reactivatorDisplayLit: boolean;
  /** The red beam is drawn: the light curtain is powered and something breaks it. */
  readonly beamShown: boolean;
  readonly work: WorkPlace;
}

export function solePressLook(snapshot: AnyMachineSnapshot): SolePressLook {
  const s = snapshot as SnapshotFrom<SolePressMachine>;
  const c = s.context as SolePressContext;
  const r = solePressReadouts(s);
  const work: WorkPlace = r.workOnTray ? 'tray' : r.shoeOnPad ? 'pad' : s.matches({ work: 'atBench' }) ? 'bench' : 'hand';
  return {
    ...r,
    mainOn: c.mainOn,
    manual: c.mode === 'manual',
    airValveOpen: c.airValveOpen,
    regulatorBar: c.regulatorBar,
    toeJack: c.toeJack,
    heelJack: c.heelJack,
    reactivatorSwitchOn: c.reactivatorSwitchOn,
    reactivatorTempC: c.reactivatorTempC,
    reactivatorTimeS: c.reactivatorTimeS,
    estopPress: c.estopDown.press,
    estopReactivator: c.estopDown.reactivator,
    pressTimerLit: r.pressPowerLamp,
    reactivatorDisplayLit: r.irLamps !== 'off',
    beamShown: r.sensorBeamBroken && r.pressPowerLamp,
    work,
  };
}

export const sameLook = (a: SolePressLook, b: SolePressLook): boolean =>
  (Object.keys(a) as (keyof SolePressLook)[]).every((k) => a[k] === b[k]);
