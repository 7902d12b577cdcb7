import { assign, setup } from 'xstate';
import type { ChartEvent } from '../../engine/gladiEvent.ts';
import { CURE_TIMES_MIN, HEAT_RAMP_MS, SETPOINTS_C } from './constants.ts';
import { LIFT_TEMP_C, isVenting, type CureLevel } from './physics.ts';
import { RESULT_OF, type AutoclaveContext } from './types.ts';

type E = ChartEvent;
type Args = { context: AutoclaveContext; event: E };

const control = (e: E) => ('control' in e ? e.control : undefined);
const value = (e: E) => (e.type === 'user.set' ? e.value : undefined);
const signal = (e: E) => (e.type === 'process.signal' ? e.signal : undefined);
const isSet = (e: E, c: string, v: string) => control(e) === c && value(e) === v;

const LEVELS: readonly CureLevel[] = ['none', 'partial', 'good', 'over'];
/** A cure signal may only raise the class, and only while the rack is in a steaming tank. */
const cureSignal = (c: AutoclaveContext, e: E, to: CureLevel) =>
  signal(e) === `cure.${to}` && c.cartIn && c.pressurised && LEVELS.indexOf(to) > LEVELS.indexOf(c.cure);

export const initialContext: AutoclaveContext = {
  door: 'open',
  controllerOn: false,
  supplyOpen: false,
  ventOpen: true,
  reliefOpen: false,
  estopDown: false,
  setpointC: SETPOINTS_C[0],
  cureMin: CURE_TIMES_MIN[0],
  pressurised: false,
  hot: false,
  condensate: false,
  cartIn: false,
  gloves: false,
  cure: 'none',
  cureTimerDone: false,
  safetyLifted: false,
  result: null,
  batch: 0,
  goodBatches: 0,
  sealLeak: false,
  ventStuck: false,
  checks: { safetyValve: false, doorSeal: false },
};

export const guards = {
  isSet: ({ event }: Args, p: { control: string; value: string }) => isSet(event, p.control, p.value),
  isPress: ({ event }: Args, p: { control: string }) => event.type === 'user.press' && control(event) === p.control,
  isRelease: ({ event }: Args, p: { control: string }) => event.type === 'user.release' && control(event) === p.control,
  isFault: ({ event }: Args, p: { fault: string }) => event.type === 'fault.inject' && event.fault === p.fault,
  isInspect: ({ event }: Args, p: { control: string }) => event.type === 'user.inspect' && control(event) === p.control,
  /** The door-pressure interlock: steam only into a closed, locked tank, with the controller on and no e-stop. */
  canAdmitSteam: ({ context: c }: Args) => c.door === 'locked' && c.controllerOn && !c.estopDown,
  /** The door lock turns back only at zero gauge pressure, with the supply shut and the vent open. */
  canUnlock: ({ context: c }: Args) => c.door === 'locked' && !c.pressurised && !c.supplyOpen && c.ventOpen,
  isDoorOpen: ({ context: c }: Args) => c.door === 'open',
  isDoorClosed: ({ context: c }: Args) => c.door === 'closed',
  isEstopDown: ({ context: c }: Args) => c.estopDown,
  isPressurised: ({ context: c }: Args) => c.pressurised,
  hasCondensate: ({ context: c }: Args) => c.condensate,
  isSealLeaking: ({ context: c }: Args) => c.sealLeak,
  isVentStuck: ({ context: c }: Args) => c.ventStuck,
  isSupplyOpen: ({ context: c }: Args) => c.supplyOpen,
  isCartIn: ({ context: c }: Args) => c.cartIn,
  isCure30: ({ context: c }: Args) => c.cureMin === 30,
  isCure60: ({ context: c }: Args) => c.cureMin === 60,
  /** Done: the batch is good, the condensate drained and the controller switched off. */
  isFinished: ({ context: c }: Args) => c.result === 'good' && !c.condensate && !c.controllerOn,
  // Process signals, accepted only where the physics can send them (the exhaustive tests send them anywhere).
  isPressureUp: ({ context: c, event }: Args) => signal(event) === 'pressureUp' && c.supplyOpen && !c.pressurised && !isVenting(c),
  isPressureZero: ({ context: c, event }: Args) => signal(event) === 'pressureZero' && c.pressurised && (!c.supplyOpen || isVenting(c)),
  isSafetyLift: ({ context: c, event }: Args) =>
    signal(event) === 'safetyLift' && c.pressurised && c.supplyOpen && !c.safetyLifted && !c.sealLeak && c.setpointC > LIFT_TEMP_C,
  isCurePartial: ({ context: c, event }: Args) => cureSignal(c, event, 'partial'),
  isCureGood: ({ context: c, event }: Args) => cureSignal(c, event, 'good'),
  isCureOver: ({ context: c, event }: Args) => cureSignal(c, event, 'over'),
  isCool: ({ context: c, event }: Args) => signal(event) === 'cool' && c.hot && !c.supplyOpen && !c.pressurised,
};

