import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { MachineMessages } from '../i18n/catalogue.ts';
import type { ContinuousDrag, ContinuousRange, ProcessModel } from './continuous.ts';
import type { GladiEvent, ProcessSignal } from './gladiEvent.ts';
import type { MistakeRules } from './mistakes.ts';
import type { ProcedureSpec } from './procedure.ts';

// The event types live in gladiEvent.ts (no imports); re-exported for the many files that name them here.
export type { ChartEvent, GladiEvent, ProcessSignal } from './gladiEvent.ts';

/**
 * How a control is operated. `button`: momentary (press + release);
 * `selector`: discrete positions; `estop`: latching mushroom; `inspect`: a look/check
 * on the real machine; `action`: a hand action on the work (place, remove, swing);
 * `continuous`: a treadle, a knob with a range, or the hand guiding the work (`range` says how).
 */
export type ControlKind = 'button' | 'selector' | 'estop' | 'inspect' | 'action' | 'continuous';

export interface ControlSpec {
  /** Stable id used in events, `data-control` and scenario files. */
  readonly id: string;
  readonly kind: ControlKind;
  /** glTF node the control lives on; clicking it sends the control's primary event. */
  readonly node: string;
  /**
   * Every event object this control can send. A continuous control takes any `user.adjust` value
   * on its range and step; it lists a few representative ones here (rest, half, full) for
   * exploration and random walks.
   */
  readonly events: readonly GladiEvent[];
  /** Panel group, for laying out the HTML control panel. */
  readonly group: string;
  /** Continuous controls only: the value's range, quantum and rest position. */
  readonly range?: ContinuousRange;
  /** Continuous controls only: how a drag on `node` moves the value. */
  readonly drag?: ContinuousDrag;
}

export interface FaultSpec {
  readonly id: string;
  /** The event that injects the fault. */
  readonly event: GladiEvent;
}

export interface MachineModule<TMachine extends AnyStateMachine = AnyStateMachine> {
  /** kebab-case id, also the model file name and URL parameter. */
  readonly id: string;
  /** Bumped whenever the chart changes in a way that would change the replay of a recorded log. */
  readonly version: string;
  readonly machine: TMachine;
  readonly controls: readonly ControlSpec[];
  /** URL of the generated model under `public/models/` (src/engine/modelFile.ts). */
  readonly modelUrl: string;
  /** glTF nodes the view animates (besides control nodes). */
  readonly animatedNodes: readonly string[];
  readonly faults: readonly FaultSpec[];
  /** The operating procedure: steps (for the step list, hints and order checks). */
  readonly procedure: ProcedureSpec;
  /** Graded mistakes this machine can detect in an operator's actions. */
  readonly mistakes: MistakeRules;
  /** Message catalogue for this machine (keys without the machine prefix). */
  readonly messages: MachineMessages;
  /**
   * Named delays a trainee may fast-forward (warm-up, dwell, cooling). A wait is offered for
   * skipping only while every running timer is one of these, so a trap such as the adhesive's
   * open time is never skipped by accident. Absent: any wait may be skipped.
   */
  readonly longWaits?: readonly string[];
  /** Current position of a selector-like control (for the panel and for 3D toggling), if it has one. */
  readonly readControl: (snapshot: AnyMachineSnapshot, controlId: string) => string | undefined;
  /** What the machine is doing now, in one line for the artisan. */
  readonly status: (snapshot: AnyMachineSnapshot) => StatusLine;
  /**
   * For exhaustive tests: a representative subset of the module's events that still reaches every
   * state, and the part of a snapshot that decides what can happen next.
   */
  readonly exploration: {
    readonly events: readonly GladiEvent[];
    readonly key: (snapshot: AnyMachineSnapshot) => string;
    /**
     * Process signals the walker may send as well: they follow from continuous input a walker
     * cannot steer, and only they reach the states a finished piece of handwork opens.
     */
    readonly signals?: readonly ProcessSignal[];
  };
  /** Why an event the chart did not accept changed nothing. */
  readonly refusal: (snapshot: AnyMachineSnapshot, event: GladiEvent) => StatusLine;
  /** Good work pieces made so far (pure): what a drill's `goodCycles` objective counts. */
  readonly cycles?: (snapshot: AnyMachineSnapshot) => number;
  /** The continuous part of the work (handwork under a knife or a needle), if the machine has one. */
  readonly process?: ProcessModel;
  /**
   * Lines the debrief shows about the continuous work (the skive's width and thickness along the
   * edge, where the hand drifted), from the process state and the final snapshot. Pure.
   */
  readonly explainProcess?: (state: unknown, snapshot: AnyMachineSnapshot) => readonly StatusLine[];
}

export type Tone = 'info' | 'ok' | 'warn' | 'danger';
/** A message key (in the machine's catalogue) with its tone and parameters. */
export interface StatusLine {
  readonly key: string;
  readonly tone: Tone;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Tags with a meaning fixed by the engine contract. */
export const TAGS = { hazard: 'hazard', estop: 'estop', fault: 'fault', complete: 'complete' } as const;

export const ESTOP_CONTROL_ID = 'estop';

export const eventKey = (e: GladiEvent): string => JSON.stringify(e);
