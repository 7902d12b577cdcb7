import type { AnyMachineSnapshot } from 'xstate';
import type { HeatSetterContext } from './chart/types.ts';
import { AMBIENT_C, CHILL_TUNNEL_M, HEAT_TUNNEL_M, MAX_SHOES, type SteamSetting } from './constants.ts';
import type { ShoeOnLine } from './line.ts';

/** Where a shoe is along the line, as a fraction of its zone (0 at the zone's start). */
export interface SlotLook {
  readonly zone: ShoeOnLine['zone'] | null;
  readonly t: number;
}

/** The narrow slice of chart state the 3D and 2D views draw: plain values, compared shallowly. */
export interface HeatSetterLook {
  readonly isolatorOn: boolean;
  readonly fanOn: boolean;
  readonly heatTempC: number;
  readonly chillTempC: number;
  readonly speedMMin: number;
  readonly steam: SteamSetting;
  readonly chillerDoorOpen: boolean;
  readonly chillerOn: boolean;
  readonly estop: boolean;
  readonly cord: boolean;
  readonly heatLamp: boolean;
  readonly runLamp: boolean;
  readonly alarmLamp: boolean;
  /** What the two displays read, °C: the setpoint once there, ambient while off (warming shows in between). */
  readonly heatDisplayC: number;
  readonly chillDisplayC: number;
  readonly running: boolean;
  /** One entry per belt slot (shoe id mod the slot count), so a shoe keeps its node all along the line. */
  readonly slots: readonly SlotLook[];
}

const EMPTY: SlotLook = { zone: null, t: 0 };

function slotsOf(shoes: readonly ShoeOnLine[]): SlotLook[] {
  const slots: SlotLook[] = Array.from({ length: MAX_SHOES }, () => EMPTY);
  for (const sh of shoes) {
    const len = sh.zone === 'heat' ? HEAT_TUNNEL_M : sh.zone === 'chill' ? CHILL_TUNNEL_M : 1;
    slots[sh.id % MAX_SHOES] = { zone: sh.zone, t: Math.min(1, sh.posM / len) };
  }
  return slots;
}

export function heatSetterLook(s: AnyMachineSnapshot): HeatSetterLook {
  const c = s.context as HeatSetterContext;
  const fault = s.hasTag('fault') || c.chillerIced;
  return {
    isolatorOn: c.isolatorOn,
    fanOn: c.fanOn,
    heatTempC: c.heatTempC,
    chillTempC: c.chillTempC,
    speedMMin: c.speedMMin,
    steam: c.steam,
    chillerDoorOpen: c.chillerDoorOpen,
    chillerOn: c.chillerOn,
    estop: c.estopDown,
    cord: c.cordPulled,
    heatLamp: s.hasTag('heatReady'),
    runLamp: s.hasTag('conveyorRunning'),
    alarmLamp: fault || s.hasTag('estop'),
    heatDisplayC: s.hasTag('heatReady') ? c.heatTempC : s.hasTag('heating') ? Math.round((c.heatTempC + AMBIENT_C) / 2) : AMBIENT_C,
    chillDisplayC: s.hasTag('chillReady') ? c.chillTempC : s.hasTag('chillerCooling') ? Math.round((c.chillTempC + AMBIENT_C) / 2) : AMBIENT_C,
    running: s.hasTag('conveyorRunning'),
    slots: slotsOf(c.line.shoes),
  };
}

export const sameLook = (a: HeatSetterLook, b: HeatSetterLook): boolean =>
  (Object.keys(a) as (keyof HeatSetterLook)[]).every((k) =>
    k === 'slots' ? a.slots.every((sl, i) => sl.zone === b.slots[i]?.zone && sl.t === b.slots[i]?.t) : a[k] === b[k],
  );
