import { and, assign, not, or, raise, setup, stateIn } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { judgeBond, type BondInputs, type BondResult, type SoleSurface } from './bondQuality.ts';
import {
  AIR_MIN_BAR,
  AIR_SUPPLY_LOW_BAR,
  COVER_CLOSE_MS,
  COVER_OPEN_MS,
  EXHAUST_MS,
  HOLD_TICK_MS,
  JACK_DEFAULT,
  JACK_POSITION_IDS,
  OPEN_TIME_MS,
  PRESSURE_BUILD_MS,
  PRESS_TIME_DEFAULT_S,
  PRESS_TIME_SETTINGS_S,
  REACTIVATION_TICK_MS,
  REACTIVATOR_COLD_FAULT_OFFSET_C,
  REACTIVATOR_HOT_FAULT_OFFSET_C,
  REACTIVATOR_TEMP_DEFAULT_C,
  REACTIVATOR_TEMP_SETTINGS_C,
  REACTIVATOR_TIME_DEFAULT_S,
  REACTIVATOR_TIME_SETTINGS_S,
  REACTIVATOR_WARM_UP_MS,
  REGULATOR_DEFAULT_BAR,
  REGULATOR_SETTINGS_BAR,
  WORK_TICKET_SIZE_EU,
  type JackPosition,
} from './constants.ts';

/**
 * The sole attaching station (domain brief §10): a pneumatic cover-type sole press (FX821 /
 * LD-585C behaviour: AUTO closes when the hands leave, MANUAL needs START, STOP opens the cover)
 * plus a separate IR reactivator, as five parallel regions:
 * - `safety`: the one e-stop circuit. Both mushrooms (press and reactivator) are wired in series
 *   into it: either one latches it, and it cuts BOTH machines — the press valves dump the pad
 *   and vent the cover, the reactivator's IR lamps go off — so an e-stop never leaves a hazard.
 *   RESET (on the press panel) only works once both mushrooms are twisted out.
 * - `air`: line valve, regulator and supply (the gauge on the filter-regulator).
 * - `press`: main switch, cover and pad cycle. Interlocks are guards: no cycle without air at
 *   the minimum, a shoe laid and placed, and the hands-clear sensor clear.
 * - `reactivator`: switch, warm-up to the ready lamp, the timed exposure of the work.
 * - `work`: where the one cemented sole + lasted upper is, its adhesive open time, and the bond
 *   result after pressing (computed by the pure `judgeBond`).
 * All timing comes from named fixed delays; the hold and the exposure are counted down in fixed
 * ticks so the exploration helpers stay exact.
 */

/** `upperPrep`/`solePrep`: bottom preparation of the work as it arrives (domain brief §10.2). */
export type InspectPoint = 'filterBowl' | 'pad' | 'upperPrep' | 'solePrep' | 'soleEdges';
const BENCH_CHECKS: readonly string[] = ['upperPrep', 'solePrep'];
export type StopReason = 'stopButton' | 'hands' | 'blocked' | 'airLost';
export type EstopButton = 'press' | 'reactivator';

export interface Film {
  /** Film temperature reached under the lamps, °C. */
  readonly tempC: number;
  /** Time under the lamps, s. */
  readonly exposureS: number;
}

export interface SolePressContext {
  // Air supply
  airValveOpen: boolean;
  regulatorBar: number;
  /** Fault `airLow`: the compressor does not keep up; regulated air falls below the minimum. */
  airSupplyLow: boolean;
  /** Condensate in the filter bowl (drained as a pre-operation check). */
  waterInBowl: boolean;
  // Press
  mainOn: boolean;
  mode: 'manual' | 'auto';
  pressTimeS: number;
  toeJack: JackPosition;
  heelJack: JackPosition;
  /** The hands-clear sensor sees hands (the artisan's) in the working area. */
  handsInZone: boolean;
  /** Fault `coverBlocked`: something lies in the sensor beam / under the cover. */
  zoneObstructed: boolean;
  /** What blocks the beam is the test rod of the sensor test (taken out with `clearZone`). */
  testRodInBeam: boolean;
  /** Fault `padWorn`: the forepart of the pad is worn thin or has shifted. */
  padWorn: boolean;
  /** Faults `soleNotRoughened` / `soleContaminated`: how bottom preparation left the sole. */
  soleSurface: SoleSurface;
  /** What the last bench check of the sole found wrong (null: nothing, or not looked at yet). */
  soleFinding: Exclude<SoleSurface, 'prepared'> | null;
  /** Hold ticks still to go in this cycle (loaded when the pad starts to fill). */
  holdTicksLeft: number;
  /** Why the last cycle was cut short (shown until the next cycle or the shoe is taken). */
  lastStop: StopReason | null;
  // Reactivator
  reactivatorSwitchOn: boolean;
  reactivatorTempC: number;
  reactivatorTimeS: number;
  /** Fault `reactivatorCold` (a failed IR tube) or `reactivatorHot` (a stuck heater relay). */
  reactivatorFault: 'cold' | 'hot' | null;
  reactTicksLeft: number;
  // Safety
  estopDown: Record<EstopButton, boolean>;
  // Work
  /** The reactivation the work got (null before it went under the lamps). */
  film: Film | null;
  /** The adhesive film went dead: open time exceeded before pressing. */
  adhesiveDead: boolean;
  /** The bond of the last pressed sole (set when the pad lets go). */
  lastBond: BondResult | null;
  goodSoles: number;
  defectSoles: number;
  checks: Record<InspectPoint, boolean>;
  /** Functional test of the pre-operation checklist: the hands sensor blocked the press (the test
   *  rod in the beam of a ready press) or stopped a closing cover (a hand in a real cycle). */
  tests: { sensorTrip: boolean };
}

