import { MAX_DRILL_FILE_BYTES } from '../engine/recordLimits.ts';
import { problem } from './problems.ts';

/**
 * How much work checking one drill file may take. A trainer's file is checked in the app before
 * it can start, so a hostile or broken one must not hang a low-end tablet. Counts, never clock
 * time: the same file gets the same verdict on every device, in the app and in the checker.
 * Documented for authors in scenarios/README.md (keep the numbers there in step).
 */

/** Items the check plays in all: the start once for every run (golden and each bad run), plus every run's own items. */
export const MAX_PLAYED_ITEMS = 2000;

/** Machine steps (each accepted event and each timer that fires) in all runs together. */
export const MAX_MACHINE_STEPS = 10_000;

/**
 * A process step (continuous handwork, a few sums) costs far less than a chart step: this many
 * count as one machine step, so a minute of skiving (3,000 steps of 20 ms) costs 30.
 */
export const PROCESS_STEPS_PER_MACHINE_STEP = 100;

/** Simulated time played in one go before the step budget is looked at again, ms. */
export const STEP_CHECK_SLICE_MS = 60_000;

/** The items the check would play for a drill of this shape. */
export const playedItems = (startItems: number, goldenItems: number, badRunItems: readonly number[]): number =>
  (1 + badRunItems.length) * startItems + goldenItems + badRunItems.reduce((a, b) => a + b, 0);

/** Machine steps left for the runs still to play; shared by all runs of one check. */
export class StepBudget {
  private spent = 0;
  constructor(readonly max = MAX_MACHINE_STEPS) {}
  spend(steps = 1): void {
    this.spent += steps;
  }
  get used(): number {
    return this.spent;
  }
  get exhausted(): boolean {
    return this.spent > this.max;
  }
}

/** Largest drill file read, bytes (a record may carry one: engine/recordLimits.ts). */
export const MAX_FILE_BYTES = MAX_DRILL_FILE_BYTES;

export const fileTooLarge = (file: string, bytes: number): string =>
  problem(file, '(file)', `too large to be a drill file (${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
