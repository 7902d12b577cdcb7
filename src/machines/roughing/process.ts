import type { AnyMachineSnapshot } from 'xstate';
import type { ContinuousInputs, ProcessModel, ProcessSignal, ProcessStep } from '../../engine/continuous.ts';
import { isBurnt, isIntoUpper, judgeBand, type BandSample } from './band.ts';
import type { RoughingContext } from './chart/context.ts';
import {
  CLOGGED_HEAT_FACTOR,
  DEPTH_FULL_MM,
  DUST_AFTER_MM,
  MARGIN_LENGTH_MM,
  PROCESS_STEP_MS,
  SAMPLE_MM,
  TRAVEL_MM_PER_S,
  WORK_TICKET,
} from './constants.ts';

/**
 * The band as the artisan's hand makes it (pure; no React, three or DOM). While a held shoe is
 * pressed to the turning wheel, each step moves it along the lasting margin at the hand's pace and
 * samples, every SAMPLE_MM, the depth (pressure × speed), the path (how far off the marked line)
 * and the heat (pressure × speed, doubled by a clogged wheel). Thresholds crossed go to the chart
 * as signals at once (`intoUpper`, `burnt`, `dustEscaping`, `wrongWay` for a reversed wheel); at
 * the end of the margin the band's flaws, then `bandDone` with its coverage in %.
 */
export interface RoughingProcessState {
  /** The chart's `shoeSerial` this state belongs to (a new shoe starts afresh). */
  readonly serial: number;
  readonly travelledMm: number;
  readonly samples: readonly BandSample[];
  /** Signals already sent for this shoe (each goes once). */
  readonly sent: readonly string[];
  readonly done: boolean;
}

export const freshProcess = (serial: number): RoughingProcessState => ({ serial, travelledMm: 0, samples: [], sent: [], done: false });

const ctxOf = (s: AnyMachineSnapshot) => s.context as RoughingContext;
const round = (v: number, digits: number) => Number(v.toFixed(digits));
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The wheel works the held shoe (the chart decides; the hand says how hard and where). */
export const isRoughing = (s: AnyMachineSnapshot): boolean => s.hasTag('wheelContact');

/** The band at one point along the margin. */
export function sampleAt(atMm: number, c: RoughingContext, pressure: number, offsetMm: number): BandSample {
  const speed = c.speedRpm / WORK_TICKET.speedRpm;
  return {
    atMm,
    depthMm: round(pressure * DEPTH_FULL_MM * speed, 3),
    offsetMm,
    heat: round(pressure * speed * (c.wheelClogged ? CLOGGED_HEAT_FACTOR : 1), 3),
    pressure,
  };
}

const once = (state: RoughingProcessState, id: string, out: ProcessSignal[], value?: number): readonly string[] => {
  if (state.sent.includes(id)) return state.sent;
  out.push(value === undefined ? { type: 'process.signal', signal: id } : { type: 'process.signal', signal: id, value });
  return [...state.sent, id];
};

/** One fixed step. Pure: same state, inputs, dt and snapshot give the same result. */
export function stepRoughing(state: RoughingProcessState, inputs: ContinuousInputs, dtMs: number, snapshot: AnyMachineSnapshot): ProcessStep<RoughingProcessState> {
  const c = ctxOf(snapshot);
  let s = state.serial === c.shoeSerial ? state : freshProcess(c.shoeSerial);
  const pressure = clamp(inputs.pressure ?? c.pressure, 0, 1);
  if (!isRoughing(snapshot) || s.done || pressure <= 0) return { state: s };
  const signals: ProcessSignal[] = [];
  // The wheel running the wrong way grabs the shoe and throws it and the dust at the operator.
  if (c.reversing !== WORK_TICKET.direction) return { state: { ...s, sent: once(s, 'wrongWay', signals), done: true }, signals };
  const offset = inputs.pathOffset ?? c.pathOffsetMm;
  const travelled = Math.min(MARGIN_LENGTH_MM, s.travelledMm + (TRAVEL_MM_PER_S * dtMs) / 1000);
  const samples = [...s.samples];
  for (let at = (samples.at(-1)?.atMm ?? 0) + SAMPLE_MM; at <= travelled + 1e-9; at += SAMPLE_MM) samples.push(sampleAt(round(at, 2), c, pressure, offset));
  s = { ...s, travelledMm: round(travelled, 2), samples };
  if ((!c.extractionOn || c.bagFull) && travelled >= DUST_AFTER_MM) s = { ...s, sent: once(s, 'dustEscaping', signals) };
  if (samples.some(isIntoUpper)) s = { ...s, sent: once(s, 'intoUpper', signals) };
  if (samples.some(isBurnt)) s = { ...s, sent: once(s, 'burnt', signals) };
  if (travelled >= MARGIN_LENGTH_MM) {
    const judged = judgeBand(samples);
    for (const flaw of judged.flaws) s = { ...s, sent: once(s, flaw, signals) };
    s = { ...s, sent: once(s, 'bandDone', signals, judged.coveragePct), done: true };
  }
  return signals.length ? { state: s, signals } : { state: s };
}

export const roughingProcess: ProcessModel<RoughingProcessState> = {
  stepMs: PROCESS_STEP_MS,
  initial: freshProcess(0),
  active: (snapshot: AnyMachineSnapshot, inputs: ContinuousInputs) => isRoughing(snapshot) && (inputs.pressure ?? 0) > 0,
  step: stepRoughing,
};

/** The process state of the shoe in hand now (a stale one reads as fresh). */
export const currentProcess = (state: RoughingProcessState | undefined, c: RoughingContext): RoughingProcessState =>
  state && state.serial === c.shoeSerial ? state : freshProcess(c.shoeSerial);
