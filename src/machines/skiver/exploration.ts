import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcessSignal } from '../../engine/continuous.ts';
import { TREADLE_LIGHT, WORK_TICKET } from './constants.ts';
import { isGoodSkive, type SkiverContext } from './chart/context.ts';

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
/** Care actions that only put right a fault the walk does not inject. */
const SKIP_PRESS_CONTROLS = new Set(['tightenGuide', 'cleanRoller']);
/**
 * Faults that only change what the process model cuts (never what the chart allows) are left to
 * the random walks; these two also change what the operator must do (sharpen, empty the bag).
 */
const KEEP_FAULTS = new Set(['bluntKnife', 'extractorFull']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter((e) => {
    if (SKIP_TYPES.has(e.type)) return false;
    if (e.type === 'user.adjust') return KEEP_ADJUST[e.control]?.includes(e.value) ?? false;
    if (e.type === 'user.set' && SKIP_SET_CONTROLS.has(e.control)) return false;
    if (e.type === 'user.set' && e.control === 'presserFoot') return e.value === 'folding';
    if (e.type === 'user.press' && SKIP_PRESS_CONTROLS.has(e.control)) return false;
    if (e.type === 'fault.inject') return KEEP_FAULTS.has(e.fault);
    return true;
  });

/**
 * The process model's signals for an explorer that can send them (they are not operator events:
 * a walker that takes them reaches the states only a finished edge opens): the edge through, a
 * jam, and one flaw (every flaw counts the same to the chart: the skive is not good).
 */
export const explorationSignals: readonly ProcessSignal[] = [
  { type: 'process.signal', signal: 'edgeDone', value: WORK_TICKET.thicknessMm },
  { type: 'process.signal', signal: 'jam' },
  { type: 'process.signal', signal: 'ragged' },
];

/**
 * The part of the context that decides what can happen next, by phase: the guard only while the
 * motor is off (running, it is closed), the foot lever, the kind of piece and whether its skive
 * is good while it is under the foot (a good part ends the job), a pedal held down only while the
 * motor is off (on, the head's state says it), the extractor switch only where it gates something
 * (a full bag, the shutdown) and chips and bag only once a good part is made. Settings, faults
 * that only change the cut, check marks and counters are left out.
 */
export function skiverExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as SkiverContext;
  const running = s.hasTag('motorRunning');
  const made = c.goodParts > 0;
  return JSON.stringify([
    s.value,
    running ? null : c.guardOpen,
    c.footRaised,
    c.piece === 'none' ? null : [c.piece, isGoodSkive(c.flaws)],
    running ? null : c.treadle > 0,
    made || c.extractorFull ? c.extractorOn : null,
    made ? [c.chipsInTray, c.bagHasChips] : null,
  ]);
}
