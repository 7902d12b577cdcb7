import type { MachineModule } from '../../engine/machineModule.ts';
import { replayPractice } from '../../engine/replay.ts';
import type { Session, SessionLog } from '../../engine/session.ts';
import { replayDrill } from '../../scenarios/drillReplay.ts';
import type { Drill } from '../../scenarios/types.ts';

export interface StepDone {
  readonly step: string;
  /** Session clock time it was first done. */
  readonly t: number;
}

/**
 * When the learner finished each procedure step, found by replaying the log and watching the
 * steps change. Steps done before the learner's first action (by the drill's start, or a setting
 * already right) are not the learner's and are left out; a live setting unticked again
 * (`liveUntil`) counts only if it is done at the end. In step order.
 */
export function stepTimes(machine: MachineModule, log: SessionLog, drill: Drill | undefined): StepDone[] {
  const first = new Map<string, number>();
  let before = new Set<string>();
  let session: Session | undefined;
  const observe = (s: Session) => {
    session = s;
    before = new Set(s.steps().filter((st) => st.done).map((st) => st.id));
    s.subscribe(() => {
      for (const st of s.steps()) {
        // A live setting the learner moves off and back again is theirs from then on.
        if (!st.done) before.delete(st.id);
        else if (!before.has(st.id) && !first.has(st.id)) first.set(st.id, s.clock.now());
      }
    });
  };
  const run = drill ? replayDrill(machine, drill, log, observe) : undefined;
  const practice = run ? undefined : replayPractice(machine, log, observe);
  try {
    const done = new Set(session!.steps().filter((st) => st.done).map((st) => st.id));
    return machine.procedure.steps.flatMap((st) => (done.has(st.id) && first.has(st.id) ? [{ step: st.id, t: first.get(st.id)! }] : []));
  } finally {
    (run?.session ?? practice)?.stop();
  }
}
