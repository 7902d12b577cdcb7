import type { AnyMachineSnapshot } from 'xstate';
import type { ProcessSignal } from './gladiEvent.ts';

export type { ProcessSignal } from './gladiEvent.ts';

/**
 * Continuous handwork: the contract between a machine folder and the engine (issue 10).
 *
 * A continuous control (kind `continuous`) is a treadle (0…1), a knob with a range, or the
 * position of the work under the tool (the artisan's hand). The view samples it (drag on the
 * model, keys, an on-screen slider) and sends `{ type: 'user.adjust', control, value }` events at
 * a bounded rate; the session logs them like any other event, so a replay reproduces the run.
 *
 * The machine's pure process model turns the latest value of every continuous control into the
 * continuous part of the work (knife speed, feed, the skive's profile) on the session clock, in
 * fixed steps, and tells the chart when a threshold is crossed with a `process.signal` event.
 * The chart stays the one source of what the operator may do: it decides whether the knife runs,
 * the process only measures what the hand did while it ran.
 */

/**
 * The most `user.adjust` events a view sends per second for one control (it samples a drag or a
 * held key at this rate and sends only changes). Record bounds are derived from it (recordLimits.ts).
 */
export const MAX_ADJUSTS_PER_SECOND = 5;

/** Range of a continuous control. Values are rounded to `step`, so logs stay small and replays exact. */
export interface ContinuousRange {
  readonly min: number;
  readonly max: number;
  /** Quantum of the value (0.05 for a treadle, 0.1 mm for a screw). */
  readonly step: number;
  /** Where the control springs back when let go (a treadle: 0). Absent: it stays where it was left. */
  readonly rest?: number;
  /** Initial value (default: `rest`, else `min`). */
  readonly initial?: number;
  /** Unit shown next to the value in the panel (message-free: 'mm', '%', '°'). */
  readonly unit?: string;
}

/** How a drag on the model moves a continuous control: which screen axis, and how far is the whole range. */
export interface ContinuousDrag {
  /** Screen axis of the drag: `x` to the right, `y` downwards (a treadle pressed down). */
  readonly axis: 'x' | 'y';
  /** CSS pixels of drag for the whole range (min → max). */
  readonly pixelsForRange: number;
}

/** Latest value of every continuous control, by control id. */
export type ContinuousInputs = Readonly<Record<string, number>>;

/**
 * A machine's continuous process: pure (no React, three or DOM), stepped by the session on its
 * clock at a fixed `stepMs` while `active` says so. Same log, same steps, same result.
 * `TSnapshot`: the chart's snapshot type (defineMachine gives a machine folder its own).
 */
export interface ProcessModel<TState = unknown, TSnapshot = AnyMachineSnapshot> {
  /** Fixed step on the session clock, a whole number of ms; steps fall on its multiples (see processRunner.ts). */
  readonly stepMs: number;
  readonly initial: TState;
  /**
   * The process runs on its own, with nobody's hands in it (a vessel heating up or venting): a
   * declared long wait may be fast-forwarded while it steps (the steps are taken all the same),
   * and a trainee with nothing to do waits for it. Absent (handwork): no skip while it is active.
   */
  readonly unattended?: boolean;
  /**
   * True while the process must be stepped (the knife runs, work is under it). When false no step
   * is taken, so an idle machine costs nothing and the wait for the next timer can be fast-forwarded.
   */
  readonly active: (snapshot: TSnapshot, inputs: ContinuousInputs) => boolean;
  /** Next state after `dtMs` with these inputs; signals go to the chart in order. */
  readonly step: (state: TState, inputs: ContinuousInputs, dtMs: number, snapshot: TSnapshot) => ProcessStep<TState>;
  /**
   * Runs after every logged event the chart accepted (an adjust included, a process signal or a
   * timer never), with the snapshot after it: return a fresh state when that event put new work
   * under the tool (a fresh strip), else `state` itself. Absent: the state only ever steps.
   */
  readonly reset?: (state: TState, snapshot: TSnapshot) => TState;
}

export interface ProcessStep<TState> {
  readonly state: TState;
  readonly signals?: readonly ProcessSignal[];
}