type Ev = GladiEvent | { type: 'press.pressing' } | { type: 'press.released' } | { type: 'reactivator.ended' };
const controlOf = (e: Ev): string | undefined => ('control' in e ? e.control : undefined);
const valueOf = (e: Ev): string | undefined => (e.type === 'user.set' ? e.value : undefined);
const faultOf = (e: Ev): string | undefined => (e.type === 'fault.inject' ? e.fault : undefined);
const isEstopControl = (c: string | undefined): c is 'estop' | 'reactivatorEstop' => c === 'estop' || c === 'reactivatorEstop';
const estopButtonOf = (c: 'estop' | 'reactivatorEstop'): EstopButton => (c === 'estop' ? 'press' : 'reactivator');

/** Allowed values of every `user.set` control (anything else is refused). */
export const SET_VALUES: Readonly<Record<string, readonly string[]>> = {
  airLineValve: ['open', 'closed'],
  airRegulator: REGULATOR_SETTINGS_BAR.map(String),
  mainSwitch: ['on', 'off'],
  modeSelector: ['manual', 'auto'],
  pressTime: PRESS_TIME_SETTINGS_S.map(String),
  toeJack: JACK_POSITION_IDS,
  heelJack: JACK_POSITION_IDS,
  reactivatorSwitch: ['on', 'off'],
  reactivatorTemp: REACTIVATOR_TEMP_SETTINGS_C.map(String),
  reactivatorTimer: REACTIVATOR_TIME_SETTINGS_S.map(String),
  tray: ['in', 'out'],
  shoe: ['onPad', 'removed'],
};

/** Hold ticks for a press-time setting. */
export const holdTicksFor = (pressTimeS: number): number => Math.round((pressTimeS * 1000) / HOLD_TICK_MS);
/** Exposure ticks for a reactivator-timer setting. */
export const reactTicksFor = (timeS: number): number => Math.round((timeS * 1000) / REACTIVATION_TICK_MS);

/** Regulated air pressure on the filter-regulator gauge (0 with the line valve closed). */
export const airPressureBar = (c: SolePressContext): number => {
  if (!c.airValveOpen) return 0;
  return c.airSupplyLow ? Math.min(c.regulatorBar, AIR_SUPPLY_LOW_BAR) : c.regulatorBar;
};
export const hasAirPressure = (c: SolePressContext): boolean => airPressureBar(c) >= AIR_MIN_BAR;

/** Film temperature the lamps give with the present setpoint and fault. */
export const filmTempFor = (c: SolePressContext): number =>
  c.reactivatorTempC +
  (c.reactivatorFault === 'cold' ? REACTIVATOR_COLD_FAULT_OFFSET_C : c.reactivatorFault === 'hot' ? REACTIVATOR_HOT_FAULT_OFFSET_C : 0);

/** The reactivation the work has had so far in this exposure (read when it leaves the lamps). */
const filmSoFar = (c: SolePressContext): Film => ({
  tempC: filmTempFor(c),
  exposureS: ((reactTicksFor(c.reactivatorTimeS) - c.reactTicksLeft) * REACTIVATION_TICK_MS) / 1000,
});

/** Bond inputs from the context; `heldS` is what the pad has held so far (all of it at the end). */
export const bondInputs = (c: SolePressContext, heldS = ((holdTicksFor(c.pressTimeS) - c.holdTicksLeft) * HOLD_TICK_MS) / 1000): BondInputs => ({
  filmTempC: c.film?.tempC ?? 0,
  reactivationS: c.film?.exposureS ?? 0,
  openTimeExceeded: c.adhesiveDead,
  pressureBar: c.regulatorBar,
  heldS,
  toeJack: c.toeJack,
  heelJack: c.heelJack,
  shoeSize: WORK_TICKET_SIZE_EU,
  padWorn: c.padWorn,
  soleSurface: c.soleSurface,
});

