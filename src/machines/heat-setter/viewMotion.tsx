import type { Object3D } from 'three';
import { SPEED_SETTINGS_M_MIN, STEAM_SETTINGS } from './constants.ts';
import type { HeatSetterLook, SlotLook } from './look.ts';
import { SHOE_Z } from './model/layout.ts';

// Poses (pivot conventions in tools/models/README.md and the model files).
const DEG = Math.PI / 180;
const SWITCH_ON_RAD = -90 * DEG;
const SELECTOR_ON_RAD = -45 * DEG;
const SWEEP_RAD = 270 * DEG;
const DOOR_OPEN_RAD = 80 * DEG;
const ESTOP_TRAVEL_M = 0.012;
const CORD_SAG_M = 0.06;
const CURTAIN_SWING_RAD = -35 * DEG;
/** A shoe this near a curtain (fraction of the heat zone) pushes the flaps aside. */
const CURTAIN_NEAR = 0.1;

const knobRad = (v: number | string, values: readonly (number | string)[]) => -(values.indexOf(v as never) / Math.max(1, values.length - 1)) * SWEEP_RAD;

export interface Channel {
  value: number;
  target: number;
  readonly rate: number;
  readonly apply: (v: number) => void;
}

type Nodes = Record<string, Object3D>;
const ch = (rate: number, apply: (v: number) => void, value = 0): Channel => ({ value, target: value, rate, apply });

/** Where a slot's shoe stands along the line, metres (z). */
export function shoeZ(slot: SlotLook): number {
  const lerp = (a: readonly [number, number], t: number) => a[0] + (a[1] - a[0]) * t;
  if (slot.zone === 'heat') return lerp(SHOE_Z.heat, slot.t) / 1000;
  if (slot.zone === 'chill') return lerp(SHOE_Z.chill, slot.t) / 1000;
  if (slot.zone === 'exit') return SHOE_Z.exit / 1000;
  return SHOE_Z.out / 1000;
}

/** The eased channels of the line's moving parts, each applying its value to its node. */
export function makeChannels(n: Nodes) {
  const rest = (o: Object3D) => ((o.userData as { gladiZ?: number }).gladiZ ??= o.position.z);
  const restY = (o: Object3D) => ((o.userData as { gladiY?: number }).gladiY ??= o.position.y);
  const estopZ = rest(n.estop!);
  const cordY = restY(n.pullCord!);
  const slots = [n.shoeSlot0!, n.shoeSlot1!, n.shoeSlot2!, n.shoeSlot3!];
  return {
    isolator: ch(12, (v) => (n.isolator!.rotation.z = v)),
    fan: ch(12, (v) => (n.fanButton!.rotation.z = v)),
    compressor: ch(12, (v) => (n.compressorSwitch!.rotation.z = v)),
    speed: ch(10, (v) => (n.speedKnob!.rotation.z = v)),
    steam: ch(8, (v) => (n.steamRegulator!.rotation.y = v)),
    door: ch(2, (v) => (n.chillerDoor!.rotation.y = v)),
    estop: ch(25, (v) => (n.estop!.position.z = estopZ - v)),
    cord: ch(10, (v) => (n.pullCord!.position.y = cordY - v)),
    entrance: ch(6, (v) => (n.entranceCurtain!.rotation.x = v)),
    exit: ch(6, (v) => (n.exitCurtain!.rotation.x = v)),
    slots: slots.map((o) => ch(1.5, (v) => (o.position.z = v), rest(o))),
  };
}
export type Channels = ReturnType<typeof makeChannels>;

/** Sets every channel's target from the look (never per-frame React state: the frame loop eases toward these). */
export function aim(c: Channels, look: HeatSetterLook): void {
  c.isolator.target = look.isolatorOn ? SWITCH_ON_RAD : 0;
  c.fan.target = look.fanOn ? SELECTOR_ON_RAD : 0;
  c.compressor.target = look.chillerOn ? SELECTOR_ON_RAD : 0;
  c.speed.target = knobRad(look.speedMMin, SPEED_SETTINGS_M_MIN);
  c.steam.target = (knobRad(look.steam, STEAM_SETTINGS) * 180) / 270;
  c.door.target = look.chillerDoorOpen ? DOOR_OPEN_RAD : 0;
  c.estop.target = look.estop ? ESTOP_TRAVEL_M : 0;
  c.cord.target = look.cord ? CORD_SAG_M : 0;
  const inHeat = look.slots.filter((s) => s.zone === 'heat');
  c.entrance.target = inHeat.some((s) => s.t < CURTAIN_NEAR) ? CURTAIN_SWING_RAD : 0;
  c.exit.target = inHeat.some((s) => s.t > 1 - CURTAIN_NEAR) ? CURTAIN_SWING_RAD : 0;
  look.slots.forEach((s, i) => {
    const channel = c.slots[i];
    if (!channel || s.zone === null) return;
    // A shoe just loaded appears on the infeed table rather than sliding back from where the last one was.
    if (channel.target !== shoeZ(s) && s.zone === 'heat' && s.t === 0) channel.value = shoeZ(s);
    channel.target = shoeZ(s);
  });
}

