import { and, assign, not, setup, stateIn } from 'xstate';
import { MAX_SPEED_SETTINGS, NEEDLE_LEATHER, PULL_BREAK_MM, THREADS, type Thread } from '../constants.ts';
import {
  FLAW_IDS,
  adjustValueOf,
  canStitch,
  controlOf,
  isGoodSeam,
  noFlaws,
  noMarks,
  setValueOf,
  signalOf,
  type Flaws,
  type SeamMarks,
  type SewingContext,
  type SewingEvent,
} from './context.ts';

const ID = '#post-bed-sewing';
export const STATE_IDS = {
  estopped: `${ID}.safety.estopped`,
  powerOff: `${ID}.power.off`,
  powered: `${ID}.power.on`,
  ready: `${ID}.power.on.ready`,
  sewing: `${ID}.power.on.sewing`,
  clamped: `${ID}.work.clamped`,
} as const;

/** Allowed values of every `user.set` control (anything else is refused). */
export const SET_VALUES: Readonly<Record<string, readonly string[]>> = {
  powerSwitch: ['on', 'off'],
  fingerGuard: ['on', 'off'],
  eyeGuard: ['down', 'up'],
  beltCover: ['on', 'off'],
  kneeLifter: ['up', 'down'],
  maxSpeed: MAX_SPEED_SETTINGS.map(String),
  needleStop: ['down', 'up'],
  threadCone: THREADS,
  bobbin: ['in', 'out'],
  piece: ['scrap', 'upper', 'none'],
};

/** Process signals that mark where the needle is along the line. */
const MARK_SIGNALS: readonly (keyof SeamMarks)[] = ['tackStart', 'nearCorner', 'atCorner', 'nearEnd', 'atEnd', 'tackEnd'];
/** Process signals that are flaws of the seam (the rest of FLAW_IDS the trim finds). */
const FLAW_SIGNALS: readonly string[] = ['threadBreak', 'skipped', 'loops', 'pucker', 'stitchLength', 'offLine', 'cornerMissed', 'tooFast'];
export const SIGNALS = [...MARK_SIGNALS, ...FLAW_SIGNALS] as const;

/** What the trim finds missing on a seam: back-tacks, the corner, the end of the line. */
function finalFlaws(c: SewingContext): Flaws {
  const f = { ...c.flaws };
  if (!c.marks.atEnd) f.unfinished = true;
  if (c.piece === 'upper') {
    if (!c.marks.tackStart) f.noTackStart = true;
    if (!c.marks.tackEnd) f.noTackEnd = true;
    if (c.pivots === 0) f.cornerMissed = true;
  }
  return f;
}

