import type { GladiEvent } from '../../engine/machineModule.ts';
import { createSession, type Mode, type Session } from '../../engine/session.ts';
import type { SewingContext } from './chart/context.ts';
import sewing from './index.ts';
import type { SewingProcessState } from './process.ts';

/**
 * Test support (not loaded by the app): a session of the post-bed machine driven by its own hints,
 * the way the hint follower drives it, up to a point the test chooses; then the test drives the
 * seam by hand. Waits are in process steps on the session clock, never in real time.
 */
export const ctxOf = (s: Session) => s.actor.getSnapshot().context as SewingContext;
export const processOf = (s: Session) => s.process() as SewingProcessState;
const held = (s: Session, e: GladiEvent) => e.type === 'user.adjust' && s.inputs()[e.control] === e.value;

/** Follows the hints (a hinted event may be replaced by `tweak`) until `until` holds; returns the session. */
export function followUntil(s: Session, until: (s: Session) => boolean, tweak: (e: GladiEvent) => GladiEvent = (e) => e, maxActions = 3000): Session {
  for (let i = 0; i < maxActions && !until(s) && s.outcome().status === 'running'; i++) {
    const hints = s.hints().map(tweak);
    const next = hints.find((e) => !held(s, e));
    if (next) s.send(next);
    else if (hints.length && s.processActive()) s.advance(sewing.process?.stepMs ?? 100);
    else if (s.pendingWait() !== null) s.skipWait();
    else break;
  }
  return s;
}

export const session = (mode: Mode = 'guided') => createSession(sewing, mode);

/** Guided up to the upper on the post, needle down, presser down, nothing sewn yet. */
export const atUpperStart = (mode: Mode = 'guided') =>
  followUntil(session(mode), (s) => ctxOf(s).piece === 'upper' && !ctxOf(s).footUp && s.steps().some((st) => st.id === 'placeUpper' && st.done));

/** Sends the events; throws on the first one refused. */
export function sendAll(s: Session, events: readonly GladiEvent[]): void {
  for (const e of events) if (!s.send(e)) throw new Error(`refused: ${JSON.stringify(e)} in ${JSON.stringify(s.actor.getSnapshot().value)}`);
}

/** Lets the clock run in process steps until `until` holds (at most `ms`). */
export function runUntil(s: Session, until: (s: Session) => boolean, ms = 30_000): void {
  const step = sewing.process?.stepMs ?? 100;
  for (let t = 0; t < ms && !until(s); t += step) s.advance(step);
}
