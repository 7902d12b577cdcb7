import { faultSpec } from '../../engine/events.ts';
import { moduleEvents } from '../../engine/exploration.ts';
import { defineMachine } from '../../engine/defineMachine.ts';
import { sewingMessages } from './content.ts';
import { sewingControls } from './controls.ts';
import { explainProcess } from './explain.ts';
import { explorationSignals, keepRepresentative, sewingExplorationKey } from './exploration.ts';
import { sewingMachine } from './machine.ts';
import { sewingMistakes } from './mistakes.ts';
import { SEWING_NODES as N } from './nodes.ts';
import { sewingProcedure } from './procedure.ts';
import { sewingProcess } from './process.ts';
import { readSewingControl, sewingRefusal, sewingStatus } from './status.ts';

/** Injectable faults (domain brief §7.7): skipped stitches, thread break, loose loops, needle break. */
const faults = [faultSpec('bentNeedle'), faultSpec('tensionTight'), faultSpec('threadOffDiscs'), faultSpec('needleBreak')];

export default defineMachine({
  id: 'post-bed-sewing',
  version: '1.0.0',
  machine: sewingMachine,
  controls: sewingControls,
  animatedNodes: [N.needleBar, N.takeUpLever, N.roller, N.handwheel, N.pedal, N.kneeLifter, N.backTackLever, N.upper, N.scrap, N.powerLamp, N.bobbin],
  faults,
  procedure: sewingProcedure,
  mistakes: sewingMistakes,
  messages: sewingMessages,
  readControl: readSewingControl,
  status: sewingStatus,
  refusal: sewingRefusal,
  cycles: (s) => s.context.goodParts,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: sewingControls, faults })),
    key: sewingExplorationKey,
    signals: explorationSignals,
  },
  process: sewingProcess,
  explainProcess,
});
