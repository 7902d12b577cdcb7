import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { filmOutcome, jackFits, judgeBond } from './bondQuality.ts';
import { BOND_MIN_PRESSURE_BAR, BOND_MIN_PRESS_S, WORK_TICKET_SIZE_EU } from './constants.ts';
import { bondInputs, filmTempFor } from './chart/derived.ts';
import type { SolePressContext } from './chart/types.ts';

/**
 * Exhaustive tests cannot try every setting; these representatives reach every class that
 * matters: air below the minimum / enough for a cycle but a weak bond / good; a short and a good
 * press time (few ticks); cold / good / hot film; a short / good / too long / scorching exposure; a jack on
 * the wrong size and the right one.
 */
const REPRESENTATIVE: Record<string, readonly string[]> = {
  airRegulator: ['1', '3', '5'],
  pressTime: ['2', '10'],
  reactivatorTemp: ['50', '70', '90'],
  reactivatorTimer: ['2', '4', '12', '20'],
  toeJack: ['small', 'medium'],
  heelJack: ['small', 'medium'],
};
/** Inspections only tick check marks; they cannot change what the machine may do next. */
const SKIP_TYPES = new Set(['user.inspect']);
/**
 * The reactivator mushroom is wired into the same e-stop circuit as the press one (`estop`) and
 * does exactly what it does; exploring both would only triple the latched states. The random
 * walks send it, and machine.test.ts covers the two-mushroom latch and reset.
 */
const SKIP_CONTROLS = new Set(['reactivatorEstop']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter(
    (e) =>
      !SKIP_TYPES.has(e.type) &&
      !('control' in e && SKIP_CONTROLS.has(e.control)) &&
      (e.type !== 'user.set' || !(e.control in REPRESENTATIVE) || REPRESENTATIVE[e.control]!.includes(e.value)),
  );

/**
 * How many of the press-side choices are wrong for a good bond. With the predicted outcome this
 * lets a walker fix (or spoil) them one at a time: the outcome alone stays e.g. `weakBond` while
 * the first of two wrong settings is put right, and the walker would stop there.
 */
function pressSettingsWrong(c: SolePressContext): number {
  return [
    c.regulatorBar < BOND_MIN_PRESSURE_BAR,
    c.pressTimeS < BOND_MIN_PRESS_S,
    c.padWorn,
    !jackFits(c.toeJack, WORK_TICKET_SIZE_EU),
    !jackFits(c.heelJack, WORK_TICKET_SIZE_EU),
  ].filter(Boolean).length;
}

/**
 * The part of the context that decides what can happen next, by phase. Settings are set with
 * absolute values, so they matter only where they are about to be used and cannot be changed
 * first: the bond class while a shoe waits on a ready press or is under the cover, the film
 * class from the reactivator on, the hands/sensor/mode only where a cycle can start. Counters
 * enter only while they count (the hold, the exposure); check marks and totals are left out
 * (only "a good sole made" matters, for the shift end, with the work back at the bench).
 */
export function solePressExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as SolePressContext;
  const at = (v: object) => s.matches(v as never);
  const activating = at({ reactivator: { on: 'activating' } });
  const workOpen = at({ work: 'open' });
  const workOnPad = at({ work: { open: 'onPad' } }) || at({ work: 'pressing' });
  const pressReady = at({ press: { powered: 'ready' } });
  const pressCycling = at({ press: { powered: 'cycle' } });
  const holding = at({ press: { powered: { cycle: { pressed: 'holding' } } } });
  return JSON.stringify([
    s.value,
    at({ safety: 'estopped' }) ? c.estopDown : null,
    // At the bench: whether a good sole is made (shift end) and how bottom preparation left the sole.
    at({ work: 'atBench' }) ? [c.goodSoles > 0, c.soleSurface] : null,
    activating ? [c.reactTicksLeft, filmOutcome({ tempC: filmTempFor(c), exposureS: c.reactivatorTimeS }, false)] : null,
    workOpen && c.film ? filmOutcome(c.film, c.adhesiveDead) : null,
    workOnPad && (pressReady || pressCycling) ? judgeBond(bondInputs(c, c.pressTimeS)).outcome : null,
    workOnPad && pressReady ? [pressSettingsWrong(c), c.handsInZone, c.zoneObstructed, c.mode] : null,
    holding ? c.holdTicksLeft : null,
  ]);
}
