import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcessSignal } from '../../engine/continuous.ts';
import { TREADLE_LIGHT } from './constants.ts';
import type { SkiverContext } from './chart/context.ts';
import { SIGNALS } from './chart/setup.ts';

/**
 * Exhaustive tests cannot try every value of a continuous control; these representatives reach
 * every class the chart tells apart. The treadle: at rest or down (how far down only changes the
 * feed, which the process model measures). The screws, the bevel angle and the hand change what
 * the process model cuts, never what the chart allows next, so they are left to the random walks
 * and the process tests; so are the inspections (they only tick check marks and findings).
 */
const KEEP_ADJUST: Readonly<Record<string, readonly number[]>> = { treadle: [0, TREADLE_LIGHT] };
const SKIP_TYPES = new Set(['user.inspect']);
const SKIP_SET_CONTROLS = new Set(['angle']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter((e) => {
    if (SKIP_TYPES.has(e.type)) return false;
    if (e.type === 'user.adjust') return KEEP_ADJUST[e.control]?.includes(e.value) ?? false;
    if (e.type === 'user.set' && SKIP_SET_CONTROLS.has(e.control)) return false;
    if (e.type === 'user.set' && e.control === 'presserFoot') return e.value === 'folding' || e.value === 'flat';
    return true;
  });

/**
 * The process model's signals, one of each, for an explorer that can send them (they are not
 * operator events: a walker that takes them reaches the states that only a finished edge opens).
 */
export const explorationSignals: readonly ProcessSignal[] = SIGNALS.map((signal) =>
  signal === 'edgeDone' ? { type: 'process.signal', signal, value: 0.7 } : { type: 'process.signal', signal },
);

/**
 * The part of the context that decides what can happen next: switches and positions that guards
 * read, the work under the foot and whether it is through or jammed, and what the shift end
 * needs. Settings, faults that only change the cut, check marks and counters beyond "a good part
 * made" are left out.
 */
export function skiverExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as SkiverContext;
  return JSON.stringify([
    s.value,
    c.guardOpen,
    c.footRaised,
    c.piece,
    c.piece !== 'none' ? [c.edgeDone, c.flaws.jammed] : null,
    c.treadle > 0,
    c.extractorOn,
    c.goodParts > 0 ? [c.chipsInTray, c.bagHasChips] : null,
  ]);
}
