import { and, not } from 'xstate';
import { initialContext } from './chart/context.ts';
import { controlOf } from './chart/events.ts';
import { fault, press, set } from './chart/guards.ts';
import { heaterRegion } from './chart/heater.ts';
import { powerRegion } from './chart/power.ts';
import { pumpRegion } from './chart/pump.ts';
import { safetyRegion } from './chart/safety.ts';
import { toeLastingSetup } from './chart/setup.ts';
import { workRegion } from './chart/work.ts';

/** The pre-operation checks (brief §8.3), allowed whenever nothing moves at the pincers. */
const BENCH_CHECKS: readonly string[] = ['oilLevel', 'airFilter', 'meltTank', 'pincers'];

/**
 * The hydraulic toe (forepart) lasting machine with hot-melt (domain brief §8, issue 15), as five
 * parallel regions:
 * - `safety`: the e-stop circuit; both mushrooms (base and side cabinet) latch it;
 * - `power`: isolator and main contactor (dropped by an e-stop until RESET);
 * - `pump`: the hydraulic power pack, building the 5 MPa system pressure;
 * - `heater`: hot-melt pot and nozzles: warm-up, ready lamp, over-temperature cut-out;
 * - `work`: the one last and upper through the treadle's steps to the lasted toe, judged by the
 *   pure `judgeToe` from the settings and the alignment when the treadle releases it.
 * Settings (pull, wiper, dwell, program, side, pincer toggles) are locked while the pincers pull
 * or the wipers work. All timing comes from named fixed delays; the dwell in fixed ticks.
 */
export const toeLastingMachine = toeLastingSetup.createMachine({
  id: 'toeLasting',
  type: 'parallel',
  context: initialContext,
  // XState v5: on a parallel root, an event goes to the root's handlers only when NO region takes it.
  on: {
    'user.set': [
      { guard: and([set('program'), not('isCycling')]), actions: 'setProgram' },
      { guard: and([set('side'), not('isCycling')]), actions: 'setSide' },
      { guard: and([set('pull'), not('isCycling')]), actions: 'setPull' },
      { guard: and([set('wiper'), not('isCycling')]), actions: 'setWiper' },
      { guard: and([set('dwell'), not('isCycling')]), actions: 'setDwell' },
      { guard: and([set('sidePincers'), not('isCycling')]), actions: 'setSidePincers' },
      { guard: set('centreLight'), actions: 'setCentreLight' },
    ],
    'user.press': [
      { guard: and([press('drainFilter'), 'hasWaterInFilter']), actions: 'drainFilter' },
      { guard: and([press('fillGranulate'), 'hasGranulateLow']), actions: 'fillGranulate' },
      // Hands go into the pincers and the oil tank only with the pump stopped [I].
      { guard: and([press('cleanPincers'), 'hasPincersGlued', 'isPumpOff']), actions: 'cleanPincers' },
      { guard: and([press('topUpOil'), 'hasOilLow', 'isPumpOff']), actions: 'topUpOil' },
      // A charred plug is purged with the melt hot and the nozzles not injecting [I].
      { guard: and([press('clearNozzle'), 'hasNozzleBlocked', 'isMeltReady', not('isCycling')]), actions: 'clearNozzle' },
    ],
    'user.inspect': { guard: and([({ event }) => BENCH_CHECKS.includes(controlOf(event) ?? ''), not('isCycling')]), actions: 'inspect' },
    'fault.inject': { guard: fault('nozzleBlocked'), actions: 'markNozzleBlocked' },
  },
  states: {
    safety: safetyRegion,
    power: powerRegion,
    pump: pumpRegion,
    heater: heaterRegion,
    work: workRegion,
  },
});

export type ToeLastingMachine = typeof toeLastingMachine;
