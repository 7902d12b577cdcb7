import { faultSpec } from '../../engine/events.ts';
import { moduleEvents } from '../../engine/exploration.ts';
import { defineMachine } from '../../engine/defineMachine.ts';
import { toeLastingMessages } from './content.ts';
import { toeLastingControls } from './controls.ts';
import { explainToes } from './explain.ts';
import { keepRepresentative, toeLastingExplorationKey } from './exploration.ts';
import { toeLastingMachine } from './machine.ts';
import { toeLastingMistakes } from './mistakes.ts';
import { toeLastingProcedure } from './procedure.ts';
import { TOE_LASTING_NODES as N } from './nodes.ts';
import { readToeLastingControl, toeLastingRefusal, toeLastingStatus } from './status.ts';

/** Injectable faults (domain brief §8.7, issue 15); wrong settings give the other defects on their own. */
const faults = [faultSpec('oilLow'), faultSpec('heaterRunaway'), faultSpec('nozzleBlocked'), faultSpec('lastSlipped')];

export const toeLasting = defineMachine({
  id: 'toe-lasting',
  version: '1.0.0',
  machine: toeLastingMachine,
  controls: toeLastingControls,
  animatedNodes: [
    N.toePincer,
    N.sidePincers,
    N.wipers,
    N.hotMeltNozzle,
    N.lastSupport,
    N.centreLightBeam,
    N.upperMargin,
    N.lastedMargin,
    N.toeTear,
    N.toePleats,
    N.toeMarginGap,
    N.toeGlueStrings,
    N.pumpLamp,
    N.heaterReadyLamp,
    N.hydraulicGaugeNeedle,
    N.airGaugeNeedle,
  ],
  faults,
  // The warm-up may be skipped; the short cycle timers too (nothing here spoils by waiting).
  longWaits: ['heaterWarmUp', 'cement', 'wipe', 'dwellTick'],
  procedure: toeLastingProcedure,
  mistakes: toeLastingMistakes,
  messages: toeLastingMessages,
  readControl: readToeLastingControl,
  status: toeLastingStatus,
  refusal: toeLastingRefusal,
  cycles: (s) => s.context.goodToes,
  explainProcess: explainToes,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: toeLastingControls, faults })),
    key: toeLastingExplorationKey,
  },
});

export default toeLasting;
