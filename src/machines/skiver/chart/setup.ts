import { and, assign, not, setup, stateIn } from 'xstate';
import { ANGLE_SETTINGS_DEG, FEET, SHARPEN_MS, sameSetting, type Foot } from '../constants.ts';
import {
  adjustValueOf,
  controlOf,
  isGoodSkive,
  noFlaws,
  setValueOf,
  signalOf,
  type CheckPoint,
  type EdgeResult,
  type Flaws,
  type SkiverContext,
  type SkiverEvent,
} from './context.ts';

const ID = '#skiver';
export const STATE_IDS = {
  estopped: `${ID}.safety.estopped`,
  motorOff: `${ID}.motor.off`,
  running: `${ID}.motor.running`,
  idle: `${ID}.motor.running.idle`,
  driving: `${ID}.motor.running.driving`,
  sharpening: `${ID}.motor.running.sharpening`,
  clamped: `${ID}.work.clamped`,
} as const;

/** Allowed values of every `user.set` control (anything else is refused). */
export const SET_VALUES: Readonly<Record<string, readonly string[]>> = {
  motorSwitch: ['on', 'off'],
  extractorSwitch: ['on', 'off'],
  knifeGuard: ['open', 'closed'],
  footLever: ['up', 'down'],
  presserFoot: FEET,
  angle: ANGLE_SETTINGS_DEG.map(String),
  piece: ['scrap', 'part', 'none'],
};

/** The process signals a flaw arrives as (edgeDone closes the edge). */
const FLAW_SIGNALS: Readonly<Record<string, keyof Flaws>> = {
  ragged: 'ragged',
  widthUneven: 'widthUneven',
  thicknessUneven: 'thicknessUneven',
  tooThick: 'tooThick',
  tooThin: 'tooThin',
  cutThrough: 'cutThrough',
  jam: 'jammed',
  chipsThrown: 'chipsThrown',
};
export const SIGNALS = ['edgeDone', ...Object.keys(FLAW_SIGNALS)] as const;

/** The result of the edge under the foot as it is now (at its end, or when it is taken out part-way). */
const resultOf = (c: SkiverContext, remainingMm: number | null, complete: boolean): EdgeResult | null =>
  c.piece === 'none' ? null : { piece: c.piece, flaws: { ...c.flaws }, remainingMm, complete };

