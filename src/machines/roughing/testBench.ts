import { inspect, press, setTo as set } from '../../engine/events.ts';
import { ProcessBench } from '../../engine/processBench.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { WORK_TICKET } from './constants.ts';
import { adjustTo, roughingControls } from './controls.ts';
import { roughingMachine, type RoughingMachine } from './machine.ts';
import { roughingProcedure } from './procedure.ts';
import { roughingProcess, type RoughingProcessState } from './process.ts';

/** The roughing chart on a manual clock with its process stepped by hand (see engine/processBench.ts). */
export class RoughingBench extends ProcessBench<RoughingMachine, RoughingProcessState> {
  constructor() {
    super({ machine: roughingMachine, controls: roughingControls, procedure: roughingProcedure, process: roughingProcess });
  }
}

/** Protection worn, checks done, set to the ticket, extraction then spindle on: ready for a shoe. */
export const READY_TO_ROUGH: readonly GladiEvent[] = [
  press('earMuffs'),
  press('safetyGlasses'),
  press('dustMask'),
  inspect('wheel'),
  inspect('dustBag'),
  set('reversingSwitch', WORK_TICKET.direction),
  adjustTo('speed', WORK_TICKET.speedRpm),
  set('extractionSwitch', 'on'),
  press('spindleStart'),
];
