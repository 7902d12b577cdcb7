import type { ChartEvent } from '../../../engine/machineModule.ts';
import {
  MAX_SPEED_DEFAULT,
  NEEDLE_FABRIC,
  PRESSURE_DEFAULT,
  STITCH_DEFAULT_MM,
  TENSION_CREPT_BY,
  TENSION_DEFAULT,
  THREAD_DEFAULT,
  type Thread,
} from '../constants.ts';

/** What lies on the post under the roller presser. */
export type Piece = 'none' | 'scrap' | 'upper';

/** What the process model found wrong along a seam (each arrives as a `process.signal`), then what the trim found missing. */
export const FLAW_IDS = [
  'threadBreak',
  'skipped',
  'loops',
  'pucker',
  'stitchLength',
  'offLine',
  'cornerMissed',
  'tooFast',
  'noTackStart',
  'noTackEnd',
  'unfinished',
] as const;
export type FlawId = (typeof FLAW_IDS)[number];
export type Flaws = Record<FlawId, boolean>;
export const noFlaws = (): Flaws => Object.fromEntries(FLAW_IDS.map((f) => [f, false])) as Flaws;
export const isGoodSeam = (f: Flaws): boolean => FLAW_IDS.every((id) => !f[id]);
export const flawList = (f: Flaws): FlawId[] => FLAW_IDS.filter((id) => f[id]);

/** Where the needle is along the marked line, as the process model reports it. */
export interface SeamMarks {
  tackStart: boolean;
  nearCorner: boolean;
  atCorner: boolean;
  nearEnd: boolean;
  atEnd: boolean;
  tackEnd: boolean;
}
export const noMarks = (): SeamMarks => ({ tackStart: false, nearCorner: false, atCorner: false, nearEnd: false, atEnd: false, tackEnd: false });

export interface SewingContext {
  // Switches and settings
  powerOn: boolean;
  estopDown: boolean;
  /** Latest pedal travel, back-tack lever and hand offset (also in the session's inputs). */
  pedal: number;
  backTack: number;
  steerMm: number;
  stitchMm: number;
  tension: number;
  pressure: number;
  maxSpm: number;
  needleStop: 'up' | 'down';
  fingerGuard: boolean;
  eyeGuardDown: boolean;
  beltCover: boolean;
  /** Presser foot (roller) lifted by the knee lifter. */
  footUp: boolean;
  needleDown: boolean;
  // Before work
  cleaned: boolean;
  oiled: boolean;
  needleSize: number;
  thread: Thread;
  threaded: boolean;
  bobbinWound: boolean;
  bobbinIn: boolean;
  // Condition (faults)
  needleBent: boolean;
  threadCaught: boolean;
  threadOffDiscs: boolean;
  threadBroken: boolean;
  needleBroken: boolean;
  // The work
  piece: Piece;
  pieceSerial: number;
  /** Turns of the work at the corner (0 or 1), and whether it was turned with the needle up. */
  pivots: number;
  pivotNeedleUp: boolean;
  marks: SeamMarks;
  flaws: Flaws;
  /** The seam was finished with the trimmer (heel back). */
  trimmed: boolean;
  inspected: boolean;
  testOk: boolean;
  goodParts: number;
  spoiltParts: number;
  /** Power was switched on with the pedal pressed: the servo refuses to start until power is cycled. */
  startBlocked: boolean;
  lastStop: 'estop' | null;
}

export const initialContext = (): SewingContext => ({
  powerOn: false,
  estopDown: false,
  pedal: 0,
  backTack: 0,
  steerMm: 0,
  stitchMm: STITCH_DEFAULT_MM,
  tension: TENSION_DEFAULT,
  pressure: PRESSURE_DEFAULT,
  maxSpm: MAX_SPEED_DEFAULT,
  needleStop: 'up',
  fingerGuard: true,
  eyeGuardDown: false,
  beltCover: true,
  footUp: false,
  needleDown: false,
  cleaned: false,
  oiled: false,
  needleSize: NEEDLE_FABRIC,
  thread: THREAD_DEFAULT,
  threaded: true,
  bobbinWound: false,
  bobbinIn: false,
  needleBent: false,
  threadCaught: false,
  threadOffDiscs: false,
  threadBroken: false,
  needleBroken: false,
  piece: 'none',
  pieceSerial: 0,
  pivots: 0,
  pivotNeedleUp: false,
  marks: noMarks(),
  flaws: noFlaws(),
  trimmed: false,
  inspected: false,
  testOk: false,
  goodParts: 0,
  spoiltParts: 0,
  startBlocked: false,
  lastStop: null,
});

export type SewingEvent = ChartEvent;

export const controlOf = (e: SewingEvent): string | undefined => ('control' in e ? e.control : undefined);
export const setValueOf = (e: SewingEvent): string | undefined => (e.type === 'user.set' ? e.value : undefined);
export const adjustValueOf = (e: SewingEvent): number | undefined => (e.type === 'user.adjust' && Number.isFinite(e.value) ? e.value : undefined);
export const signalOf = (e: SewingEvent): string | undefined => (e.type === 'process.signal' ? e.signal : undefined);

/** The tension the thread actually feels: the dial, unless its nut crept (fault). */
export const effectiveTension = (c: Pick<SewingContext, 'tension' | 'threadCaught'>): number => c.tension + (c.threadCaught ? TENSION_CREPT_BY : 0);
/** Finger guard, eye guard and belt cover all in place: the servo may run. */
export const guardsOn = (c: Pick<SewingContext, 'fingerGuard' | 'eyeGuardDown' | 'beltCover'>): boolean => c.fingerGuard && c.eyeGuardDown && c.beltCover;
/** The machine could lay a stitch now (threaded both sides, nothing broken, guards on). */
export const canStitch = (c: SewingContext): boolean => c.threaded && c.bobbinIn && c.bobbinWound && !c.threadBroken && !c.needleBroken && guardsOn(c);
