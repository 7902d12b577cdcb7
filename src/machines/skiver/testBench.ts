import { inspect, setTo as set } from '../../engine/events.ts';
import { ProcessBench } from '../../engine/processBench.ts';
import type { GladiEvent } from '../../engine/machineModule.ts';
import { WORK_TICKET } from './constants.ts';
import { adjustTo, skiverControls } from './controls.ts';
import { skiverMachine, type SkiverMachine } from './machine.ts';
import { skiverProcedure } from './procedure.ts';
import { skiverProcess, type SkiverProcessState } from './process.ts';

/** The skiver chart on a manual clock with its process stepped by hand (see engine/processBench.ts). */
export class SkiverBench extends ProcessBench<SkiverMachine, SkiverProcessState> {
  constructor() {
    super({ machine: skiverMachine, controls: skiverControls, procedure: skiverProcedure, process: skiverProcess });
  }
}

/** Checks done, set to the work ticket, extractor and motor on: the skiver ready for a piece. */
export const READY_TO_SKIVE: readonly GladiEvent[] = [
  set('knifeGuard', 'open'),
  inspect('knifeEdge'),
  inspect('knifeGap'),
  set('knifeGuard', 'closed'),
  set('presserFoot', WORK_TICKET.foot),
  adjustTo('width', WORK_TICKET.widthMm),
  adjustTo('thickness', WORK_TICKET.thicknessMm),
  set('angle', WORK_TICKET.angleDeg),
  set('extractorSwitch', 'on'),
  set('motorSwitch', 'on'),
];
