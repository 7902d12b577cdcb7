import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { judgeBackPart } from './backPart.ts';
import { backPartInputs, hasAirPressure } from './chart/derived.ts';
import type { CounterMoulderContext } from './chart/types.ts';
import { isColdReady, isHotReady } from './readiness.ts';

/**
 * Exhaustive tests cannot try every setting; with the defaults the previous job left (hot mould
 * scorching, cold mould too warm, short dwells, air below the setpoint) these representatives
 * reach every class that matters: a hot mould too cold / right (the default scorches), and each
 * other setting wrong or on the ticket. Faults and the e-stop give the other defects.
 */
const REPRESENTATIVE: Record<string, readonly string[]> = {
  hotTemp: ['80', '110'],
  coldTemp: ['17'],
  hotDwell: ['15'],
  coldDwell: ['15'],
  airRegulator: ['5'],
};
/** Inspections only tick check marks; they cannot change what the machine may do next. */
const SKIP_TYPES = new Set(['user.inspect']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter(
    (e) => !SKIP_TYPES.has(e.type) && (e.type !== 'user.set' || !(e.control in REPRESENTATIVE) || REPRESENTATIVE[e.control]!.includes(e.value)),
  );

/**
 * The outcome the upper is heading for, and before it goes on the machine how many causes: the
 * count lets a walker put wrong settings right one at a time (with the outcome alone, fixing the
 * first of two settings that both give springback would look like no change, and the walker
 * would stop there). On the machine the outcome alone keeps the state space small.
 */
function outcomeClass(c: CounterMoulderContext, withCount: boolean): [string, number | null] {
  const r = judgeBackPart(backPartInputs(c));
  return [r.outcome, withCount ? r.causes.length : null];
}

/**
 * The part of the snapshot that decides what can happen next: the state value in full, hands as
 * how many buttons of each station are held, a dwell's ticks while it counts, air as enough or
 * not. At the bench (where a walker powers up), the switches and faults; with the counter in, the
 * switches and whether each side is READY and the outcome class (with its number of causes) the
 * settings and the work's record point to (so a walker still tells good settings from bad ones).
 */
export function counterMoulderExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as CounterMoulderContext;
  const at = (x: object) => s.matches(x as never);
  const held = (bs: readonly string[]) => bs.filter((b) => c.held[b as keyof typeof c.held]).length;
  return JSON.stringify([
    s.value,
    held(['hotLeft', 'hotRight']),
    held(['coldLeft', 'coldRight']),
    at({ hot: { cycle: 'clamped' } }) ? c.ticksLeft.hot : null,
    at({ cold: { cycle: 'clamped' } }) ? c.ticksLeft.cold : null,
    hasAirPressure(c),
    at({ work: 'bench' })
      ? [c.heaterOn, c.chillerOn, c.controllerFault, c.airSupplyLow, c.goodBackParts > 0]
      : [c.heaterOn, c.chillerOn, isHotReady(s), isColdReady(s), ...outcomeClass(c, at({ work: 'ready' }))],
  ]);
}
