import type { MachineModule } from './machineModule.ts';
import { createSession, EXAM_TIME_LIMIT_MS, type LogEntry, type Mode, type Session, type SessionLog, type SessionOptions } from './session.ts';

/** The rules of a practice session (no drill) in each mode: the app's own, never a file's. */
export const practiceOptions = (mode: Mode): SessionOptions => ({ mode, ...(mode === 'exam' ? { timeLimitMs: EXAM_TIME_LIMIT_MS } : {}) });

/** Applies one recorded entry at its time. The one list of what each entry kind does on replay. */
export function applyEntry(session: Session, e: LogEntry): void {
  session.advanceTo(e.t);
  if (e.kind === 'event') session.send(e.event, e.by);
  else if (e.kind === 'hint') session.requestHint();
  else if (e.kind === 'pause') session.pause(e.reason);
  else if (e.kind === 'resume') session.resume(e.pausedMs);
  else if (e.kind === 'end') session.end();
  else session.skipWait();
}

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
  const session = createSession(module, practiceOptions(log.mode));
  // Lets a reader watch the replay as it happens (when each step was done), without a second loop.
  observe?.(session);
  // Only a trainer's fault injections (checked before) keep their sender; everything else is the trainee's.
  for (const e of log.entries) applyEntry(session, e.kind === 'event' ? { ...e, by: e.by === 'trainer' ? 'trainer' : 'trainee' } : e);
  session.advanceTo(log.endT);
  return session;
}
