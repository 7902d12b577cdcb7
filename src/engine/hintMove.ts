import type { GladiEvent } from './gladiEvent.ts';
import type { Session } from './session.ts';

/** Most process steps one procedure step may take while the trainee holds or waits (a steady feed finishes well within). */
export const MAX_PROCESS_STEPS_PER_STEP = 10_000;

/** A hinted adjust the controls already show needs no action: the hand just holds it. */
const held = (s: Session, e: GladiEvent) => e.type === 'user.adjust' && s.inputs()[e.control] === e.value;

/** What one move did: an action sent, a process step held (not an action), a wait skipped, or stuck (why). */
export type HintMove = { readonly kind: 'sent' | 'held' | 'skipped' } | { readonly kind: 'stuck'; readonly why: string };

/**
 * One move of the trainee who does exactly what the guided hints say: the first hinted action; a
 * steady hold while continuous work runs (its hints are adjusts already set); the fast-forward
 * while the procedure waits; a process that runs on its own (a tank venting) waited out in
 * steps, never skipped. `holding` counts process steps since the last action (bounded). The one
 * trainee of the presenter's tour, a start at a step and the contract tests.
 */
export function hintMove(s: Session, holding: { steps: number }): HintMove {
  const hints = s.hints();
  const next = hints.find((e) => !held(s, e));
  if (next) {
    holding.steps = 0;
    s.send(next);
    return { kind: 'sent' };
  }
  const runsOnItsOwn = s.module.process?.unattended === true && s.processActive() && s.pendingWait() === null;
  if ((hints.length > 0 && s.processActive()) || runsOnItsOwn) {
    if (++holding.steps > MAX_PROCESS_STEPS_PER_STEP) return { kind: 'stuck', why: `still holding after ${MAX_PROCESS_STEPS_PER_STEP} process steps` };
    s.advance(s.module.process?.stepMs ?? 0);
    return { kind: 'held' };
  }
  if (s.pendingWait() !== null) {
    s.skipWait();
    return { kind: 'skipped' };
  }
  return { kind: 'stuck', why: 'no hint and nothing to wait for' };
}
