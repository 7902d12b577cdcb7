import type { MachineModule } from '../engine/machineModule.ts';
import type { LogEntry, Session, SessionLog } from '../engine/session.ts';
import { openDrillRun, type DrillRun } from './drillRun.ts';
import type { Drill } from './types.ts';

function apply(session: Session, e: LogEntry): void {
  session.advanceTo(e.t);
  if (e.kind === 'event') session.send(e.event, e.by);
  else if (e.kind === 'hint') session.requestHint();
  else if (e.kind === 'pause') session.pause(e.reason);
  else if (e.kind === 'resume') session.resume(e.pausedMs);
  else if (e.kind === 'end') session.end();
  else session.skipWait();
}

/**
 * Rebuilds a finished (or paused) drill run from its session log, for the result screen of a
 * shared or saved run. The schedule stays off: the log already holds every injected fault at its
 * time. The first `drill.start.length` entries are the start. Same log, same result.
 */
export function replayDrill(module: MachineModule, drill: Drill, log: SessionLog): DrillRun {
  if (log.machineId !== module.id) throw new Error(`log is for machine "${log.machineId}", not "${module.id}"`);
  if (log.scenario !== drill.id) throw new Error(`log is for drill "${log.scenario ?? '(none)'}", not "${drill.id}"`);
  const startCount = drill.start.length;
  const run = openDrillRun(module, drill, {
    schedule: false,
    applyStart: (session) => log.entries.slice(0, startCount).forEach((e) => apply(session, e)),
  });
  for (const e of log.entries.slice(startCount)) {
    run.advanceTo(e.t);
    if (e.kind === 'event') run.send(e.event, e.by);
    else if (e.kind === 'hint') run.requestHint();
    else if (e.kind === 'pause') run.pause(e.reason);
    else if (e.kind === 'resume') run.resume(e.pausedMs);
    else if (e.kind === 'end') run.end();
    else run.session.skipWait();
  }
  run.advanceTo(log.endT);
  return run;
}