export const initialContext = (): SolePressContext => ({
  airValveOpen: false,
  regulatorBar: REGULATOR_DEFAULT_BAR,
  airSupplyLow: false,
  waterInBowl: true,
  mainOn: false,
  mode: 'manual',
  pressTimeS: PRESS_TIME_DEFAULT_S,
  toeJack: JACK_DEFAULT,
  heelJack: JACK_DEFAULT,
  handsInZone: false,
  zoneObstructed: false,
  testRodInBeam: false,
  padWorn: false,
  soleSurface: 'prepared',
  soleFinding: null,
  holdTicksLeft: 0,
  lastStop: null,
  reactivatorSwitchOn: false,
  reactivatorTempC: REACTIVATOR_TEMP_DEFAULT_C,
  reactivatorTimeS: REACTIVATOR_TIME_DEFAULT_S,
  reactivatorFault: null,
  reactTicksLeft: 0,
  estopDown: { press: false, reactivator: false },
  film: null,
  adhesiveDead: false,
  lastBond: null,
  goodSoles: 0,
  defectSoles: 0,
  checks: { filterBowl: false, pad: false, upperPrep: false, solePrep: false, soleEdges: false },
  tests: { sensorTrip: false },
});

const ID = '#solePress';
export const STATE_IDS = {
  estopped: `${ID}.safety.estopped`,
  estopReleased: `${ID}.safety.estopped.released`,
  cycle: `${ID}.press.powered.cycle`,
  pressReady: `${ID}.press.powered.ready`,
  exhausting: `${ID}.press.powered.cycle.exhausting`,
  reactivatorOff: `${ID}.reactivator.off`,
  reactivatorReady: `${ID}.reactivator.on.ready`,
  activating: `${ID}.reactivator.on.activating`,
  atBench: `${ID}.work.atBench`,
  inHand: `${ID}.work.open.inHand`,
  soleLaid: `${ID}.work.open.soleLaid`,
  onPad: `${ID}.work.open.onPad`,
  pressing: `${ID}.work.pressing`,
  bonded: `${ID}.work.bonded`,
} as const;

const set = (control: string, value?: string) => ({ type: 'isSet' as const, params: { control, value } });
const press = (control: string) => ({ type: 'isPress' as const, params: { control } });
const fault = (id: string) => ({ type: 'isFault' as const, params: { fault: id } });

