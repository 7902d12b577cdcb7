import { and, not, or, stateIn, type EventObject, type GuardArgs, type MachineContext } from 'xstate';
import { judgeBond } from '../bondQuality.ts';
import { bondInputs, hasAirPressure } from './derived.ts';
import { controlOf, faultOf, isEstopControl, valueOf, type SolePressEvent } from './events.ts';
import { SET_VALUES } from './setValues.ts';
import { STATE_IDS } from './stateIds.ts';
import type { SolePressContext } from './types.ts';

type Args = GuardArgs<SolePressContext, SolePressEvent>;
// A state check reads only the snapshot, so it fits any context (and composes in and/or/not).
const inState = (id: string) => stateIn<MachineContext, EventObject, unknown>(id);

/** Guard references with their params, as the regions write them. */
export const set = (control: string, value?: string) => ({ type: 'isSet' as const, params: { control, value } });
export const press = (control: string) => ({ type: 'isPress' as const, params: { control } });
export const fault = (id: string) => ({ type: 'isFault' as const, params: { fault: id } });

/** The named guards of the sole press chart: event matchers, interlock conditions and cross-region state checks. */
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
  isEstopPress: ({ event }: Args) => event.type === 'user.press' && isEstopControl(controlOf(event)),
  isEstopRelease: ({ event }: Args) => event.type === 'user.release' && isEstopControl(controlOf(event)),
  isNoEstopDown: ({ context }: Args) => !context.estopDown.press && !context.estopDown.reactivator,
  hasAir: ({ context }: Args) => hasAirPressure(context),
  isZoneObstructed: ({ context }: Args) => context.zoneObstructed,
  hasHandsInZone: ({ context }: Args) => context.handsInZone,
  isAuto: ({ context }: Args) => context.mode === 'auto',
  isManual: ({ context }: Args) => context.mode === 'manual',
  hasWaterInBowl: ({ context }: Args) => context.waterInBowl,
  hasAirSupplyLow: ({ context }: Args) => context.airSupplyLow,
  hasReactivatorFault: ({ context }: Args) => context.reactivatorFault !== null,
  isAirValveClosed: ({ context }: Args) => !context.airValveOpen,
  isLastHoldTick: ({ context }: Args) => context.holdTicksLeft <= 1,
  isLastReactTick: ({ context }: Args) => context.reactTicksLeft <= 1,
  isBondGood: ({ context }: Args) => judgeBond(bondInputs(context)).outcome === 'good',
  /** Shift end: a good sole made, work off the station, both machines off, air shut, no e-stop. */
  isShutDownComplete: and([
    ({ context }: Args) => context.goodSoles > 0 && !context.airValveOpen,
    inState(STATE_IDS.reactivatorOff),
    inState(STATE_IDS.atBench),
    not(inState(STATE_IDS.estopped)),
  ]),
  isEstopped: inState(STATE_IDS.estopped),
  isEstopReleased: inState(STATE_IDS.estopReleased),
  isCycling: inState(STATE_IDS.cycle),
  isReactivatorReady: inState(STATE_IDS.reactivatorReady),
  isReactivatorOff: inState(STATE_IDS.reactivatorOff),
  isActivating: inState(STATE_IDS.activating),
  /** Fresh cemented work from the bench, or work in hand that has not had its sole laid yet. */
  canLoadWork: or([inState(STATE_IDS.atBench), inState(STATE_IDS.inHand)]),
  isShoeReadyOnPad: inState(STATE_IDS.onPad),
  isAtBench: inState(STATE_IDS.atBench),
  isSoleUnprepared: ({ context }: Args) => context.soleSurface !== 'prepared',
  /** The sole laid on the upper (on the bench or on the pad, cover up): it can still be peeled off. */
  canPeelSole: and([or([inState(STATE_IDS.soleLaid), inState(STATE_IDS.onPad)]), not(inState(STATE_IDS.cycle))]),
  hasShoeOnPad: or([inState(STATE_IDS.onPad), inState(STATE_IDS.pressing), inState(STATE_IDS.bonded)]),
  isInBonded: inState(STATE_IDS.bonded),
};
