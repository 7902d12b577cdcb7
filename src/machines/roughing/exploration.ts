import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import type { ProcessSignal } from '../../engine/continuous.ts';
import { PRESSURE_LIGHT } from './constants.ts';
import { allPpe, isGoodBand, type RoughingContext } from './chart/context.ts';

/**
 * Exhaustive tests cannot try every value of a continuous control; these representatives reach
 * every class the chart tells apart. Pressure: off or on (how hard only changes the band, which
 * the process model judges). The speed and the path change what the process model cuts, never what
 * the chart allows, so they are left to the random walks and the process tests; so are the
 * inspections and the protective equipment (they only tick check marks).
 */
const KEEP_ADJUST: Readonly<Record<string, readonly number[]>> = { pressure: [0, PRESSURE_LIGHT] };
const SKIP_TYPES = new Set(['user.inspect']);
const SKIP_PRESS_CONTROLS = new Set(['earMuffs', 'safetyGlasses', 'dustMask']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter((e) => {
    if (SKIP_TYPES.has(e.type)) return false;
    if (e.type === 'user.adjust') return KEEP_ADJUST[e.control]?.includes(e.value) ?? false;
    if (e.type === 'user.press' && SKIP_PRESS_CONTROLS.has(e.control)) return false;
    return true;
  });

/** The process model's signals for an explorer that can send them: the band through, a snatch, one flaw. */
export const explorationSignals: readonly ProcessSignal[] = [
  { type: 'process.signal', signal: 'bandDone', value: 100 },
  { type: 'process.signal', signal: 'wrongWay' },
  { type: 'process.signal', signal: 'burnt' },
];

/**
 * The part of the context that decides what can happen next: the shoe and whether its band is
 * good, the pressure, the reversing switch and the extraction (they gate the stone), the bag
 * (full or holding dust), the ledge once a good shoe is made. Counters, checks and settings are left out.
 */
export function roughingExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as RoughingContext;
  const made = c.goodShoes > 0;
  return JSON.stringify([
    s.value,
    c.shoe === 'none' ? null : [isGoodBand(c.flaws), c.bandDone],
    c.pressure > 0,
    c.reversing,
    c.extractionOn,
    c.bagFull,
    c.wheelClogged,
    made ? [c.dustOnLedge, c.bagHasDust] : null,
    made,
    allPpe(c),
  ]);
}
