/**
 * The event vocabulary, in a file with no imports: every layer (machines, engine, scenarios, view)
 * names these types, so keeping them apart from the module contract breaks the import circle
 * machineModule → mistakes/procedure → machineModule.
 */

/** Every event an operator (or a sensor, or a trainer) can send to a procedure chart. */
export type GladiEvent =
  | { type: 'user.press'; control: string }
  | { type: 'user.release'; control: string }
  | { type: 'user.set'; control: string; value: string }
  | { type: 'user.inspect'; control: string }
  | { type: 'fault.inject'; fault: string }
  /** A continuous control (treadle, knob, the hand on the work) moved to `value` (see continuous.ts). */
  | { type: 'user.adjust'; control: string; value: number };

/** What a process model tells the chart. Sent by the session (sender `process`), never logged: it follows from the log. */
export interface ProcessSignal {
  readonly type: 'process.signal';
  readonly signal: string;
  /** An optional measured number that goes with it (a thickness in mm, a width). */
  readonly value?: number;
}

/** What a chart can receive: operator events, and its process model's signals (never logged: they follow from the log). */
export type ChartEvent = GladiEvent | ProcessSignal;
