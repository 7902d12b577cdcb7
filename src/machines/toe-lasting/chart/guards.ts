import { and, not, or, stateIn, type EventObject, type GuardArgs, type MachineContext } from 'xstate';
import { judgeToe } from '../toeQuality.ts';
import { toeInputs } from './derived.ts';
import { controlOf, faultOf, isEstopControl, valueOf, type ToeLastingEvent } from './events.ts';
import { SET_VALUES } from './setValues.ts';
import { STATE_IDS } from './stateIds.ts';
import type { ToeLastingContext } from './types.ts';

type Args = GuardArgs<ToeLastingContext, ToeLastingEvent>;
// A state check reads only the snapshot, so it fits any context (and composes in and/or/not).
const inState = (id: string) => stateIn<MachineContext, EventObject, unknown>(id);

/** Guard references with their params, as the regions write them. */
export const set = (control: string, value?: string) => ({ type: 'isSet' as const, params: { control, value } });
export const press = (control: string) => ({ type: 'isPress' as const, params: { control } });
export const fault = (id: string) => ({ type: 'isFault' as const, params: { fault: id } });

/** The named guards of the toe lasting chart: event matchers, interlock conditions and cross-region state checks. */
export const guards = {
  isPress: ({ event }: Args, p: { control: string }) => event.type === 'user.press' && controlOf(event) === p.control,
  /** A `user.set` of the control to an allowed value (to `value` when given). */
  isSet: ({ event }: Args, p: { control: string; value?: string | undefined }) => {
    if (event.type !== 'user.set' || controlOf(event) !== p.control) return false;
    const v = valueOf(event) ?? '';
    return (SET_VALUES[p.control] ?? []).includes(v) && (p.value === undefined || v === p.value);
  },
  isInspect: ({ event }: Args, p: { control: string }) => event.type === 'user.inspect' && controlOf(event) === p.control,
  isFault: ({ event }: Args, p: { fault: string }) => faultOf(event) === p.fault,
  isEstopPress: ({ event }: Args) => event.type === 'user.press' && isEstopControl(controlOf(event)),
  isEstopRelease: ({ event }: Args) => event.type === 'user.release' && isEstopControl(controlOf(event)),
  isNoEstopDown: ({ context }: Args) => !context.estopDown.base && !context.estopDown.cabinet,
  hasOilLow: ({ context }: Args) => context.oilLow,
  hasWaterInFilter: ({ context }: Args) => context.waterInFilter,
  hasGranulateLow: ({ context }: Args) => context.granulateLow,
  hasPincersGlued: ({ context }: Args) => context.pincersGlued,
  hasNozzleBlocked: ({ context }: Args) => context.nozzleBlocked,
  isCentreLightOn: ({ context }: Args) => context.centreLightOn,
  isLastDwellTick: ({ context }: Args) => context.dwellTicksLeft <= 1,
  isToeGood: ({ context }: Args) => judgeToe(toeInputs(context)).outcome === 'good',
  isLastResultGood: ({ context }: Args) => context.lastResult?.outcome === 'good',
  isEstopped: inState(STATE_IDS.estopped),
  isEstopReleased: inState(STATE_IDS.estopReleased),
  isPowered: inState(STATE_IDS.powered),
  isPressureOk: inState(STATE_IDS.pressureOk),
  isPumpOff: inState(STATE_IDS.pumpOff),
  isMeltReady: inState(STATE_IDS.meltReady),
  /** The pincers pull or the wipers work: settings locked, no hands at the pincers. */
  isCycling: or([inState(STATE_IDS.pulled), inState(STATE_IDS.lasting)]),
  /** Shift end: a good toe made, the last off the rest, the machine switched off, no e-stop. */
  isShutDownComplete: and([({ context }: Args) => context.goodToes > 0, inState(STATE_IDS.empty), not(inState(STATE_IDS.estopped))]),
};