export const skiverSetup = setup({
  types: {
    context: {} as SkiverContext,
    events: {} as SkiverEvent,
  },
  delays: { sharpen: SHARPEN_MS },
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
    isSignal: ({ event }, p: { signal: string }) => signalOf(event) === p.signal,
    isFlawSignal: ({ event }) => (signalOf(event) ?? '') in FLAW_SIGNALS,
    /** Signals count only while the head drives the clamped work (the process is stepped only then). */
    isFeedingWork: and([stateIn(STATE_IDS.driving), stateIn(STATE_IDS.clamped)]),
    isEstopped: stateIn(STATE_IDS.estopped),
    isDriving: stateIn(STATE_IDS.driving),
    isMotorOff: stateIn(STATE_IDS.motorOff),
    isGuardOpen: ({ context }) => context.guardOpen,
    isGuardClosed: ({ context }) => !context.guardOpen,
    hasTreadleDown: ({ context }) => context.treadle > 0,
    hasPiece: ({ context }) => context.piece !== 'none',
    isFootRaised: ({ context }) => context.footRaised,
    isFootDown: ({ context }) => !context.footRaised,
    isEdgeDone: ({ context }) => context.edgeDone,
    isJammed: ({ context }) => context.flaws.jammed,
    /** Something on the machine is out of order (an injected fault not yet put right). */
    hasMachineFault: ({ context: c }) => c.knifeBlunt || c.guideLoose || c.rollerGlazed || c.gapDrift !== 'none' || c.extractorFull,
    isExtractorOff: ({ context }) => !context.extractorOn,
    /** Work goes under a lifted foot, one piece at a time, with the feed stopped. */
    canLoadPiece: and([({ context }) => context.footRaised && context.piece === 'none', not(stateIn(STATE_IDS.driving))]),
    canRemovePiece: and([({ context }) => context.footRaised && context.piece !== 'none', not(stateIn(STATE_IDS.driving))]),
    /** The knife is looked at with the motor off and its cover open. */
    canSeeKnife: and([stateIn(STATE_IDS.motorOff), ({ context }) => context.guardOpen]),
    /** The skive is looked at under the foot once the pedal is up: finished, or stopped by a jam. */
    canInspectSkive: and([
      ({ context }) => context.piece !== 'none' && (context.edgeDone || context.flaws.jammed),
      not(stateIn(STATE_IDS.driving)),
    ]),
    canMeasure: ({ context }) => context.piece === 'none' && context.lastResult !== null && context.lastResult.remainingMm !== null,
    /** Shift end: a good part made, motor off, chips brushed out, bag emptied, extractor off, no e-stop. */
    isShutDownComplete: and([
      ({ context: c }) => c.goodParts > 0 && !c.chipsInTray && !c.bagHasChips && !c.extractorOn && c.piece === 'none',
      not(stateIn(STATE_IDS.estopped)),
    ]),
  },
  actions: {
    setMotor: assign({ motorOn: ({ event }) => setValueOf(event) === 'on', lastStop: null }),
    stopMotor: assign((_, p: { reason: 'guardOpened' | 'estop' }) => ({ motorOn: false, lastStop: p.reason })),
    setGuard: assign({ guardOpen: ({ event }) => setValueOf(event) === 'open' }),
    setFootLever: assign({ footRaised: ({ event }) => setValueOf(event) === 'up' }),
    setFoot: assign({ foot: ({ event, context }) => (setValueOf(event) as Foot | undefined) ?? context.foot }),
    setAngle: assign({ angleDeg: ({ event, context }) => Number(setValueOf(event) ?? context.angleDeg) }),
    setExtractor: assign({ extractorOn: ({ event }) => setValueOf(event) === 'on' }),
    setTreadle: assign({ treadle: ({ event, context }) => adjustValueOf(event) ?? context.treadle }),
    setHand: assign({ guideOffsetMm: ({ event, context }) => adjustValueOf(event) ?? context.guideOffsetMm }),
    // A new setting makes the last trial strip say nothing about the next skive.
    setWidth: assign(({ event, context }) => {
      const v = adjustValueOf(event) ?? context.widthMm;
      return { widthMm: v, trialOk: context.trialOk && sameSetting(v, context.widthMm) };
    }),
    // Turning the thickness screw sets the gap afresh (it also cures a crept screw).
    setThickness: assign(({ event, context }) => {
      const v = adjustValueOf(event) ?? context.thicknessMm;
      return { thicknessMm: v, gapDrift: 'none' as const, trialOk: context.trialOk && sameSetting(v, context.thicknessMm) && context.gapDrift === 'none' };
    }),
    pushEstop: assign({ estopDown: true }),
    pullEstop: assign({ estopDown: false }),
    loadPiece: assign(({ event, context }) => ({
      piece: setValueOf(event) === 'part' ? ('part' as const) : ('scrap' as const),
      pieceSerial: context.pieceSerial + 1,
      flaws: noFlaws(),
      edgeDone: false,
      inspected: false,
    })),
    /** Out from under the foot: an unfinished edge is recorded as it is; a part counts good or spoilt. */
    removePiece: assign(({ context }) => {
      const result = context.edgeDone ? context.lastResult : resultOf(context, null, false);
      const part = context.piece === 'part';
      const good = part && context.edgeDone && isGoodSkive(context.flaws);
      return {
        piece: 'none' as const,
        lastResult: result,
        edgeDone: false,
        inspected: false,
        goodParts: context.goodParts + (good ? 1 : 0),
        spoiltParts: context.spoiltParts + (part && !good ? 1 : 0),
      };
    }),
    markFlaw: assign(({ event, context }) => {
      const flaw = FLAW_SIGNALS[signalOf(event) ?? ''];
      if (!flaw || context.piece === 'none') return {};
      return {
        flaws: { ...context.flaws, [flaw]: true },
        // Shavings fly as soon as the knife cuts: into the bag when it pulls, else onto the table.
        chipsInTray: true,
        bagHasChips: context.bagHasChips || (context.extractorOn && !context.extractorFull),
      };
    }),
    finishEdge: assign(({ event, context }) => {
      if (context.piece === 'none' || context.edgeDone) return {};
      const remainingMm = event.type === 'process.signal' && event.value !== undefined ? event.value : null;
      const result = resultOf(context, remainingMm, true);
      return {
        edgeDone: true,
        lastResult: result,
        chipsInTray: true,
        bagHasChips: context.bagHasChips || (context.extractorOn && !context.extractorFull),
        trialOk: context.piece === 'scrap' ? isGoodSkive(context.flaws) : context.trialOk,
      };
    }),
    inspect: assign(({ event, context }) => {
      const c = controlOf(event) as CheckPoint;
      // A look is a passed check only when what it looks for is in order.
      const ok = c === 'knifeEdge' ? !context.knifeBlunt : c === 'extractorBag' ? !context.extractorFull : true;
      return {
        checks: { ...context.checks, [c]: ok },
        knifeFinding: c === 'knifeEdge' ? (context.knifeBlunt ? ('blunt' as const) : null) : context.knifeFinding,
      };
    }),
    inspectSkive: assign({ inspected: true }),
    measure: assign(({ context }) => ({ measuredMm: context.lastResult?.remainingMm ?? null, measuredPiece: context.lastResult?.piece ?? 'none' })),
    sharpenKnife: assign({ knifeBlunt: false, knifeFinding: null, trialOk: false }),
    emptyExtractor: assign({ bagHasChips: false, extractorFull: false, checks: ({ context }) => ({ ...context.checks, extractorBag: true }) }),
    cleanChips: assign({ chipsInTray: false }),
    cleanRoller: assign({ rollerGlazed: false, trialOk: false }),
    tightenGuide: assign({ guideLoose: false, trialOk: false }),
    bluntKnife: assign({ knifeBlunt: true }),
    closeGap: assign({ gapDrift: 'closed' as const }),
    openGap: assign({ gapDrift: 'opened' as const }),
    loosenGuide: assign({ guideLoose: true }),
    glazeRoller: assign({ rollerGlazed: true }),
    fillExtractor: assign({ extractorFull: true, bagHasChips: true }),
  },
});

export type SkiverSetup = typeof skiverSetup;

/** Guard references with parameters, for the region files. */
export const set = (control: string, value?: string) => ({ type: 'isSet' as const, params: { control, value } });
export const press = (control: string) => ({ type: 'isPress' as const, params: { control } });
export const release = (control: string) => ({ type: 'isRelease' as const, params: { control } });
export const inspectOf = (control: string) => ({ type: 'isInspect' as const, params: { control } });
export const adjust = (control: string) => ({ type: 'isAdjust' as const, params: { control } });
export const fault = (id: string) => ({ type: 'isFault' as const, params: { fault: id } });
export const signal = (id: string) => ({ type: 'isSignal' as const, params: { signal: id } });
