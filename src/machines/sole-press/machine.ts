import { and, not } from 'xstate';
import { airRegion } from './chart/air.ts';
import { initialContext } from './chart/context.ts';
import { controlOf } from './chart/events.ts';
import { fault, press, set } from './chart/guards.ts';
import { pressRegion } from './chart/press.ts';
import { reactivatorRegion } from './chart/reactivator.ts';
import { safetyRegion } from './chart/safety.ts';
import { solePressSetup } from './chart/setup.ts';
import { workRegion } from './chart/work.ts';

/**
 * The sole attaching station (domain brief §10): a pneumatic cover-type sole press (FX821 /
 * LD-585C behaviour: AUTO closes when the hands leave, MANUAL needs START, STOP opens the cover)
 * plus a separate IR reactivator, as five parallel regions:
 * - `safety`: the one e-stop circuit. Both mushrooms (press and reactivator) are wired in series
 *   into it: either one latches it, and it cuts BOTH machines — the press valves dump the pad
 *   and vent the cover, the reactivator's IR lamps go off — so an e-stop never leaves a hazard.
 *   RESET (on the press panel) only works once both mushrooms are twisted out.
 * - `air`: line valve, regulator and supply (the gauge on the filter-regulator).
 * - `press`: main switch, cover and pad cycle. Interlocks are guards: no cycle without air at
 *   the minimum, a shoe laid and placed, and the hands-clear sensor clear.
 * - `reactivator`: switch, warm-up to the ready lamp, the timed exposure of the work.
 * - `work`: where the one cemented sole + lasted upper is, its adhesive open time, and the bond
 *   result after pressing (computed by the pure `judgeBond`).
 * All timing comes from named fixed delays; the hold and the exposure are counted down in fixed
 * ticks so the exploration helpers stay exact.
 */

/** Bench checks: the work as it arrives from bottom preparation. */
const BENCH_CHECKS: readonly string[] = ['upperPrep', 'solePrep'];

export const solePressMachine = solePressSetup.createMachine({
  id: 'solePress',
  type: 'parallel',
  context: initialContext,
  // XState v5: on this parallel root, an event goes to the root's own handlers only when NO region
  // takes it. A region transition for an event that also has a root handler must therefore repeat
  // the root's action (see `handsIn`/`obstructZone` on closing, `handsOut` on ready, `setAirValve`).
  on: {
    // Settings. The press settings are locked while the cover is down; the reactivator timer
    // while it is timing an exposure. The air line valve can always be shut.
    'user.set': [
      { guard: set('airLineValve'), actions: 'setAirValve' },
      { guard: and([set('airRegulator'), not('isCycling')]), actions: 'setRegulator' },
      { guard: and([set('pressTime'), not('isCycling')]), actions: 'setPressTime' },
      { guard: and([set('modeSelector'), not('isCycling')]), actions: 'setMode' },
      { guard: and([set('toeJack'), not('isCycling')]), actions: 'setToeJack' },
      { guard: and([set('heelJack'), not('isCycling')]), actions: 'setHeelJack' },
      { guard: and([set('reactivatorTimer'), not('isActivating')]), actions: 'setReactivatorTime' },
    ],
    'user.press': [
      { guard: press('handsZone'), actions: 'handsIn' },
      { guard: and([press('filterDrain'), 'hasWaterInBowl']), actions: 'drainFilter' },
      { guard: and([press('compressor'), 'hasAirSupplyLow']), actions: 'restartCompressor' },
      { guard: and([press('clearZone'), 'isZoneObstructed']), actions: 'clearZone' },
      { guard: and([press('reprepareSole'), 'isAtBench', 'isSoleUnprepared']), actions: 'reprepareSole' },
      // Pad work is done with the air shut off and nothing on the pad [I].
      { guard: and([press('replacePad'), 'isAirValveClosed', not('hasShoeOnPad')]), actions: 'replacePad' },
      // The technician's repair: the reactivator must be switched off (and cold) first [I].
      { guard: and([press('repairReactivator'), 'hasReactivatorFault', 'isReactivatorOff']), actions: 'repairReactivator' },
    ],
    'user.release': { guard: { type: 'isRelease', params: { control: 'handsZone' } }, actions: 'handsOut' },
    'user.inspect': [
      { guard: ({ event }) => ['filterBowl', 'pad'].includes(controlOf(event) ?? ''), actions: 'inspect' },
      // The work as it arrives from bottom preparation is checked before it is heated.
      { guard: and([({ event }) => BENCH_CHECKS.includes(controlOf(event) ?? ''), 'isAtBench']), actions: 'inspect' },
      { guard: and([({ event }) => controlOf(event) === 'soleEdges', 'isInBonded']), actions: 'inspect' },
    ],
    'fault.inject': [
      { guard: fault('airLow'), actions: 'markAirLow' },
      { guard: fault('coverBlocked'), actions: 'obstructZone' },
      { guard: fault('padWorn'), actions: 'wearPad' },
      { guard: and([fault('soleNotRoughened'), 'isAtBench']), actions: { type: 'spoilSole', params: { surface: 'notRoughened' } } },
      { guard: and([fault('soleContaminated'), 'isAtBench']), actions: { type: 'spoilSole', params: { surface: 'contaminated' } } },
      { guard: fault('reactivatorCold'), actions: 'makeReactivatorCold' },
      { guard: fault('reactivatorHot'), actions: 'makeReactivatorHot' },
    ],
  },
  states: {
    safety: safetyRegion,
    air: airRegion,
    press: pressRegion,
    reactivator: reactivatorRegion,
    work: workRegion,
  },
});

export type SolePressMachine = typeof solePressMachine;
