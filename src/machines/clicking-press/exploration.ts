import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { CUT_THROUGH_NOTCH, DEEP_CUT_MARGIN_NOTCHES, DIES } from './constants.ts';
import { judgeCut } from './cutQuality.ts';
import type { ClickingPressContext } from './machine.ts';

/**
 * Exhaustive tests cannot try every depth × pressure × die combination; these representatives
 * reach every outcome (too shallow, clean, too deep; enough and too little force).
 */
const REPRESENTATIVE: Record<string, readonly string[]> = {
  depth: ['0', String(CUT_THROUGH_NOTCH), String(CUT_THROUGH_NOTCH + DEEP_CUT_MARGIN_NOTCHES + 1)],
  pressure: ['8', '14'],
  die: ['vamp', 'none'],
  material: ['leather', 'none'],
};
/** Inspections only tick check marks; they cannot change what the machine may do next. */
const SKIP_TYPES = new Set(['user.inspect']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter(
    (e) => !SKIP_TYPES.has(e.type) && (e.type !== 'user.set' || !(e.control in REPRESENTATIVE) || REPRESENTATIVE[e.control]!.includes(e.value)),
  );

/**
 * The part of the context that decides what can happen next: each setting enters as the class
 * that matters for the cut (stop too high / right / too deep; enough force or not), so a walker
 * keeps exploring when one setting changes; counters and check marks are left out.
 */
export function clickingPressExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as ClickingPressContext;
  const depthClass = judgeCut({ depthNotch: c.depthNotch, pressureT: 20, die: 'vamp', boardSpotWorn: c.boardSpotWorn });
  const enoughForce = c.pressureT >= DIES[c.die ?? 'vamp'].requiredT;
  return JSON.stringify([s.value, c.held, depthClass, enoughForce, c.die !== null, c.material, c.oilLow, c.goodParts > 0]);
}
