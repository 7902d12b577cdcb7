import { and, not, or, stateIn, type EventObject, type GuardArgs, type MachineContext } from 'xstate';
import { judgeBackPart } from '../backPart.ts';
import { backPartInputs, hasAirPressure, pressingOf } from './derived.ts';
import { BUTTONS, controlOf, faultOf, isHandButton, otherButton, stationOf, valueOf, type CounterMoulderEvent } from './events.ts';
import { SET_VALUES } from './setValues.ts';
import { STATE_IDS } from './stateIds.ts';
import type { CounterMoulderContext, Station } from './types.ts';

type Args = GuardArgs<CounterMoulderContext, CounterMoulderEvent>;
// A state check reads only the snapshot, so it fits any context (and composes in and/or/not).
const inState = (id: string) => stateIn<MachineContext, EventObject, unknown>(id);

/** Guard references with their params, as the regions write them. */
export const set = (control: string, value?: string) => ({ type: 'isSet' as const, params: { control, value } });
export const press = (control: string) => ({ type: 'isPress' as const, params: { control } });
export const fault = (id: string) => ({ type: 'isFault' as const, params: { fault: id } });

const buttonOf = (e: CounterMoulderEvent) => {
  const c = controlOf(e);
  return isHandButton(c) ? c : null;
};

/** The named guards of the counter moulder chart: event matchers, interlocks and cross-region state checks. */
export const guards = {
  isPress: ({ event }: Args, p: { control: string }) => event.type === 'user.press' && controlOf(event) === p.control,
  isRelease: ({ event }: Args, p: { control: string }) => event.type === 'user.release' && controlOf(event) === p.control,
  /** A `user.set` of the control to an allowed value (to `value` when given). */
  isSet: ({ event }: Args, p: { control: string; value?: string | undefined }) => {
    if (event.type !== 'user.set' || controlOf(event) !== p.control) return false;
    const v = valueOf(event) ?? '';
    return (SET_VALUES[p.control] ?? []).includes(v) && (p.value === undefined || v === p.value);
  },
  isFault: ({ event }: Args, p: { fault: string }) => faultOf(event) === p.fault,
  // The start buttons of one station.
  isButtonPress: ({ event }: Args, p: { station: Station }) => {
    const b = buttonOf(event);
    return event.type === 'user.press' && b !== null && stationOf(b) === p.station;
  },
  isButtonRelease: ({ event }: Args, p: { station: Station }) => {
    const b = buttonOf(event);
    return event.type === 'user.release' && b !== null && stationOf(b) === p.station;
  },
  /** The second button of the station while the first is still held (the window itself is the timer). */
  isSecondPress: ({ context, event }: Args, p: { station: Station }) => {
    const b = buttonOf(event);
    return event.type === 'user.press' && b !== null && stationOf(b) === p.station && context.held[otherButton(b)] && !context.held[b];
  },
  isNoneHeld: ({ context }: Args, p: { station: Station }) => BUTTONS[p.station].every((b) => !context.held[b]),
  isLastTick: ({ context }: Args, p: { station: Station }) => context.ticksLeft[p.station] <= 1,
  isEstopPress: ({ event }: Args) => event.type === 'user.press' && controlOf(event) === 'estop',
  isMainOn: ({ context }: Args) => context.mainOn,
  /** No start button held: both hands are free for a knob, a switch or the work [I]. */
  isHandsFree: ({ context }: Args) => !Object.values(context.held).some(Boolean),
  isHeaterPowered: ({ context }: Args) => context.mainOn && context.heaterOn,
  isChillerPowered: ({ context }: Args) => context.mainOn && context.chillerOn,
  hasControllerFault: ({ context }: Args) => context.controllerFault,
  hasAir: ({ context }: Args) => hasAirPressure(context),
  hasAirSupplyLow: ({ context }: Args) => context.airSupplyLow,
  isCounterOffCentre: ({ context }: Args) => !context.counterCentred,
  isColdResultGood: ({ context }: Args) => judgeBackPart({ ...backPartInputs(context), cold: pressingOf(context, 'cold') }).outcome === 'good',
  /** Shift end: a good back part made, the upper off the machine, everything switched off, no e-stop. */
  isShiftComplete: and([
    ({ context }: Args) => context.goodBackParts > 0 && !context.mainOn && !context.heaterOn && !context.chillerOn,
    inState(STATE_IDS.bench),
    not(inState(STATE_IDS.estopped)),
  ]),
  isEstopped: inState(STATE_IDS.estopped),
  isEstopReleased: inState(STATE_IDS.estopReleased),
  isHeaterReady: and([inState(STATE_IDS.mouldsReady), ({ context }: Args) => context.mainOn && context.heaterOn]),
  isChillerReady: and([inState(STATE_IDS.mouldsReady), ({ context }: Args) => context.mainOn && context.chillerOn]),
  /** The heater no longer powered (its switch off): the controller may be repaired. */
  isHeaterOff: ({ context }: Args) => !context.heaterOn,
  /** Either pad closing or closed: the controllers' settings are locked. */
  isCycling: or([inState(STATE_IDS.hotCycle), inState(STATE_IDS.coldCycle)]),
  isPadMoving: or([inState(STATE_IDS.hotClosing), inState(STATE_IDS.hotOpening), inState(STATE_IDS.coldClosing), inState(STATE_IDS.coldOpening)]),
  isHotOpen: inState(STATE_IDS.hotOpen),
  isColdOpen: inState(STATE_IDS.coldOpen),
  /** The counter can be set right only off the pads: on the bench or on the open hot former. */
  canReachCounter: or([inState(STATE_IDS.ready), inState(STATE_IDS.onHot)]),
};

/**
 * Hand work on the upper, the knobs and the switches: hands off the start buttons, no pad on its
 * way, and not during an e-stop: it locks the panel until RESET [I].
 */
export const handsFree = and(['isHandsFree', not('isEstopped'), not('isPadMoving')]);

/**
 * The knobs, and switching something ON: also not while a pad is closed nor while the counter is
 * soft (no time for it then). Neither may start a warm-up in the middle of a moulding [I].
 */
export const panelFree = and([handsFree, not('isCycling'), not(inState(STATE_IDS.softened))]);

/** The full interlock of a station, composed from the guards above. */
export const canCycle = (station: Station) =>
  and([
    'isMainOn',
    'hasAir',
    not('isEstopped'),
    station === 'hot' ? 'isHeaterReady' : 'isChillerReady',
    inState(station === 'hot' ? STATE_IDS.onHot : STATE_IDS.onCold),
  ]);
