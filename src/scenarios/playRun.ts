import type { MachineModule } from '../engine/machineModule.ts';
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
 */
export function playRun(module: MachineModule, drill: Drill, items: readonly RunItem[]): { run: DrillRun; notes: RunNote[] } {
  const run = startDrill(module, drill);
  const notes: RunNote[] = [];
  const note = (index: number, kind: RunNote['kind']) =>
    notes.push({ index, kind, t: run.session.clock.now() - drill.startMs, state: JSON.stringify(run.session.actor.getSnapshot().value) });
  items.forEach((item, index) => {
    run.advanceTo(drill.startMs + item.t);
    if (run.result().status !== 'running') note(index, 'afterEnd');
    else if ('skip' in item) {
      if (run.skipWait() === 0) note(index, 'nothingToSkip');
    } else if (!run.send(item.event)) note(index, 'refused');
  });
  run.advanceTo(drill.startMs + drill.timeLimitMs);
  return { run, notes };
}
