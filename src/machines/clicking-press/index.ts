import { faultSpec } from '../../engine/events.ts';
import { moduleEvents } from '../../engine/exploration.ts';
import { defineMachine } from '../../engine/defineMachine.ts';
import { clickingPressExplorationKey, keepRepresentative } from './exploration.ts';
import { clickingPressMessages } from './content.ts';
import { clickingPressControls } from './controls.ts';
import { clickingPressMachine } from './machine.ts';
import { clickingPressMistakes } from './mistakes.ts';
import { clickingPressProcedure } from './procedure.ts';
import { CLICKING_PRESS_NODES as N } from './nodes.ts';
import { clickingPressRefusal, clickingPressStatus, readClickingPressControl } from './status.ts';

const faults = [faultSpec('lowOil'), faultSpec('boardWorn'), faultSpec('estopLatched'), faultSpec('depthMisSet'), faultSpec('dieBent'), faultSpec('oilToppedUp')];

export const clickingPress = defineMachine({
  id: 'clicking-press',
  version: '1.0.0',
  machine: clickingPressMachine,
  controls: clickingPressControls,
  animatedNodes: [N.armPivot, N.armStroke, N.pressureGaugeNeedle, N.powerLamp, N.pumpLamp, N.oilLevel, N.workpiece, N.cutPart],
  faults,
  longWaits: ['pumpPressureBuild'],
  procedure: clickingPressProcedure,
  mistakes: clickingPressMistakes,
  messages: clickingPressMessages,
  readControl: readClickingPressControl,
  status: clickingPressStatus,
  refusal: clickingPressRefusal,
  cycles: (s) => s.context.goodParts,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: clickingPressControls, faults })),
    key: clickingPressExplorationKey,
  },
});

export default clickingPress;