export const sewingSetup = setup({
  types: {
    context: {} as SewingContext,
    events: {} as SewingEvent,
  },
  guards: {
    isPress: ({ event }, p: { control: string }) => event.type === 'user.press' && controlOf(event) === p.control,
    isRelease: ({ event }, p: { control: string }) => event.type === 'user.release' && controlOf(event) === p.control,
    isInspect: ({ event }, p: { control: string }) => event.type === 'user.inspect' && controlOf(event) === p.control,
    /** A `user.set` of the control to an allowed value (to `value` when given). */
    isSet: ({ event }, p: { control: string; value?: string | undefined }) => {
      if (event.type !== 'user.set' || controlOf(event) !== p.control) return false;
      const v = setValueOf(event) ?? '';
      return (SET_VALUES[p.control] ?? []).includes(v) && (p.value === undefined || v === p.value);
    },
    isAdjust: ({ event }, p: { control: string }) => controlOf(event) === p.control && adjustValueOf(event) !== undefined,
    isFault: ({ event }, p: { fault: string }) => event.type === 'fault.inject' && event.fault === p.fault,
    isMarkSignal: ({ event }) => (MARK_SIGNALS as readonly string[]).includes(signalOf(event) ?? ''),
    isFlawSignal: ({ event }) => FLAW_SIGNALS.includes(signalOf(event) ?? ''),
    /** Signals count only while the needle runs over clamped work (the process is stepped only then). */
    isSewingWork: and([stateIn(STATE_IDS.sewing), stateIn(STATE_IDS.clamped)]),
    isEstopped: stateIn(STATE_IDS.estopped),
    isSewing: stateIn(STATE_IDS.sewing),
    isPowerOff: stateIn(STATE_IDS.powerOff),
    isReady: stateIn(STATE_IDS.ready),
    isPull: ({ event, context }) => Math.abs((adjustValueOf(event) ?? context.steerMm) - context.steerMm) > PULL_BREAK_MM,
    hasPedalDown: ({ context }) => context.pedal > 0,
    isStartBlocked: ({ context }) => context.startBlocked,
    canStitch: ({ context }) => canStitch(context),
    hasPiece: ({ context }) => context.piece !== 'none',
    isFootUp: ({ context }) => context.footUp,
    isFootDown: ({ context }) => !context.footUp,
    isTrimmed: ({ context }) => context.trimmed,
    hasMachineFault: ({ context: c }) => c.needleBent || c.threadCaught || c.threadOffDiscs || c.threadBroken || c.needleBroken,
    canInsertBobbin: ({ context }) => context.bobbinWound && !context.bobbinIn,
    canRemoveBobbin: ({ context }) => context.bobbinIn,
    canWindBobbin: ({ context }) => !context.bobbinIn && !context.bobbinWound,
    canThread: ({ context }) => !context.needleBroken,
    /** Work goes on the post under a lifted roller, one piece at a time, with the needle still. */
    canLoadPiece: and([({ context }) => context.footUp && context.piece === 'none', not(stateIn(STATE_IDS.sewing))]),
    canRemovePiece: and([({ context }) => context.footUp && context.piece !== 'none', not(stateIn(STATE_IDS.sewing))]),
    /** The upper is turned about the needle once, at its corner, with the roller lifted. */
    canTurnWork: and([({ context: c }) => c.piece === 'upper' && c.footUp && c.pivots === 0 && !c.trimmed, not(stateIn(STATE_IDS.sewing))]),
    /** The trimmer (heel back) cuts the threads of a seam under the lowered roller, the needle stopped. */
    canTrim: and([({ context: c }) => c.piece !== 'none' && !c.footUp && !c.trimmed, stateIn(STATE_IDS.ready)]),
    canInspectSeam: and([({ context: c }) => c.piece !== 'none' && c.trimmed, not(stateIn(STATE_IDS.sewing))]),
    /** End of work: a good upper sewn, needle and roller down, power off, no e-stop. */
    isShutDownComplete: and([
      ({ context: c }) => c.goodParts > 0 && c.piece === 'none' && c.needleDown && !c.footUp,
      not(stateIn(STATE_IDS.estopped)),
    ]),
  },
  actions: {
    /** Power on with the pedal pressed: the servo's start lock (it stays locked until power is cycled). */
    setPower: assign(({ event, context }) => {
      const on = setValueOf(event) === 'on';
      return { powerOn: on, startBlocked: on && context.pedal > 0, lastStop: null };
    }),
    stopPower: assign({ powerOn: false, startBlocked: false, lastStop: 'estop' as const }),
    /** The pedal released: the servo stops the needle where the needle-position setting says. */
    stopNeedle: assign(({ context }) => ({ needleDown: context.needleStop === 'down' })),
    setPedal: assign({ pedal: ({ event, context }) => adjustValueOf(event) ?? context.pedal }),
    setBackTack: assign({ backTack: ({ event, context }) => adjustValueOf(event) ?? context.backTack }),
    setSteer: assign({ steerMm: ({ event, context }) => adjustValueOf(event) ?? context.steerMm }),
    setStitch: assign({ stitchMm: ({ event, context }) => adjustValueOf(event) ?? context.stitchMm }),
    setTension: assign({ tension: ({ event, context }) => adjustValueOf(event) ?? context.tension }),
    setPressure: assign({ pressure: ({ event, context }) => adjustValueOf(event) ?? context.pressure }),
    setMaxSpeed: assign({ maxSpm: ({ event, context }) => Number(setValueOf(event) ?? context.maxSpm) }),
    setNeedleStop: assign({ needleStop: ({ event }) => (setValueOf(event) === 'up' ? ('up' as const) : ('down' as const)) }),
    setFingerGuard: assign({ fingerGuard: ({ event }) => setValueOf(event) === 'on' }),
    setEyeGuard: assign({ eyeGuardDown: ({ event }) => setValueOf(event) === 'down' }),
    setBeltCover: assign({ beltCover: ({ event }) => setValueOf(event) === 'on' }),
    setKnee: assign({ footUp: ({ event }) => setValueOf(event) === 'up' }),
    setThread: assign(({ event, context }) => {
      const thread = (setValueOf(event) as Thread | undefined) ?? context.thread;
      return thread === context.thread ? {} : { thread, threaded: false };
    }),
    insertBobbin: assign({ bobbinIn: true }),
    removeBobbin: assign({ bobbinIn: false, bobbinWound: false }),
    windBobbin: assign({ bobbinWound: true }),
    clean: assign({ cleaned: true }),
    oil: assign({ oiled: true }),
    // A new leather needle: its eye must be threaded again.
    changeNeedle: assign({ needleSize: NEEDLE_LEATHER, needleBent: false, needleBroken: false, threaded: false, needleDown: false }),
    // Threading afresh frees a caught thread and seats it between the tension discs.
    threadMachine: assign({ threaded: true, threadOffDiscs: false, threadBroken: false, threadCaught: false }),
    turnHandwheel: assign({ needleDown: ({ context }) => !context.needleDown }),
    pushEstop: assign({ estopDown: true }),
    pullEstop: assign({ estopDown: false }),
    loadPiece: assign(({ event, context }) => ({
      piece: setValueOf(event) === 'upper' ? ('upper' as const) : ('scrap' as const),
      pieceSerial: context.pieceSerial + 1,
      pivots: 0,
      pivotNeedleUp: false,
      marks: noMarks(),
      flaws: noFlaws(),
      trimmed: false,
      inspected: false,
    })),
    /** Off the post: an upper counts good only when trimmed without a flaw. */
    removePiece: assign(({ context: c }) => {
      const upper = c.piece === 'upper';
      const flaws = c.trimmed ? c.flaws : finalFlaws(c);
      const good = upper && c.trimmed && isGoodSeam(flaws);
      return {
        piece: 'none' as const,
        flaws,
        goodParts: c.goodParts + (good ? 1 : 0),
        spoiltParts: c.spoiltParts + (upper && !good ? 1 : 0),
        trimmed: false,
        inspected: false,
      };
    }),
    turnWork: assign(({ context }) => ({ pivots: context.pivots + 1, pivotNeedleUp: !context.needleDown })),
    trimSeam: assign(({ context: c }) => {
      const flaws = finalFlaws(c);
      return { trimmed: true, flaws, needleDown: false, testOk: c.piece === 'scrap' ? isGoodSeam(flaws) : c.testOk };
    }),
    inspectSeam: assign({ inspected: true }),
    markSeam: assign(({ event, context }) => {
      const mark = signalOf(event) as keyof SeamMarks;
      return { marks: { ...context.marks, [mark]: true } };
    }),
    markFlaw: assign(({ event, context }) => {
      const flaw = signalOf(event) ?? '';
      if (!(FLAW_IDS as readonly string[]).includes(flaw) || context.piece === 'none') return {};
      return { flaws: { ...context.flaws, [flaw]: true }, threadBroken: context.threadBroken || flaw === 'threadBreak' };
    }),
    breakNeedle: assign({ needleBroken: true }),
    bendNeedle: assign({ needleBent: true }),
    catchThread: assign({ threadCaught: true }),
    slipThread: assign({ threadOffDiscs: true }),
  },
});

export const press = (control: string) => ({ type: 'isPress' as const, params: { control } });
export const release = (control: string) => ({ type: 'isRelease' as const, params: { control } });
export const set = (control: string, value?: string) => ({ type: 'isSet' as const, params: { control, value } });
export const inspectOf = (control: string) => ({ type: 'isInspect' as const, params: { control } });
export const adjust = (control: string) => ({ type: 'isAdjust' as const, params: { control } });
export const fault = (id: string) => ({ type: 'isFault' as const, params: { fault: id } });
