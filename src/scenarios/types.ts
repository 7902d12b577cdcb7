import type { GladiEvent } from '../engine/machineModule.ts';
import type { ScoreWeights } from '../engine/scoring.ts';
import type { Mode } from '../engine/session.ts';

/**
 * A drill as the runtime uses it: read from a scenario file, checked against its machine and
 * resolved (seconds → ms, "tag:x" → { tag }). Only `loadScenario` makes these (and `readBundledDrill`
 * for the bundled files, which the tests check with it), so a Drill in hand is always one the machine can run. All text is plain data: render it as text, never as HTML.
 */

/** Text in both app languages (Bahasa Indonesia first). */
export interface LocalText {
  readonly id: string;
  readonly en: string;
}

/** A state of the chart: a dotted state path (`power.powered.lowOil`) or a tag (`fault`). */
export type StateRef = { readonly state: string } | { readonly tag: string };

/** One item of a drill's starting point: an operator event, or a fast-forward to the next timer. */
export type StartItem = GladiEvent | { readonly skip: true };

export type OperatorEventType = 'user.press' | 'user.release' | 'user.set' | 'user.inspect';

/** What a fault trigger looks for in the trainee's events (`value` only when given). */
export interface EventMatch {
  readonly type: OperatorEventType;
  readonly control: string;
  readonly value?: string;
}

/** When a scheduled fault is injected: ms after the drill starts, when a step is done, or on a trainee event. */
export type FaultWhen = { readonly afterMs: number } | { readonly step: string } | { readonly event: EventMatch };

export interface ScheduledFault {
  readonly fault: string;
  readonly at: FaultWhen;
}

export type Objective =
  | { readonly type: 'reachState'; readonly target: StateRef; readonly label?: LocalText }
  /** Good pieces made during the drill (not counting those made by the start). */
  | { readonly type: 'goodCycles'; readonly count: number; readonly label?: LocalText }
  /** After `fault` is first injected, reach `response` within `withinMs` of session clock. */
  | { readonly type: 'respondToFault'; readonly fault: string; readonly withinMs: number; readonly response: StateRef; readonly label?: LocalText };

export type ObjectiveType = Objective['type'];

/** One timed action of a recorded trainee run; `t` is ms after the drill started (after the start). */
export type RunItem = { readonly t: number; readonly event: GladiEvent } | { readonly t: number; readonly skip: true };

export type FailReason = 'critical' | 'timeout' | 'objective' | 'score';

/** A run that must fail, and why: the author's proof that the drill catches this mistake. */
export interface BadRun {
  readonly note?: string;
  readonly events: readonly RunItem[];
  readonly expect: { readonly failed: FailReason; readonly mistake?: string };
}

export interface Drill {
  /** The file it came from, for messages. */
  readonly file: string;
  readonly id: string;
  readonly machine: string;
  readonly title: LocalText;
  readonly briefing: LocalText;
  readonly mode: Mode;
  readonly start: readonly StartItem[];
  readonly startState?: StateRef;
  /** Session clock when the start is done (its skips move the clock): drill time counts from here. */
  readonly startMs: number;
  readonly faults: readonly ScheduledFault[];
  readonly objectives: readonly Objective[];
  readonly timeLimitMs: number;
  readonly passMark: number;
  readonly weights?: ScoreWeights;
  readonly golden: readonly RunItem[];
  readonly badRuns: readonly BadRun[];
  /**
   * A trainer's own file as it was opened (checkDrill.ts): a record made with it carries the text,
   * so it can be checked and replayed on a device that does not have the file. Bundled drills have none.
   */
  readonly source?: string;
}

/** "tag:fault" → { tag: 'fault' }; anything else is a dotted state path. */
export const parseStateRef = (text: string): StateRef => (text.startsWith('tag:') ? { tag: text.slice(4) } : { state: text });
export const stateRefText = (ref: StateRef): string => ('tag' in ref ? `tag:${ref.tag}` : ref.state);
