import { faultSpec } from '../../engine/events.ts';
import { moduleEvents } from '../../engine/exploration.ts';
import { defineMachine } from '../../engine/defineMachine.ts';
import { roughingMessages } from './content.ts';
import { roughingControls } from './controls.ts';
import { explainProcess } from './explain.ts';
import { explorationSignals, keepRepresentative, roughingExplorationKey } from './exploration.ts';
import { roughingMachine } from './machine.ts';
import { roughingMistakes } from './mistakes.ts';
import { ROUGHING_NODES as N } from './nodes.ts';
import { roughingProcedure } from './procedure.ts';
import { roughingProcess } from './process.ts';
import { readRoughingControl, roughingRefusal, roughingStatus } from './status.ts';

/** Injectable faults (brief §12.1): a clogged wheel burns, a full bag lets the dust escape; the hand makes the rest. */
const faults = [faultSpec('wheelClogged'), faultSpec('bagFull')];

export default defineMachine({
  id: 'roughing',
  version: '1.0.0',
  machine: roughingMachine,
  controls: roughingControls,
  animatedNodes: [N.spindle, N.sharpeningStone, N.shoe, N.band, N.dustBag, N.spindleLamp, N.earMuffs, N.safetyGlasses, N.dustMask],
  faults,
  // The one timer is the sharpening: a trainee may skip it.
  longWaits: ['sharpen'],
  procedure: roughingProcedure,
  mistakes: roughingMistakes,
  messages: roughingMessages,
  readControl: readRoughingControl,
  status: roughingStatus,
  refusal: roughingRefusal,
  cycles: (s) => s.context.goodShoes,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: roughingControls, faults })),
    key: roughingExplorationKey,
    signals: explorationSignals,
  },
  process: roughingProcess,
  explainProcess,
});
