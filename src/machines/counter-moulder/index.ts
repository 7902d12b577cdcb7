import { faultSpec } from '../../engine/events.ts';
import { moduleEvents } from '../../engine/exploration.ts';
import { defineMachine } from '../../engine/defineMachine.ts';
import { counterMoulderMessages } from './content.ts';
import { counterMoulderControls } from './controls.ts';
import { explainBackPart } from './explain.ts';
import { counterMoulderExplorationKey, keepRepresentative } from './exploration.ts';
import { counterMoulderMachine } from './machine.ts';
import { counterMoulderMistakes } from './mistakes.ts';
import { counterMoulderProcedure } from './procedure.ts';
import { COUNTER_MOULDER_NODES as N } from './nodes.ts';
import { counterMoulderRefusal, counterMoulderStatus, readCounterMoulderControl } from './status.ts';

/** Injectable faults (domain brief §9.4); wrong settings and slow hands give the other defects on their own. */
const faults = [faultSpec('airLow'), faultSpec('overTemp'), faultSpec('counterOffCentre')];

export const counterMoulder = defineMachine({
  id: 'counter-moulder',
  version: '1.0.0',
  machine: counterMoulderMachine,
  controls: counterMoulderControls,
  animatedNodes: [
    N.hotPad,
    N.coldPad,
    N.hotDisplay,
    N.coldDisplay,
    N.hotTimerDisplay,
    N.coldTimerDisplay,
    N.hotReadyLamp,
    N.coldReadyLamp,
    N.airGaugeNeedle,
    N.upperScorch,
    N.upperRack,
  ],
  faults,
  // The warm-up and the dwells may be fast-forwarded; never the transfer window (the skill itself).
  longWaits: ['mouldsReady', 'dwellTick', 'padClose', 'padOpen'],
  procedure: counterMoulderProcedure,
  mistakes: counterMoulderMistakes,
  messages: counterMoulderMessages,
  readControl: readCounterMoulderControl,
  status: counterMoulderStatus,
  refusal: counterMoulderRefusal,
  cycles: (s) => s.context.goodBackParts,
  explainProcess: explainBackPart,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: counterMoulderControls, faults })),
    key: counterMoulderExplorationKey,
  },
});

export default counterMoulder;