export const solePressMachine = setup({
  types: {
    context: {} as SolePressContext,
    events: {} as Ev,
  },
  delays: {
    reactivatorWarmUp: REACTIVATOR_WARM_UP_MS,
    reactivationTick: REACTIVATION_TICK_MS,
    coverClose: COVER_CLOSE_MS,
    pressureBuild: PRESSURE_BUILD_MS,
    holdTick: HOLD_TICK_MS,
    exhaust: EXHAUST_MS,
    coverOpen: COVER_OPEN_MS,
    openTime: OPEN_TIME_MS,
  },
  guards: {
    isPress: ({ event }, p: { control: string }) => event.type === 'user.press' && controlOf(event) === p.control,
    isRelease: ({ event }, p: { control: string }) => event.type === 'user.release' && controlOf(event) === p.control,
    /** A `user.set` of the control to an allowed value (to `value` when given). */
    isSet: ({ event }, p: { control: string; value?: string | undefined }) => {
      if (event.type !== 'user.set' || controlOf(event) !== p.control) return false;
      const v = valueOf(event) ?? '';
      return (SET_VALUES[p.control] ?? []).includes(v) && (p.value === undefined || v === p.value);
    },
    isFault: ({ event }, p: { fault: string }) => faultOf(event) === p.fault,
    isEstopPress: ({ event }) => event.type === 'user.press' && isEstopControl(controlOf(event)),
    isEstopRelease: ({ event }) => event.type === 'user.release' && isEstopControl(controlOf(event)),
    isNoEstopDown: ({ context }) => !context.estopDown.press && !context.estopDown.reactivator,
    hasAir: ({ context }) => hasAirPressure(context),
    isZoneObstructed: ({ context }) => context.zoneObstructed,
    hasHandsInZone: ({ context }) => context.handsInZone,
    isAuto: ({ context }) => context.mode === 'auto',
    isManual: ({ context }) => context.mode === 'manual',
    hasWaterInBowl: ({ context }) => context.waterInBowl,
    hasAirSupplyLow: ({ context }) => context.airSupplyLow,
    hasReactivatorFault: ({ context }) => context.reactivatorFault !== null,
    isAirValveClosed: ({ context }) => !context.airValveOpen,
    isLastHoldTick: ({ context }) => context.holdTicksLeft <= 1,
    isLastReactTick: ({ context }) => context.reactTicksLeft <= 1,
    isBondGood: ({ context }) => judgeBond(bondInputs(context)).outcome === 'good',
    /** Shift end: a good sole made, work off the station, both machines off, air shut, no e-stop. */
    isShutDownComplete: and([
      ({ context }) => context.goodSoles > 0 && !context.airValveOpen,
      stateIn(STATE_IDS.reactivatorOff),
      stateIn(STATE_IDS.atBench),
      not(stateIn(STATE_IDS.estopped)),
    ]),
    isEstopped: stateIn(STATE_IDS.estopped),
    isEstopReleased: stateIn(STATE_IDS.estopReleased),
    isCycling: stateIn(STATE_IDS.cycle),
    isReactivatorReady: stateIn(STATE_IDS.reactivatorReady),
    isReactivatorOff: stateIn(STATE_IDS.reactivatorOff),
    isActivating: stateIn(STATE_IDS.activating),
    /** Fresh cemented work from the bench, or work in hand that has not had its sole laid yet. */
    canLoadWork: or([stateIn(STATE_IDS.atBench), stateIn(STATE_IDS.inHand)]),
    isShoeReadyOnPad: stateIn(STATE_IDS.onPad),
    isAtBench: stateIn(STATE_IDS.atBench),
    isSoleUnprepared: ({ context }) => context.soleSurface !== 'prepared',
    /** The sole laid on the upper (on the bench or on the pad, cover up): it can still be peeled off. */
    canPeelSole: and([or([stateIn(STATE_IDS.soleLaid), stateIn(STATE_IDS.onPad)]), not(stateIn(STATE_IDS.cycle))]),
    hasShoeOnPad: or([stateIn(STATE_IDS.onPad), stateIn(STATE_IDS.pressing), stateIn(STATE_IDS.bonded)]),
    isInBonded: stateIn(STATE_IDS.bonded),
  },
  actions: {
    setAirValve: assign({ airValveOpen: ({ event }) => valueOf(event) === 'open' }),
    setRegulator: assign({ regulatorBar: ({ event }) => Number(valueOf(event)) }),
    setMain: assign({ mainOn: ({ event }) => valueOf(event) === 'on' }),
    setMode: assign({ mode: ({ event }) => (valueOf(event) === 'auto' ? 'auto' : 'manual') }),
    setPressTime: assign({ pressTimeS: ({ event }) => Number(valueOf(event)) }),
    setToeJack: assign({ toeJack: ({ event }) => valueOf(event) as JackPosition }),
    setHeelJack: assign({ heelJack: ({ event }) => valueOf(event) as JackPosition }),
    setReactivatorSwitch: assign({ reactivatorSwitchOn: ({ event }) => valueOf(event) === 'on' }),
    setReactivatorTemp: assign({ reactivatorTempC: ({ event }) => Number(valueOf(event)) }),
    setReactivatorTime: assign({ reactivatorTimeS: ({ event }) => Number(valueOf(event)) }),
    handsIn: assign({ handsInZone: true }),
    handsOut: assign({ handsInZone: false }),
    pushEstop: assign({
      estopDown: ({ context, event }) => {
        const c = controlOf(event);
        return isEstopControl(c) ? { ...context.estopDown, [estopButtonOf(c)]: true } : context.estopDown;
      },
    }),
    pullEstop: assign({
      estopDown: ({ context, event }) => {
        const c = controlOf(event);
        return isEstopControl(c) ? { ...context.estopDown, [estopButtonOf(c)]: false } : context.estopDown;
      },
    }),
    drainFilter: assign({ waterInBowl: false }),
    restartCompressor: assign({ airSupplyLow: false }),
    clearZone: assign({ zoneObstructed: false, testRodInBeam: false, handsInZone: true }),
    insertTestRod: assign({ testRodInBeam: true }),
    replacePad: assign({ padWorn: false }),
    /** Back to bottom preparation: re-rough, clean, prime and cement the sole, dry it [S61]. */
    reprepareSole: assign({ soleSurface: 'prepared' as SoleSurface, soleFinding: null }),
    spoilSole: assign((_, p: { surface: SoleSurface }) => ({ soleSurface: p.surface })),
    repairReactivator: assign({ reactivatorFault: null }),
    markAirLow: assign({ airSupplyLow: true }),
    obstructZone: assign({ zoneObstructed: true }),
    wearPad: assign({ padWorn: true }),
    makeReactivatorCold: assign({ reactivatorFault: 'cold' }),
    makeReactivatorHot: assign({ reactivatorFault: 'hot' }),
    markAdhesiveDead: assign({ adhesiveDead: true }),
    inspect: assign({
      soleFinding: ({ context, event }) =>
        controlOf(event) === 'solePrep' ? (context.soleSurface === 'prepared' ? null : context.soleSurface) : context.soleFinding,
      checks: ({ context, event }) => {
        const c = controlOf(event) as InspectPoint;
        // A look is a passed check only when what it looks for is in order.
        const ok =
          c === 'filterBowl' ? !context.waterInBowl : c === 'pad' ? !context.padWorn : c === 'solePrep' ? context.soleSurface === 'prepared' : true;
        return { ...context.checks, [c]: ok };
      },
    }),
    startCycle: assign({ lastStop: null }),
    stopBy: assign((_, p: { reason: StopReason }) => ({ lastStop: p.reason })),
    noteSensorTrip: assign({ tests: ({ context }) => ({ ...context.tests, sensorTrip: true }) }),
    loadHoldTimer: assign({ holdTicksLeft: ({ context }) => holdTicksFor(context.pressTimeS) }),
    countHoldTick: assign({ holdTicksLeft: ({ context }) => Math.max(0, context.holdTicksLeft - 1) }),
    loadReactTimer: assign({ reactTicksLeft: ({ context }) => reactTicksFor(context.reactivatorTimeS) }),
    countReactTick: assign({ reactTicksLeft: ({ context }) => Math.max(0, context.reactTicksLeft - 1) }),
    raisePressing: raise({ type: 'press.pressing' }),
    raiseReleased: raise({ type: 'press.released' }),
    raiseReactivatorEnded: raise({ type: 'reactivator.ended' }),
    freshFilm: assign({ film: null, adhesiveDead: false }),
    captureFilm: assign({ film: ({ context }) => filmSoFar(context) }),
    recordBond: assign({
      lastBond: ({ context }) => judgeBond(bondInputs(context)),
      // A new pressed shoe: its edges are still to be checked.
      checks: ({ context }) => ({ ...context.checks, soleEdges: false }),
    }),
    takeShoe: assign(({ context }) =>
      context.lastBond?.outcome === 'good'
        ? { goodSoles: context.goodSoles + 1, handsInZone: false, lastStop: null }
        : { defectSoles: context.defectSoles + 1, handsInZone: false, lastStop: null },
    ),
  },
}).createMachine({
  id: 'solePress',
  type: 'parallel',
  context: initialContext,
  // XState v5: on this parallel root, an event goes to the root's own handlers only when NO region
  // takes it. A region transition for an event that also has a root handler must therefore repeat
  // the root's action (see `handsIn`/`obstructZone` on closing, `handsOut` on ready, `setAirValve`).
  on: {
    // Settings. The press settings are locked while the cover is down; the reactivator timer
    // while it is timing an exposure. The air line valve can always be shut.
    'user.set': [
      { guard: set('airLineValve'), actions: 'setAirValve' },
      { guard: and([set('airRegulator'), not('isCycling')]), actions: 'setRegulator' },
      { guard: and([set('pressTime'), not('isCycling')]), actions: 'setPressTime' },
      { guard: and([set('modeSelector'), not('isCycling')]), actions: 'setMode' },
      { guard: and([set('toeJack'), not('isCycling')]), actions: 'setToeJack' },
      { guard: and([set('heelJack'), not('isCycling')]), actions: 'setHeelJack' },
      { guard: and([set('reactivatorTimer'), not('isActivating')]), actions: 'setReactivatorTime' },
    ],
    'user.press': [
      { guard: press('handsZone'), actions: 'handsIn' },
      { guard: and([press('filterDrain'), 'hasWaterInBowl']), actions: 'drainFilter' },
      { guard: and([press('compressor'), 'hasAirSupplyLow']), actions: 'restartCompressor' },
      { guard: and([press('clearZone'), 'isZoneObstructed']), actions: 'clearZone' },
      { guard: and([press('reprepareSole'), 'isAtBench', 'isSoleUnprepared']), actions: 'reprepareSole' },
      // Pad work is done with the air shut off and nothing on the pad [I].
      { guard: and([press('replacePad'), 'isAirValveClosed', not('hasShoeOnPad')]), actions: 'replacePad' },
      // The technician's repair: the reactivator must be switched off (and cold) first [I].
      { guard: and([press('repairReactivator'), 'hasReactivatorFault', 'isReactivatorOff']), actions: 'repairReactivator' },
    ],
    'user.release': { guard: { type: 'isRelease', params: { control: 'handsZone' } }, actions: 'handsOut' },
    'user.inspect': [
      { guard: ({ event }) => ['filterBowl', 'pad'].includes(controlOf(event) ?? ''), actions: 'inspect' },
      // The work as it arrives from bottom preparation is checked before it is heated.
      { guard: and([({ event }) => BENCH_CHECKS.includes(controlOf(event) ?? ''), 'isAtBench']), actions: 'inspect' },
      { guard: and([({ event }) => controlOf(event) === 'soleEdges', 'isInBonded']), actions: 'inspect' },
    ],
    'fault.inject': [
      { guard: fault('airLow'), actions: 'markAirLow' },
      { guard: fault('coverBlocked'), actions: 'obstructZone' },
      { guard: fault('padWorn'), actions: 'wearPad' },
      { guard: and([fault('soleNotRoughened'), 'isAtBench']), actions: { type: 'spoilSole', params: { surface: 'notRoughened' } } },
      { guard: and([fault('soleContaminated'), 'isAtBench']), actions: { type: 'spoilSole', params: { surface: 'contaminated' } } },
      { guard: fault('reactivatorCold'), actions: 'makeReactivatorCold' },
      { guard: fault('reactivatorHot'), actions: 'makeReactivatorHot' },
    ],
  },
  states: {
    safety: {
      initial: 'normal',
      states: {
        normal: {
          on: { 'user.press': { guard: 'isEstopPress', target: 'estopped', actions: 'pushEstop' } },
        },
        estopped: {
          tags: ['estop'],
          initial: 'latched',
          on: {
            'user.press': { guard: 'isEstopPress', target: '.latched', actions: 'pushEstop' },
            'user.release': { guard: 'isEstopRelease', actions: 'pullEstop' },
          },
          states: {
            /** At least one mushroom is down. */
            latched: { always: { guard: 'isNoEstopDown', target: 'released' } },
            /** Both mushrooms out; everything stays stopped until RESET. */
            released: {
              on: { 'user.press': { guard: press('reset'), target: `${ID}.safety.normal` } },
            },
          },
        },
      },
    },

    air: {
      initial: 'closed',
      states: {
        closed: {
          on: { 'user.set': { guard: set('airLineValve', 'open'), target: 'open', actions: 'setAirValve' } },
        },
        open: {
          initial: 'ok',
          on: { 'user.set': { guard: set('airLineValve', 'closed'), target: 'closed', actions: 'setAirValve' } },
          states: {
            ok: { tags: ['airOk'], always: { guard: not('hasAir'), target: 'low' } },
            /** Below the 2 bar minimum: regulator set too low or the compressor not keeping up. */
            low: { tags: ['airLow', 'fault'], always: { guard: 'hasAir', target: 'ok' } },
          },
        },
      },
    },

    press: {
      initial: 'off',
      states: {
        off: {
          initial: 'idle',
          on: {
            'user.set': [
              { guard: and([set('mainSwitch', 'on'), 'isEstopped']), target: 'halted', actions: 'setMain' },
              { guard: set('mainSwitch', 'on'), target: 'powered', actions: 'setMain' },
            ],
          },
          states: {
            idle: { always: { guard: 'isShutDownComplete', target: 'shutDown' } },
            shutDown: { tags: ['complete'], always: { guard: not('isShutDownComplete'), target: 'idle' } },
          },
        },
        powered: {
          tags: ['powered'],
          initial: 'ready',
          on: {
            // The main switch is also an isolator: off at any time dumps the pad and vents the cover.
            'user.set': { guard: set('mainSwitch', 'off'), target: 'off', actions: 'setMain' },
            'user.press': { guard: 'isEstopPress', target: 'halted' },
          },
          states: {
            ready: {
              tags: ['ready'],
              always: [
                { guard: not('hasAir'), target: 'noAir' },
                { guard: 'isZoneObstructed', target: 'zoneBlocked' },
              ],
              on: {
                'user.press': [
                  // MANUAL: START, with the shoe placed and the hands out of the zone.
                  {
                    guard: and([press('start'), 'isManual', 'isShoeReadyOnPad', not('hasHandsInZone')]),
                    target: 'cycle',
                    actions: 'startCycle',
                  },
                  // The pre-operation sensor test: the test rod in the beam must block the press [V1][I].
                  { guard: press('sensorTestRod'), target: 'zoneBlocked', actions: ['obstructZone', 'insertTestRod', 'noteSensorTrip'] },
                ],
                // AUTO: the cover closes by itself when the hands leave the zone [V1 LD-585C].
                'user.release': {
                  guard: and([{ type: 'isRelease', params: { control: 'handsZone' } }, 'isAuto', 'isShoeReadyOnPad']),
                  target: 'cycle',
                  actions: ['handsOut', 'startCycle'],
                },
              },
            },
            /** No cycle with air below the minimum (valve shut, regulator too low, supply low). */
            noAir: { always: { guard: 'hasAir', target: 'ready' } },
            /** The hands-clear sensor is blocked by an object: the cover will not close. */
            zoneBlocked: {
              tags: ['fault', 'refused'],
              always: [
                { guard: not('hasAir'), target: 'noAir' },
                { guard: not('isZoneObstructed'), target: 'ready' },
              ],
            },
            cycle: {
              initial: 'closing',
              states: {
                closing: {
                  tags: ['hazard', 'coverClosing'],
                  after: { coverClose: 'pressed' },
                  always: { guard: not('hasAir'), target: 'opening', actions: { type: 'stopBy', params: { reason: 'airLost' } } },
                  on: {
                    // The sensor stops and reverses a closing cover [V1][I]; STOP opens it [V1].
                    'user.press': [
                      {
                        guard: press('handsZone'),
                        target: 'opening',
                        actions: ['handsIn', { type: 'stopBy', params: { reason: 'hands' } }, 'noteSensorTrip'],
                      },
                      { guard: press('stop'), target: 'opening', actions: { type: 'stopBy', params: { reason: 'stopButton' } } },
                    ],
                    'fault.inject': {
                      guard: fault('coverBlocked'),
                      target: 'opening',
                      actions: ['obstructZone', { type: 'stopBy', params: { reason: 'blocked' } }],
                    },
                  },
                },
                /** Cover down and latched; the pad is under air. Leaving this state ends the press on the work. */
                pressed: {
                  tags: ['hazard', 'coverClosed'],
                  initial: 'pressurising',
                  entry: ['loadHoldTimer', 'raisePressing'],
                  exit: 'raiseReleased',
                  always: { guard: not('hasAir'), target: 'exhausting', actions: { type: 'stopBy', params: { reason: 'airLost' } } },
                  on: {
                    'user.press': { guard: press('stop'), target: 'exhausting', actions: { type: 'stopBy', params: { reason: 'stopButton' } } },
                  },
                  states: {
                    pressurising: { tags: ['pressurising'], after: { pressureBuild: 'holding' } },
                    holding: {
                      tags: ['holding'],
                      initial: 'counting',
                      states: {
                        counting: {
                          after: {
                            holdTick: [
                              { guard: 'isLastHoldTick', target: `${ID}.press.powered.cycle.exhausting`, actions: 'countHoldTick' },
                              { target: 'counting', reenter: true, actions: 'countHoldTick' },
                            ],
                          },
                        },
                      },
                    },
                  },
                },
                exhausting: { tags: ['hazard', 'coverClosed', 'exhausting'], after: { exhaust: 'opening' } },
                /** The cover swings up, away from the hands: moving, but not a hazard state. */
                opening: { tags: ['coverOpening'], after: { coverOpen: `${ID}.press.powered.ready` } },
              },
            },
          },
        },
        /** E-stopped while powered: pad dumped, cover vented (it can be lifted), valves dead. */
        halted: {
          on: {
            'user.set': { guard: set('mainSwitch', 'off'), target: 'off', actions: 'setMain' },
            'user.press': { guard: and([press('reset'), 'isEstopReleased']), target: 'powered' },
          },
        },
      },
    },

    reactivator: {
      initial: 'off',
      states: {
        off: {
          on: {
            'user.set': [
              { guard: and([set('reactivatorSwitch', 'on'), 'isEstopped']), target: 'halted', actions: 'setReactivatorSwitch' },
              { guard: set('reactivatorSwitch', 'on'), target: 'on', actions: 'setReactivatorSwitch' },
              { guard: set('reactivatorTemp'), actions: 'setReactivatorTemp' },
            ],
          },
        },
        /** IR lamps energised: hot surfaces and radiation. */
        on: {
          tags: ['hazard', 'reactivatorOn'],
          initial: 'warming',
          on: {
            'user.set': [
              { guard: set('reactivatorSwitch', 'off'), target: 'off', actions: 'setReactivatorSwitch' },
              // A new setpoint: wait for the ready lamp again. Not while an exposure is being timed.
              { guard: and([set('reactivatorTemp'), not('isActivating')]), target: '.warming', reenter: true, actions: 'setReactivatorTemp' },
            ],
            'user.press': { guard: 'isEstopPress', target: 'halted' },
          },
          states: {
            warming: { tags: ['warmingUp'], after: { reactivatorWarmUp: 'ready' } },
            ready: {
              tags: ['reactivatorReady'],
              on: {
                // Pushing the loaded tray under the lamps starts the timer [S32][I].
                'user.set': { guard: and([set('tray', 'in'), 'canLoadWork']), target: 'activating' },
              },
            },
            activating: {
              tags: ['activating'],
              entry: 'loadReactTimer',
              exit: 'raiseReactivatorEnded',
              initial: 'counting',
              on: { 'user.set': { guard: set('tray', 'out'), target: 'ready' } },
              states: {
                counting: {
                  after: {
                    reactivationTick: [
                      { guard: 'isLastReactTick', target: `${ID}.reactivator.on.ready`, actions: 'countReactTick' },
                      { target: 'counting', reenter: true, actions: 'countReactTick' },
                    ],
                  },
                },
              },
            },
          },
        },
        /** E-stopped: lamps off. After RESET it warms up again if its switch is still on. */
        halted: {
          on: {
            'user.set': [
              { guard: set('reactivatorSwitch', 'off'), target: 'off', actions: 'setReactivatorSwitch' },
              { guard: set('reactivatorTemp'), actions: 'setReactivatorTemp' },
            ],
            'user.press': { guard: and([press('reset'), 'isEstopReleased']), target: 'on' },
          },
        },
      },
    },

    work: {
      initial: 'atBench',
      states: {
        /** A cemented sole and lasted upper, adhesive dried, waiting on the bench. */
        atBench: {
          on: {
            'user.set': { guard: and([set('tray', 'in'), 'isReactivatorReady']), target: 'inReactivator', actions: 'freshFilm' },
          },
        },
        /** Under the lamps while the reactivator times the exposure. */
        inReactivator: {
          tags: ['workInReactivator'],
          on: {
            'reactivator.ended': { target: 'open.inTray', actions: 'captureFilm' },
            'user.set': { guard: set('tray', 'out'), target: 'open.inHand', actions: 'captureFilm' },
          },
        },
        /** Film reactivated: the open time runs until the pad presses the sole on. */
        open: {
          initial: 'inTray',
          after: { openTime: { actions: 'markAdhesiveDead' } },
          on: { 'fault.inject': { guard: fault('openTimeExceeded'), actions: 'markAdhesiveDead' } },
          states: {
            inTray: {
              tags: ['workInReactivator'],
              on: { 'user.set': { guard: set('tray', 'out'), target: 'inHand' } },
            },
            inHand: {
              on: {
                // Lay the sole from the toe, align, hand-press lightly [S33].
                'user.press': { guard: press('laySole'), target: 'soleLaid' },
                // A film gone dead can be reactivated again before the sole is laid [S61].
                'user.set': { guard: and([set('tray', 'in'), 'isReactivatorReady']), target: `${ID}.work.inReactivator`, actions: 'freshFilm' },
              },
            },
            soleLaid: {
              on: {
                'user.set': { guard: and([set('shoe', 'onPad'), not('isCycling')]), target: 'onPad', actions: 'handsIn' },
                // The way back: peel the sole off (the open time keeps running) and reactivate [S61].
                'user.press': { guard: and([press('peelSole'), 'canPeelSole']), target: 'inHand' },
              },
            },
            onPad: {
              tags: ['shoeOnPad'],
              on: {
                'user.set': { guard: and([set('shoe', 'removed'), not('isCycling')]), target: 'soleLaid', actions: 'handsOut' },
                'user.press': { guard: and([press('peelSole'), 'canPeelSole']), target: 'inHand', actions: 'handsOut' },
                'press.pressing': `${ID}.work.pressing`,
              },
            },
          },
        },
        pressing: {
          tags: ['shoeOnPad'],
          on: {
            'press.released': [
              { guard: 'isBondGood', target: 'bonded.good', actions: 'recordBond' },
              { target: 'bonded.defect', actions: 'recordBond' },
            ],
          },
        },
        /** Pressed; the bond result is in `lastBond`. Take the shoe off once the cover is up. */
        bonded: {
          tags: ['shoeOnPad'],
          initial: 'good',
          on: { 'user.set': { guard: and([set('shoe', 'removed'), not('isCycling')]), target: 'atBench', actions: 'takeShoe' } },
          states: {
            good: { tags: ['bondGood'] },
            defect: { tags: ['fault', 'bondDefect'] },
          },
        },
      },
    },
  },
});

export type SolePressMachine = typeof solePressMachine;
