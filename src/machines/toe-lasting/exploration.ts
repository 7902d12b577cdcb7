import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { judgeToe } from './toeQuality.ts';
import { toeInputs } from './chart/derived.ts';
import type { ToeLastingContext } from './chart/types.ts';
import { ALIGN_TOLERANCE_MM, DWELL_MIN_S, MELT_MAX_C, MELT_MIN_C, PULL_MIN_MPA, PULL_TEAR_MPA, WIPER_MIN_MPA, WORK_TICKET } from './constants.ts';

/**
 * How many of the things that decide the toe are wrong. With the predicted outcome this lets a
 * walker fix (or spoil) them one at a time: the outcome alone stays e.g. `pleats` while the first
 * of two causes is put right, and the walker would stop there.
 */
function toeFactorsWrong(c: ToeLastingContext, offsetMm: number): number {
  return [
    c.pullMPa >= PULL_TEAR_MPA || c.pullMPa < PULL_MIN_MPA,
    Math.abs(offsetMm) > ALIGN_TOLERANCE_MM,
    c.side !== WORK_TICKET.side,
    c.meltTempC < MELT_MIN_C || c.meltTempC > MELT_MAX_C,
    c.nozzleBlocked,
    c.granulateLow,
    c.dwellS < DWELL_MIN_S,
    c.programSizeEu !== WORK_TICKET.sizeEu,
    !c.sidePincersOn,
    c.pincersGlued,
    c.wiperMPa < WIPER_MIN_MPA,
  ].filter(Boolean).length;
}

/**
 * Exhaustive tests cannot try every setting. The previous job's settings (constants.ts) are
 * wrong in every class that matters (a tearing pull, low wiper, too short a dwell, a melt far too
 * cold, the wrong program and side, the last off the line), so one right value per setting reaches
 * every state; the settings that would only spoil the toe again (a melt a little too cold or too
 * hot, the side pincers off, a blocked nozzle) are left to toeQuality.test.ts and the random walks.
 */
const REPRESENTATIVE: Record<string, readonly string[]> = {
  pull: ['3.5'],
  wiper: ['2.5'],
  dwell: ['3'],
  meltTemp: ['170'],
  sidePincers: ['on'],
  program: ['40'],
  side: ['left'],
  lastPosition: ['0'],
};
/** Inspections only tick check marks; they cannot change what the machine may do next. */
const SKIP_TYPES = new Set(['user.inspect']);
/** The cabinet mushroom is in the same circuit as the base one and does exactly what it does. */
const SKIP_CONTROLS = new Set(['cabinetEstop']);
/** A blocked nozzle only changes the toe (like a wrong setting): no state depends on it. */
const SKIP_FAULTS = new Set(['nozzleBlocked']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter(
    (e) =>
      !SKIP_TYPES.has(e.type) &&
      !('control' in e && SKIP_CONTROLS.has(e.control)) &&
      !(e.type === 'fault.inject' && SKIP_FAULTS.has(e.fault)) &&
      (e.type !== 'user.set' || !(e.control in REPRESENTATIVE) || REPRESENTATIVE[e.control]!.includes(e.value)),
  );

/**
 * The part of the context that decides what can happen next, by phase: the faults that gate the
 * pump and heater; with a last on the rest, the toe the settings and care would give (and, while
 * they can all still be changed, how many things are wrong) and where it sits;
 * the dwell ticks while they count; at an empty rest, whether a good toe is made (shift end).
 */
export function toeLastingExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as ToeLastingContext;
  const at = (v: object) => s.matches(v as never);
  const placed = at({ work: 'placed' });
  const beforeLasted = placed || at({ work: 'gripped' }) || at({ work: 'lasting' }) || at({ work: 'holding' });
  const offset = placed ? c.lastOffsetMm : c.gripOffsetMm;
  const inputs = toeInputs({ ...c, gripOffsetMm: offset });
  return JSON.stringify([
    s.value,
    at({ safety: 'estopped' }) ? c.estopDown : null,
    // (A runaway controller trips the cut-out at once, so `heaterRunaway` is the cutOut state.)
    c.oilLow,
    at({ work: 'empty' }) ? c.goodToes > 0 : null,
    // The light matters only to move a last that is off the line.
    placed ? [c.lastOffsetMm, c.lastOffsetMm !== 0 && c.centreLightOn] : null,
    placed ? toeFactorsWrong(c, offset) : null,
    beforeLasted ? judgeToe(inputs).outcome : null,
    at({ work: { lasting: 'dwelling' } }) ? c.dwellTicksLeft : null,
    at({ work: { gripped: 'pulled' } }) ? c.dwellS : null,
  ]);
}
