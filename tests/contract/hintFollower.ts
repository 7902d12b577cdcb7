import type { GladiEvent } from '../../src/engine/gladiEvent.ts';
import type { MachineModule } from '../../src/engine/machineModule.ts';
import { createSession, type Mode, type Session } from '../../src/engine/session.ts';

/** Most process steps the follower waits through for one procedure step (a steady feed finishes well within). */
export const MAX_PROCESS_STEPS_PER_STEP = 10_000;

/** A hinted adjust the controls already show needs no action: the hand just holds it. */
const held = (s: Session, e: GladiEvent) => e.type === 'user.adjust' && s.inputs()[e.control] === e.value;

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
  const stepMs = s.module.process?.stepMs ?? 0;
  let heldFor = 0;
  for (let i = 0; i < maxActions && s.outcome().status === 'running'; i++) {
    const hints = s.hints();
    const next = hints.find((e) => !held(s, e));
    if (next) {
      heldFor = 0;
      s.send(next);
    } else if (hints.length > 0 && s.processActive()) {
      // Feeding steadily does not count as an action: one action may hold for many steps.
      if (++heldFor > MAX_PROCESS_STEPS_PER_STEP) throw stuck(s, `still feeding after ${MAX_PROCESS_STEPS_PER_STEP} process steps`);
      s.advance(stepMs);
      i--;
    } else if (s.pendingWait() !== null) s.skipWait();
    else if (s.module.process?.unattended && s.processActive()) {
      // A process that runs on its own (a tank venting) is waited out in steps, never skipped.
      if (++heldFor > MAX_PROCESS_STEPS_PER_STEP) throw stuck(s, `still waiting after ${MAX_PROCESS_STEPS_PER_STEP} process steps`);
      s.advance(stepMs);
      i--;
    } else throw stuck(s, 'no hint and nothing to wait for');
  }
  return s;
}

function stuck(s: Session, why: string): Error {
  const current = s.steps().filter((st) => st.current).map((st) => st.id);
  return new Error(`${s.module.id}: ${why} at step ${current.join(',')} in ${JSON.stringify(s.actor.getSnapshot().value)}`);
}