// Standalone actions need the chart's types spelled out once (setup() types them inline).
const update = assign<AutoclaveContext, E, undefined, E, never>;

export const actions = {
  openSupply: update({ supplyOpen: true, hot: true, condensate: true, cureTimerDone: false, safetyLifted: false }),
  closeSupply: update({ supplyOpen: false }),
  estopCut: update({ estopDown: true, supplyOpen: false, ventOpen: true }),
  estopRelease: update({ estopDown: false }),
  controllerOn: update({ controllerOn: true }),
  controllerOff: update({ controllerOn: false }),
  markCureTimerDone: update({ cureTimerDone: true }),
  setSetpoint: update(({ event }) => ({ setpointC: Number(value(event)) })),
  setCureTime: update(({ event }) => ({ cureMin: Number(value(event)) })),
  setVent: update(({ event }) => ({ ventOpen: value(event) === 'open' })),
  setRelief: update(({ event }) => ({ reliefOpen: value(event) === 'lifted' })),
  setGloves: update(({ event }) => ({ gloves: value(event) === 'on' })),
  closeDoor: update({ door: 'closed' as const }),
  openDoor: update({ door: 'open' as const }),
  lockDoor: update({ door: 'locked' as const }),
  unlockDoor: update({ door: 'closed' as const }),
  drain: update({ condensate: false }),
  cartIn: update({ cartIn: true }),
  unload: update(({ context: c }) => {
    const result = RESULT_OF[c.cure];
    return { cartIn: false, result, goodBatches: c.goodBatches + (result === 'good' ? 1 : 0) };
  }),
  reload: update(({ context: c }) => ({ batch: c.batch + 1, cure: 'none' as const, result: null, cureTimerDone: false })),
  inspectSafetyValve: update(({ context: c }) => ({ checks: { ...c.checks, safetyValve: true } })),
  inspectDoorSeal: update(({ context: c }) => ({ checks: { ...c.checks, doorSeal: true } })),
  leakSeal: update({ sealLeak: true }),
  replaceSeal: update({ sealLeak: false }),
  stickVent: update({ ventStuck: true }),
  freeVent: update({ ventStuck: false }),
  pressureUp: update({ pressurised: true }),
  pressureZero: update({ pressurised: false }),
  safetyLift: update({ safetyLifted: true }),
  cool: update({ hot: false }),
  curePartial: update({ cure: 'partial' as const }),
  cureGood: update({ cure: 'good' as const }),
  cureOver: update({ cure: 'over' as const }),
};

/** The cure hold's three lengths are three named fixed delays, so the exhaustive tests can time them. */
export const autoclaveSetup = setup({
  types: { context: {} as AutoclaveContext, events: {} as ChartEvent },
  delays: {
    heatRamp: HEAT_RAMP_MS,
    cure30: 30 * 60_000,
    cure60: 60 * 60_000,
    cure90: 90 * 60_000,
  },
  guards,
  actions,
});
