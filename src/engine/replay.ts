import type { MachineModule } from './machineModule.ts';
import { applyEntry, practiceOptions } from './applyEntry.ts';
import { createSession, type Sender, type Session, type SessionLog } from './session.ts';
import { startAtStep } from './startAtStep.ts';

export { applyEntry, practiceOptions } from './applyEntry.ts';

/**
 * Re-runs a recorded log in a fresh session: the clock is moved to each entry's time and the entry
 * is applied again. `upTo` (exclusive entry index) stops early for stepping and scrubbing; without
 * it the clock runs on to the log's end. The result is deterministic: same log, same session.
 * The rules (time limit, pass mark, weights) come from the log: use it on a log already checked
 * (records/sessionRecord.ts) or made by this app.
 */
export function replayLog(module: MachineModule, log: SessionLog, upTo = log.entries.length): Session {
  if (log.machineId !== module.id) throw new Error(`log is for machine "${log.machineId}", not "${module.id}"`);
  const session = createSession(module, {
    mode: log.mode,
    ...(log.timeLimitMs !== undefined ? { timeLimitMs: log.timeLimitMs } : {}),
    ...(log.passMark !== undefined ? { passMark: log.passMark } : {}),
    ...(log.weights !== undefined ? { weights: log.weights } : {}),
    ...(log.scenario !== undefined ? { scenario: log.scenario } : {}),
    ...(log.startStep !== undefined ? { startStep: log.startStep } : {}),
  });
  for (let i = 0; i < upTo && i < log.entries.length; i++) applyEntry(session, log.entries[i]!);
  const end = upTo >= log.entries.length ? log.endT : (log.entries[upTo]?.t ?? log.endT);
  session.advanceTo(end);
  return session;
}

/**
 * Recomputes a practice session (no drill) from a file's log under the app's rules for its mode:
 * accepted flags and mistakes are the chart's, not the file's.
 */
export function replayPractice(module: MachineModule, log: SessionLog, observe?: (session: Session) => void): Session {
  const startStep = log.mode === 'guided' ? log.startStep : undefined;
  // The app's lead-up is only what the app itself does to reach that step; any later entry is the trainee's.
  const start = startStep === undefined ? null : startAtStep(module, startStep);
  const leadUp = start?.ok ? start.entries.length : 0;
  const session = createSession(module, { ...practiceOptions(log.mode), ...(startStep !== undefined ? { startStep } : {}) });
  // Lets a reader watch the replay as it happens (when each step was done), without a second loop.
  observe?.(session);
  // Only a trainer's fault injections (checked before) keep their sender, and the app's lead-up of a
  // run started at a step; everything else is the trainee's.
  const keep = (by: Sender, i: number): Sender => (by === 'trainer' || (by === 'scenario' && i < leadUp) ? by : 'trainee');
  log.entries.forEach((e, i) => applyEntry(session, e.kind === 'event' ? { ...e, by: keep(e.by, i) } : e));
  session.advanceTo(log.endT);
  return session;
}
