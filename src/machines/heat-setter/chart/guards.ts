import { and, not, stateIn, type EventObject, type GuardArgs, type MachineContext } from 'xstate';
import { canLoad, count } from '../line.ts';
import { controlOf, faultOf, valueOf, type HeatSetterEvent } from './events.ts';
import { SET_VALUES } from './setValues.ts';
import { STATE_IDS } from './stateIds.ts';
import type { HeatSetterContext } from './types.ts';

type Args = GuardArgs<HeatSetterContext, HeatSetterEvent>;
const inState = (id: string) => stateIn<MachineContext, EventObject, unknown>(id);

/** Guard references with their params, as the regions write them. */
export const set = (control: string, value?: string) => ({ type: 'isSet' as const, params: { control, value } });
export const press = (control: string) => ({ type: 'isPress' as const, params: { control } });
export const fault = (id: string) => ({ type: 'isFault' as const, params: { fault: id } });

/** The named guards: event matchers, interlocks and cross-region state checks. */
export const guards = {
  isPress: ({ event }: Args, p: { control: string }) => event.type === 'user.press' && controlOf(event) === p.control,
  isRelease: ({ event }: Args, p: { control: string }) => event.type === 'user.release' && controlOf(event) === p.control,
  isSet: ({ event }: Args, p: { control: string; value?: string | undefined }) => {
    if (event.type !== 'user.set' || controlOf(event) !== p.control) return false;
    const v = valueOf(event) ?? '';
    return (SET_VALUES[p.control] ?? []).includes(v) && (p.value === undefined || v === p.value);
  },
  isFault: ({ event }: Args, p: { fault: string }) => faultOf(event) === p.fault,
  /** The mushroom on the panel or a pull-cord along the line: one e-stop circuit. */
  isStopPull: ({ event }: Args) => event.type === 'user.press' && (controlOf(event) === 'estop' || controlOf(event) === 'pullCord'),
  /** Twisting out the mushroom or resetting the cord switch, once the other is out too. */
  isLastStopReleased: ({ context, event }: Args) =>
    event.type === 'user.release' &&
    ((controlOf(event) === 'estop' && !context.cordPulled) || (controlOf(event) === 'pullCord' && !context.estopDown)),
  isStopReleaseOnly: ({ event }: Args) => event.type === 'user.release' && (controlOf(event) === 'estop' || controlOf(event) === 'pullCord'),
  isPowered: ({ context }: Args) => context.isolatorOn,
  /** The heater may be energised: isolator on, fan running (fan interlock), no e-stop. */
  canHeat: and([({ context }: Args) => context.isolatorOn && context.fanOn && !context.fanFault, not(inState(STATE_IDS.estopped))]),
  isHeatWanted: ({ context }: Args) => context.heatOn,
  hasControllerFault: ({ context }: Args) => context.controllerFault,
  hasFanRunning: ({ context }: Args) => context.isolatorOn && context.fanOn && !context.fanFault,
  hasFanFault: ({ context }: Args) => context.fanFault,
  isChillerWanted: ({ context }: Args) => context.isolatorOn && context.chillerOn,
  isChillerDoorOpen: ({ context }: Args) => context.chillerDoorOpen,
  hasChillerIced: ({ context }: Args) => context.chillerIced,
  isDefrosted: ({ context }: Args) => context.defrosted,
  /** The belt may run: power, no e-stop, chiller door shut, no jam. */
  canRun: and([({ context }: Args) => context.isolatorOn && !context.chillerDoorOpen && !context.line.jammed, not(inState(STATE_IDS.estopped))]),
  isJammed: ({ context }: Args) => context.line.jammed,
  canLoadShoe: ({ context }: Args) => canLoad(context.line),
  hasShoeAtExit: ({ context }: Args) => count(context.line, 'exit') > 0,
  hasShoeOut: ({ context }: Args) => count(context.line, 'out') > 0,
  hasVerdict: ({ context }: Args) => context.lastVerdict !== null,
  isEstopped: inState(STATE_IDS.estopped),
  isRunning: inState(STATE_IDS.running),
  isFanRunningOn: inState(STATE_IDS.heatRunOn),
  isDefrosting: inState(STATE_IDS.defrosting),
  /** Shift end: a shoe kept its shape, the belt empty, everything off, the chiller defrosted and drained. */
  isShiftComplete: ({ context }: Args) =>
    context.goodShoes > 0 &&
    context.line.shoes.length === 0 &&
    !context.isolatorOn &&
    !context.heatOn &&
    !context.chillerOn &&
    !context.fanOn &&
    context.defrosted &&
    context.drained &&
    !context.estopDown &&
    !context.cordPulled,
};

/** Knobs that change the process: not with an e-stop latched (the panel is locked until RESET) [I]. */
export const panelFree = not('isEstopped');
