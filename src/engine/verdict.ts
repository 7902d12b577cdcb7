import type { Mode } from './session.ts';

/**
 * How a run stopped, or that it has not. The session's rules and a drill's judge decide this from
 * recorded times (when something ended the run); the verdict below decides what it means.
 */
export type Stop =
  /** Still going. */
  | 'running'
  /** Reached its end: the procedure is complete (practice, exam), or every drill objective is met. */
  | 'complete'
  /** The trainee ended it before that ("Finish"). */
  | 'trainee'
  /** The time limit passed first. */
  | 'timeLimit'
  /** An exam's rule stopped it at a critical mistake. */
  | 'critical'
  /** A drill's response window closed without the response. */
  | 'windowMissed'
  /** The procedure finished while drill objectives were still open. */
  | 'procedureEnded';

export const STOPS: readonly Stop[] = ['running', 'complete', 'trainee', 'timeLimit', 'critical', 'windowMissed', 'procedureEnded'];

export interface ObjectiveFact {
  readonly met: boolean;
  /** A response window closed before the response. */
  readonly missed: boolean;
}

export interface VerdictInput {
  readonly mode: Mode;
  /** A trainer's drill (objectives, pass mark): graded in every mode. */
  readonly drill: boolean;
  readonly stop: Stop;
  /** The first critical mistake, if any (the time-out is `stop: 'timeLimit'`, not a mistake here). */
  readonly critical?: string | undefined;
  /** A drill's objectives in order; empty without a drill. */
  readonly objectives: readonly ObjectiveFact[];
  readonly stepsDone: number;
  readonly stepsTotal: number;
  readonly score: number;
  readonly passMark: number;
}

/**
 * - inProgress: no verdict yet.
 * - passed / failed: a graded run (an exam or any drill) that is over.
 * - practiceDone: guided or free practice that reached the end of the procedure (notes may follow).
 * - notFinished: practice that stopped before the end; nothing to grade.
 */
export type VerdictKind = 'inProgress' | 'passed' | 'failed' | 'practiceDone' | 'notFinished';

/** Why, in order of weight: the first reason is what ended or decided the run. Text keys: `verdict.reason.<kind>`. */
export type VerdictReason =
  | { readonly kind: 'notFinished'; readonly stepsDone: number; readonly stepsTotal: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'critical'; readonly mistake: string }
  | { readonly kind: 'windowMissed'; readonly objectives: readonly number[] }
  | { readonly kind: 'objectivesOpen'; readonly objectives: readonly number[] }
  | { readonly kind: 'belowPassMark'; readonly score: number; readonly passMark: number };

export interface Verdict {
  readonly kind: VerdictKind;
  readonly reasons: readonly VerdictReason[];
  /**
   * The score is the run's result only when the run reached its end. Otherwise it counts mistakes
   * of a part of the work and must not be shown as a mark (100 for doing nothing is not "perfect").
   */
  readonly scored: boolean;
}

export const isGraded = (input: Pick<VerdictInput, 'mode' | 'drill'>): boolean => input.drill || input.mode === 'exam';

/** The one place that decides what a run's outcome means. Every screen and file shows only this. */
export function decideVerdict(input: VerdictInput): Verdict {
  const { stop } = input;
  if (stop === 'running') return { kind: 'inProgress', reasons: [], scored: false };
  const scored = stop === 'complete';
  const indices = (pick: (o: ObjectiveFact) => boolean) => input.objectives.flatMap((o, i) => (pick(o) ? [i] : []));
  const missed = indices((o) => o.missed);
  const open = indices((o) => !o.met && !o.missed);

  const facts: VerdictReason[] = [];
  if (stop === 'trainee') facts.push({ kind: 'notFinished', stepsDone: input.stepsDone, stepsTotal: input.stepsTotal });
  if (stop === 'timeLimit') facts.push({ kind: 'timeout' });
  // A stop always has its fact, even when the input names nothing behind it.
  if (input.critical !== undefined || stop === 'critical') facts.push({ kind: 'critical', mistake: input.critical ?? '' });
  if (missed.length || stop === 'windowMissed') facts.push({ kind: 'windowMissed', objectives: missed });
  if (open.length || stop === 'procedureEnded') facts.push({ kind: 'objectivesOpen', objectives: open });
  if (scored && input.score < input.passMark) facts.push({ kind: 'belowPassMark', score: input.score, passMark: input.passMark });

  // What ended the run comes first; at a normal end the heaviest fact decides.
  const first: Record<Exclude<Stop, 'running' | 'complete'>, VerdictReason['kind']> = {
    trainee: 'notFinished',
    timeLimit: 'timeout',
    critical: 'critical',
    windowMissed: 'windowMissed',
    procedureEnded: 'objectivesOpen',
  };
  const lead = stop === 'complete' ? undefined : first[stop];
  const reasons = lead ? [...facts.filter((r) => r.kind === lead), ...facts.filter((r) => r.kind !== lead)] : facts;

  if (!isGraded(input)) return { kind: scored ? 'practiceDone' : 'notFinished', reasons, scored };
  return { kind: scored && reasons.length === 0 ? 'passed' : 'failed', reasons, scored };
}
