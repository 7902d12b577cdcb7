import { and, assign, not, setup, stateIn } from 'xstate';
import { REVERSING_POSITIONS, SHARPEN_MS, type ReversingPosition } from '../constants.ts';
import {
  adjustValueOf,
  controlOf,
  isGoodBand,
  noFlaws,
  setValueOf,
  signalOf,
  type BandResult,
  type CheckPoint,
  type Flaws,
  type PpeItem,
  type RoughingContext,
  type RoughingEvent,
} from './context.ts';

const ID = '#roughing';
export const STATE_IDS = {
  estopped: `${ID}.safety.estopped`,
  spindleOff: `${ID}.spindle.off`,
  running: `${ID}.spindle.running`,
  contact: `${ID}.spindle.running.contact`,
  sharpening: `${ID}.spindle.running.sharpening`,
} as const;

/** Allowed values of every `user.set` control (anything else is refused). */
export const SET_VALUES: Readonly<Record<string, readonly string[]>> = {
  extractionSwitch: ['on', 'off'],
  reversingSwitch: REVERSING_POSITIONS,
  shoe: ['lasted', 'none'],
};

/** The process signals a flaw arrives as (bandDone closes the band). */
export const FLAW_SIGNALS: Readonly<Record<string, keyof Flaws>> = {
  intoUpper: 'intoUpper',
  burnt: 'burnt',
  tooDeep: 'tooDeep',
  patchy: 'patchy',
  uneven: 'uneven',
  wrongWay: 'wrongWay',
  dustEscaping: 'dustEscaped',
};
export const SIGNALS = ['bandDone', ...Object.keys(FLAW_SIGNALS)] as const;

const resultOf = (c: RoughingContext, coveragePct: number | null, complete: boolean): BandResult | null =>
  c.shoe === 'none' ? null : { flaws: { ...c.flaws }, coveragePct, complete };

/** Dust thrown off the wheel: into the bag when it pulls, else out over the ledge and into the air. */
const dust = (c: RoughingContext) => ({ dustOnLedge: true, bagHasDust: c.bagHasDust || (c.extractionOn && !c.bagFull) });

