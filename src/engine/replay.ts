import type { MachineModule } from './machineModule.ts';
import { createSession, type Session, type SessionLog } from './session.ts';

/**
 * Re-runs a recorded log in a fresh session: the clock is moved to each entry's time and the entry
 * is applied again. `upTo` (exclusive entry index) stops early for stepping and scrubbing; without
 * it the clock runs on to the log's end. The result is deterministic: same log, same session.
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
  const entries = log.entries.slice(0, upTo);
  for (const e of entries) {
    session.advanceTo(e.t);
    if (e.kind === 'event') session.send(e.event, e.by);
    else if (e.kind === 'hint') session.requestHint();
    else if (e.kind === 'pause') session.pause(e.reason);
    else if (e.kind === 'resume') session.resume(e.pausedMs);
    else if (e.kind === 'end') session.end();
    else session.skipWait();
  }
  const end = upTo >= log.entries.length ? log.endT : (log.entries[upTo]?.t ?? log.endT);
  session.advanceTo(end);
  return session;
}
