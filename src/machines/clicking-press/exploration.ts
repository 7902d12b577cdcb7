import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { CUT_THROUGH_NOTCH, DEEP_CUT_MARGIN_NOTCHES, DIES } from './constants.ts';
import { judgeCut } from './cutQuality.ts';
import type { ClickingPressContext } from './chart/types.ts';

/**
 * Exhaustive tests cannot try every depth × pressure × die combination; these representatives
 * reach every outcome (too shallow, clean, too deep; enough and too little force); the hide is
 * only ever laid right (the wrong ways reach no other state).
 */
const REPRESENTATIVE: Record<string, readonly string[]> = {
  depth: ['0', String(CUT_THROUGH_NOTCH), String(CUT_THROUGH_NOTCH + DEEP_CUT_MARGIN_NOTCHES + 1)],
  pressure: ['8', '14'],
  die: ['vamp', 'none'],
  material: ['leather'],
  hideSide: ['grainUp'],
  diePlace: ['clear'],
};
/** Inspections only tick check marks; they cannot change what the machine may do next. */
const SKIP_TYPES = new Set(['user.inspect']);
/**
 * Remedies that only clear a fault's context (groove, bent die), the refused oil cap, and the key
 * and selector of one-hand mode (it reaches no state two-hand does not): no new states behind them.
 */
const SKIP_CONTROLS = new Set(['turnBoard', 'swapDie', 'oilFillCap', 'modeKey', 'modeSelector']);
/** Faults that only change context outside the key (a bent die) or undo a report (the trainer's top-up). */
const SKIP_FAULTS = new Set(['dieBent', 'oilToppedUp']);

export const keepRepresentative = (events: readonly GladiEvent[]): GladiEvent[] =>
  events.filter(
    (e) =>
      !SKIP_TYPES.has(e.type) &&
      !('control' in e && SKIP_CONTROLS.has(e.control)) &&
      !(e.type === 'fault.inject' && SKIP_FAULTS.has(e.fault)) &&
      (e.type !== 'user.set' || !(e.control in REPRESENTATIVE) || REPRESENTATIVE[e.control]!.includes(e.value)),
  );

/**
 * The part of the context that decides what can happen next: each setting enters as the class
 * that matters for the cut (stop too high / right / too deep; enough force or not), so a walker
 * keeps exploring when one setting changes; counters and check marks are left out.
 */
export function clickingPressExplorationKey(s: AnyMachineSnapshot): string {
  const c = s.context as ClickingPressContext;
  // Locked out and reported, the machine waits for the mechanic: nothing new lies behind it.
  if (s.matches({ power: { off: 'reported' } })) return JSON.stringify(['reported', s.value]);
  const depthClass = judgeCut({ depthNotch: c.depthNotch, pressureT: 20, die: 'vamp', boardSpotWorn: c.boardSpotWorn });
  const enoughForce = c.pressureT >= DIES[c.die ?? 'vamp'].requiredT;
  // How far the hide is laid right (grain up, clear area) matters only until the first good part;
  // a cleaned board only once the part is made and the die is back on the rack.
  const flawed = c.material === 'leather' && c.goodParts === 0 ? Number(c.hide.grainUp) + Number(c.hide.place === 'clear') : null;
  const done = c.goodParts > 0 ? (c.die === null && c.boardCleaned ? 2 : 1) : 0;
  return JSON.stringify([s.value, c.held, depthClass, enoughForce, c.die !== null, c.material, c.oilLow, done, flawed]);
}