export const roughingSetup = setup({
  types: {
    context: {} as RoughingContext,
    events: {} as RoughingEvent,
  },
  delays: { sharpen: SHARPEN_MS },
  guards: {
    isPress: ({ event }, p: { control: string }) => event.type === 'user.press' && controlOf(event) === p.control,
    isRelease: ({ event }, p: { control: string }) => event.type === 'user.release' && controlOf(event) === p.control,
    isInspect: ({ event }, p: { control: string }) => event.type === 'user.inspect' && controlOf(event) === p.control,
    isSet: ({ event }, p: { control: string; value?: string | undefined }) => {
      if (event.type !== 'user.set' || controlOf(event) !== p.control) return false;
      const v = setValueOf(event) ?? '';
      return (SET_VALUES[p.control] ?? []).includes(v) && (p.value === undefined || v === p.value);
    },
    isAdjust: ({ event }, p: { control: string }) => controlOf(event) === p.control && adjustValueOf(event) !== undefined,
    isFault: ({ event }, p: { fault: string }) => event.type === 'fault.inject' && event.fault === p.fault,
    isSignal: ({ event }, p: { signal: string }) => signalOf(event) === p.signal,
    isFlawSignal: ({ event }) => (signalOf(event) ?? '') in FLAW_SIGNALS,
    /** Signals count only while the wheel works the held shoe (the process is stepped only then). */
    isRoughing: stateIn(STATE_IDS.contact),
    isEstopped: stateIn(STATE_IDS.estopped),
    isSpindleOff: stateIn(STATE_IDS.spindleOff),
    isInContact: stateIn(STATE_IDS.contact),
    hasShoeOnWheel: ({ context }) => context.shoe !== 'none' && context.pressure > 0 && !context.bandDone && !context.flaws.wrongWay,
    hasShoe: ({ context }) => context.shoe !== 'none',
    hasPressure: ({ context }) => context.pressure > 0,
    isBandDone: ({ context }) => context.bandDone,
    isSnatched: ({ context }) => context.flaws.wrongWay,
    hasMachineFault: ({ context: c }) => c.wheelClogged || c.bagFull,
    isExtractionOff: ({ context }) => !context.extractionOn,
    /** Sharpening [S31]: the wheel reversed and the extraction off (sparks must not reach the dust bag), no shoe in hand. */
    canSharpen: ({ context: c }) => c.reversing === 'reverse' && !c.extractionOn && c.shoe === 'none',
    canInspectBand: and([({ context: c }) => c.shoe !== 'none' && (c.bandDone || c.flaws.wrongWay) && c.pressure === 0]),
    /** Shift end: a good shoe made, spindle off, ledge brushed, bag emptied, extraction off, no e-stop. */
    isShutDownComplete: and([
      ({ context: c }) => c.goodShoes > 0 && !c.dustOnLedge && !c.bagHasDust && !c.extractionOn && c.shoe === 'none',
      not(stateIn(STATE_IDS.estopped)),
    ]),
  },
  actions: {
    startSpindle: assign({ lastStop: null }),
    stopSpindle: assign((_, p: { reason: 'estop' | null }) => ({ lastStop: p.reason })),
    setExtraction: assign({ extractionOn: ({ event }) => setValueOf(event) === 'on' }),
    setReversing: assign({ reversing: ({ event, context }) => (setValueOf(event) as ReversingPosition | undefined) ?? context.reversing }),
    setSpeed: assign({ speedRpm: ({ event, context }) => adjustValueOf(event) ?? context.speedRpm }),
    setPressure: assign({ pressure: ({ event, context }) => adjustValueOf(event) ?? context.pressure }),
    setPath: assign({ pathOffsetMm: ({ event, context }) => adjustValueOf(event) ?? context.pathOffsetMm }),
    wear: assign(({ event, context }) => ({ ppe: { ...context.ppe, [controlOf(event) as PpeItem]: true } })),
    // The e-stop drops both contactors: the extraction stops too and stays off until switched on.
    pushEstop: assign({ estopDown: true, extractionOn: false }),
    pullEstop: assign({ estopDown: false }),
    takeShoe: assign(({ context }) => ({ shoe: 'lasted' as const, shoeSerial: context.shoeSerial + 1, flaws: noFlaws(), bandDone: false, inspected: false })),
    /** The shoe put down: an unfinished band is recorded as it is; a shoe counts good or spoilt. */
    putShoeDown: assign(({ context }) => {
      const result = context.bandDone ? context.lastResult : resultOf(context, null, false);
      const good = context.bandDone && isGoodBand(context.flaws);
      return {
        shoe: 'none' as const,
        lastResult: result,
        bandDone: false,
        inspected: false,
        goodShoes: context.goodShoes + (good ? 1 : 0),
        spoiltShoes: context.spoiltShoes + (good ? 0 : 1),
      };
    }),
    markFlaw: assign(({ event, context }) => {
      const flaw = FLAW_SIGNALS[signalOf(event) ?? ''];
      if (!flaw || context.shoe === 'none') return {};
      return { flaws: { ...context.flaws, [flaw]: true }, ...dust(context) };
    }),
    finishBand: assign(({ event, context }) => {
      if (context.shoe === 'none' || context.bandDone) return {};
      const coverage = event.type === 'process.signal' && event.value !== undefined ? event.value : null;
      return { bandDone: true, lastResult: resultOf(context, coverage, true), ...dust(context) };
    }),
    inspect: assign(({ event, context }) => {
      const c = controlOf(event) as CheckPoint;
      const ok = c === 'wheel' ? !context.wheelClogged : !context.bagFull;
      return {
        checks: { ...context.checks, [c]: ok },
        wheelFinding: c === 'wheel' ? (context.wheelClogged ? ('clogged' as const) : null) : context.wheelFinding,
      };
    }),
    inspectBand: assign({ inspected: true }),
    sharpenWheel: assign({ wheelClogged: false, wheelFinding: null }),
    emptyBag: assign({ bagHasDust: false, bagFull: false, checks: ({ context }) => ({ ...context.checks, dustBag: true }) }),
    cleanUp: assign({ dustOnLedge: false }),
    clogWheel: assign({ wheelClogged: true }),
    fillBag: assign({ bagFull: true, bagHasDust: true }),
  },
});

export type RoughingSetup = typeof roughingSetup;

/** Guard references with parameters, for the region files. */
export const set = (control: string, value?: string) => ({ type: 'isSet' as const, params: { control, value } });
export const press = (control: string) => ({ type: 'isPress' as const, params: { control } });
export const release = (control: string) => ({ type: 'isRelease' as const, params: { control } });
export const inspectOf = (control: string) => ({ type: 'isInspect' as const, params: { control } });
export const adjust = (control: string) => ({ type: 'isAdjust' as const, params: { control } });
export const fault = (id: string) => ({ type: 'isFault' as const, params: { fault: id } });
export const signal = (id: string) => ({ type: 'isSignal' as const, params: { signal: id } });
