import type { Driveable } from '../engine/driveable.ts';
import type { MachineModule } from '../engine/machineModule.ts';
import { replayLog } from '../engine/replay.ts';
import type { SessionLog } from '../engine/session.ts';
import { replayDrill } from '../scenarios/drillReplay.ts';
import type { DrillRun } from '../scenarios/drillRun.ts';
import type { Drill } from '../scenarios/types.ts';

/**
 * Rebuilds a saved running attempt to go on live: the log is replayed to its end (the clock stands
 * at its `endT`), and the session then takes real time from there. A drill is rebuilt by its own
 * replay, so its fault schedule is armed again and faults not yet due still come on time.
 */
export function resumeRun(module: MachineModule, log: SessionLog, drill: Drill | null): Driveable | DrillRun {
  return drill ? replayDrill(module, drill, log) : replayLog(module, log);
}
