import { faultSpec } from '../../engine/events.ts';
import { moduleEvents } from '../../engine/exploration.ts';
import { defineMachine } from '../../engine/defineMachine.ts';
import { skiverMessages } from './content.ts';
import { skiverControls } from './controls.ts';
import { explainProcess } from './explain.ts';
import { explorationSignals, keepRepresentative, skiverExplorationKey } from './exploration.ts';
import { skiverMachine } from './machine.ts';
import { skiverMistakes } from './mistakes.ts';
import { SKIVER_NODES as N } from './nodes.ts';
import { skiverProcedure } from './procedure.ts';
import { skiverProcess } from './process.ts';
import { readSkiverControl, skiverRefusal, skiverStatus } from './status.ts';

/** Injectable faults (domain brief §6.7); wrong settings and a careless hand give the same symptoms on their own. */
const faults = [
  faultSpec('bluntKnife'),
  faultSpec('cutThrough'),
  faultSpec('tooThick'),
  faultSpec('guideLoose'),
  faultSpec('rollerGlazed'),
  faultSpec('extractorFull'),
];

export default defineMachine({
  id: 'skiver',
  version: '1.0.0',
  machine: skiverMachine,
  controls: skiverControls,
  animatedNodes: [
    N.bellKnife,
    N.feedRoller,
    N.presserFoot,
    N.widthGuide,
    N.grindingStone,
    N.knifeGuard,
    N.treadle,
    N.leather,
    N.scrapStrip,
    N.extractorBag,
    N.motorLamp,
    N.skiveSectionAnchor,
  ],
  faults,
  // The one timer is the sharpening: a trainee may skip it.
  longWaits: ['sharpen'],
  procedure: skiverProcedure,
  mistakes: skiverMistakes,
  messages: skiverMessages,
  readControl: readSkiverControl,
  status: skiverStatus,
  refusal: skiverRefusal,
  cycles: (s) => s.context.goodParts,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: skiverControls, faults })),
    key: skiverExplorationKey,
    signals: explorationSignals,
  },
  process: skiverProcess,
  explainProcess,
});
