import { moduleEvents } from '../../engine/exploration.ts';
import { defineMachine } from '../../engine/defineMachine.ts';
import { heatSetterMessages } from './content.ts';
import { heatSetterControls, heatSetterFaults as faults } from './controls.ts';
import { heatSetterExplorationKey, keepRepresentative } from './exploration.ts';
import { heatSetterMachine } from './machine.ts';
import { heatSetterMistakes } from './mistakes.ts';
import { HEAT_SETTER_NODES as N } from './nodes.ts';
import { heatSetterProcedure } from './procedure.ts';
import { heatSetterRefusal, heatSetterStatus, readHeatSetterControl } from './status.ts';

export const heatSetter = defineMachine({
  id: 'heat-setter',
  version: '1.0.0',
  machine: heatSetterMachine,
  controls: heatSetterControls,
  animatedNodes: [
    N.belt,
    N.entranceCurtain,
    N.exitCurtain,
    N.chillerDoor,
    N.isolator,
    N.heatController,
    N.chillController,
    N.speedKnob,
    N.steamRegulator,
    N.estop,
    N.pullCord,
    N.heatLamp,
    N.runLamp,
    N.alarmLamp,
    N.shoeSlot0,
    N.shoeSlot1,
    N.shoeSlot2,
    N.shoeSlot3,
  ],
  faults,
  // Warm-up, pull-down, the belt's travel, the fan run-on and the defrost: no trap among them to skip by accident.
  longWaits: ['heatUp', 'pullDown', 'conveyorTick', 'fanRunOn', 'defrost'],
  procedure: heatSetterProcedure,
  mistakes: heatSetterMistakes,
  messages: heatSetterMessages,
  readControl: readHeatSetterControl,
  status: heatSetterStatus,
  refusal: heatSetterRefusal,
  cycles: (s) => s.context.goodShoes,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: heatSetterControls, faults })),
    key: heatSetterExplorationKey,
  },
});

export default heatSetter;
