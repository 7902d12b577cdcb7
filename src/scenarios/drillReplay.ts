import type { MachineModule } from '../engine/machineModule.ts';
import type { Session, SessionLog } from '../engine/session.ts';
import { startDrill, type DrillRun } from './drillRun.ts';
import type { Drill } from './types.ts';

/**
 * Recomputes a drill run from its session log, for a saved or shared run. Only what people did is
 * taken from the log (the trainee's actions, a trainer's live faults); the drill itself applies
 * its own start and injects its own scheduled faults, so a log cannot add, drop or move them.
 * The first `drill.start.length` entries are the start. Same log, same result; comparing the
 * run's log with the file's tells whether the file was changed.
 */
export function replayDrill(module: MachineModule, drill: Drill, log: SessionLog, observe?: (session: Session) => void): DrillRun {
  if (log.machineId !== module.id) throw new Error(`log is for machine "${log.machineId}", not "${module.id}"`);
  if (log.scenario !== drill.id) throw new Error(`log is for drill "${log.scenario ?? '(none)'}", not "${drill.id}"`);
  const run = startDrill(module, drill);
  // Called once the drill's own start is applied: what the watcher sees next is the trainee's run.
  observe?.(run.session);
  for (const e of log.entries.slice(drill.start.length)) {
    if (e.kind === 'event' && e.by === 'scenario') continue;
    run.advanceTo(e.t);
    if (e.kind === 'hint') run.requestHint();
    else if (e.kind === 'skip') run.skipWait();
    else if (e.kind === 'pause') run.pause(e.reason);
    else if (e.kind === 'resume') run.resume(e.pausedMs);
    else if (e.kind === 'end') run.end();
    else if (e.by === 'trainer' && e.event.type === 'fault.inject') run.inject(e.event.fault);
    else run.send(e.event, e.by);
  }
  run.advanceTo(log.endT);
  return run;
}
