import type { MachineModule } from '../machineModule.ts';
import { createSession, type Mode, type Session } from '../session.ts';

/**
 * A trainee who does exactly what the hints say: the first hinted action, or fast-forward when the
 * procedure is waiting. Returns the session; throws naming the step and state if it gets stuck.
 */
export function followHints(module: MachineModule, mode: Mode = 'guided', maxActions = 600): Session {
  const s = createSession(module, mode);
  for (let i = 0; i < maxActions && s.outcome().status === 'running'; i++) {
    const [next] = s.hints();
    if (next) s.send(next);
    else if (s.pendingWait() !== null) s.skipWait();
    else {
      const current = s.steps().filter((st) => st.current).map((st) => st.id);
      throw new Error(`${module.id}: no hint and nothing to wait for at step ${current.join(',')} in ${JSON.stringify(s.actor.getSnapshot().value)}`);
    }
  }
  return s;
}
