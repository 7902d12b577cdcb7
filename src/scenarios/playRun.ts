import type { MachineModule } from '../engine/machineModule.ts';
import { PROCESS_STEPS_PER_MACHINE_STEP, STEP_CHECK_SLICE_MS, StepBudget } from './checkLimits.ts';
import { startDrill, type DrillRun } from './drillRun.ts';
import type { Drill, RunItem } from './types.ts';

export interface RunNote {
  readonly index: number;
  readonly kind: 'refused' | 'nothingToSkip' | 'afterEnd';
  /** Drill time, ms. */
  readonly t: number;
  readonly state: string;
}

/**
 * Plays a recorded trainee run (a drill's golden or bad run) as a trainee would: each item at
 * its time, through `startDrill`, then lets the clock run to the time limit so the drill ends.
 * Notes what did not go as written (refused events, skips with nothing to skip, items after the end).
 *
 * Every machine step is paid from `budget`; once it is spent the run stops where it is
 * (`outOfSteps`), so a hostile file cannot keep the checker busy. Time is played in slices so
 * the budget is looked at often; slicing changes nothing, as a drill run stops at every timer anyway.
 */
export function playRun(
  module: MachineModule,
  drill: Drill,
  items: readonly RunItem[],
  budget = new StepBudget(Infinity),
): { run: DrillRun; notes: RunNote[]; outOfSteps: boolean } {
  const run = startDrill(module, drill);
  let processSteps = 0;
  // One step per change the session reports (each event, each timer: a drill run stops at every timer), plus its process steps.
  const unsubscribe = run.session.subscribe(() => {
    const steps = run.session.processSteps();
    budget.spend(1 + (steps - processSteps) / PROCESS_STEPS_PER_MACHINE_STEP);
    processSteps = steps;
  });
  const notes: RunNote[] = [];
  const note = (index: number, kind: RunNote['kind']) =>
    notes.push({ index, kind, t: run.session.clock.now() - drill.startMs, state: JSON.stringify(run.session.actor.getSnapshot().value) });
  const advanceTo = (t: number) => {
    for (;;) {
      run.advanceTo(Math.min(t, run.session.clock.now() + STEP_CHECK_SLICE_MS));
      if (budget.exhausted || run.session.clock.now() >= t || run.result().status !== 'running') return;
    }
  };
  try {
    for (const [index, item] of items.entries()) {
      advanceTo(drill.startMs + item.t);
      if (budget.exhausted) break;
      if (run.result().status !== 'running') note(index, 'afterEnd');
      else if ('skip' in item) {
        if (run.skipWait() === 0) note(index, 'nothingToSkip');
      } else if (!run.send(item.event)) note(index, 'refused');
    }
    advanceTo(drill.startMs + drill.timeLimitMs);
  } finally {
    unsubscribe();
  }
  return { run, notes, outOfSteps: budget.exhausted };
}
