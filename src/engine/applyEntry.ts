/** Replaying one log entry, and the app's own practice rules: shared by replay and a start at a step. */
import { EXAM_TIME_LIMIT_MS, type LogEntry, type Mode, type Session, type SessionOptions } from './session.ts';

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
