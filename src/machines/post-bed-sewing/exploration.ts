import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcessSignal } from '../../engine/continuous.ts';
import { PEDAL_SLOW, WORK_TICKET } from './constants.ts';
import { canStitch, isGoodSeam, type SewingContext } from './chart/context.ts';

/**
 * Exhaustive tests cannot try every value of a continuous control; these representatives reach
 * every class the chart tells apart. The pedal: neutral or forward (how far only changes the
 * speed, which the process model measures). The dials, the hand and the back-tack lever change
 * what the process lays, never what the chart allows next (the hand's pull is reached by the
 * needleBreak fault the same way), so they are left to the random walks and the process tests;
 * so are the care actions, the guards other than the eye guard (all three gate the servo alike)
 * and the maximum speed other than the ticket's.
 */
const KEEP_ADJUST: Readonly<Record<string, readonly number[]>> = { pedal: [0, PEDAL_SLOW] };
const SKIP_TYPES = new Set(['user.inspect']);
const SKIP_SET_CONTROLS = new Set(['fingerGuard', 'beltCover', 'threadCone']);
/** Positions that only undo what the preparation did (the walks and the drills take them). */
const SKIP_SET_VALUES = new Set(['eyeGuard=up', 'bobbin=out', 'needleStop=up']);
const SKIP_PRESS_CONTROLS = new Set(['cleanLint', 'oil']);
const KEEP_FAULTS = new Set(['needleBreak']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter((e) => {
    if (SKIP_TYPES.has(e.type)) return false;
    if (e.type === 'user.adjust') return KEEP_ADJUST[e.control]?.includes(e.value) ?? false;
    if (e.type === 'user.set' && SKIP_SET_CONTROLS.has(e.control)) return false;
    if (e.type === 'user.set' && SKIP_SET_VALUES.has(`${e.control}=${e.value}`)) return false;
    if (e.type === 'user.set' && e.control === 'maxSpeed') return e.value === String(WORK_TICKET.maxSpm);
    if (e.type === 'user.press' && SKIP_PRESS_CONTROLS.has(e.control)) return false;
    if (e.type === 'fault.inject') return KEEP_FAULTS.has(e.fault);
    return true;
  });

/**
 * The process model's signals for an explorer that can send them: the marks a good upper needs
 * (start back-tack, corner, end, end back-tack) and one flaw (every flaw counts the same to the
 * chart: the seam is not good).
 */
export const explorationSignals: readonly ProcessSignal[] = ['tackStart', 'atCorner', 'atEnd', 'tackEnd', 'offLine'].map((signal) => ({
  type: 'process.signal' as const,
  signal,
}));

/**
 * The part of the context that decides what can happen next: the foot, the piece and how far its
 * seam has come (a count: the marks arrive in any order, each only once), whether it is flawed,
 * whether the machine can stitch (else what it lacks), a pedal held while the power is off (power-on then locks the
 * start), and once a good upper is made the needle position (the shutdown needs it down).
 */
export function sewingExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as SewingContext;
  const m = c.marks;
  const made = c.goodParts > 0;
  // A count: the marks arrive in any order, each once, all in the same state (the needle over clamped work); the turn needs another state, so it stands apart.
  const progress = [m.tackStart, m.atEnd, m.tackEnd].filter(Boolean).length;
  return JSON.stringify([
    s.value,
    c.footUp,
    c.piece,
    c.piece === 'none' ? null : [progress, c.pivots, isGoodSeam(c.flaws)],
    // What the servo lacks to stitch, each on its own (they are put right one by one) before the work goes on.
    canStitch(c) || c.piece !== 'none' ? canStitch(c) : [c.threaded, c.bobbinWound, c.bobbinIn, c.eyeGuardDown, c.needleBroken || c.threadBroken],
    s.hasTag('powered') ? null : c.pedal > 0,
    made,
    made ? c.needleDown : null,
  ]);
}
