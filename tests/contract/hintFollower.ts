import { hintMove } from '../../src/engine/hintMove.ts';
import type { MachineModule } from '../../src/engine/machineModule.ts';
import { createSession, type Mode, type Session } from '../../src/engine/session.ts';

/**
 * A trainee who does exactly what the hints say: the first hinted action, or fast-forward when the
 * procedure is waiting. Where a step asks for continuous work (its hints are adjusts), it sets
 * them and then feeds steadily: holds them while the clock moves in process steps, until the
 * hints change (bounded by MAX_PROCESS_STEPS_PER_STEP). Returns the session; throws naming the
 * step and state if it gets stuck.
 */
export function followHints(module: MachineModule, mode: Mode = 'guided', maxActions = 600): Session {
  return continueHints(createSession(module, mode), maxActions);
}

/** The same trainee taking over a session already under way (a resumed or exported attempt going on). */
export function continueHints(s: Session, maxActions = 600): Session {
  const holding = { steps: 0 };
  for (let i = 0; i < maxActions && s.outcome().status === 'running'; i++) {
    const move = hintMove(s, holding);
    if (move.kind === 'stuck') throw stuck(s, move.why);
    // Holding steadily does not count as an action: one action may hold for many steps.
    if (move.kind === 'held') i--;
  }
  return s;
}

function stuck(s: Session, why: string): Error {
  const current = s.steps().filter((st) => st.current).map((st) => st.id);
  return new Error(`${s.module.id}: ${why} at step ${current.join(',')} in ${JSON.stringify(s.actor.getSnapshot().value)}`);
}
