import type { AnyMachineSnapshot } from 'xstate';
import { faultSpec } from '../../engine/events.ts';
import { moduleEvents } from '../../engine/exploration.ts';
import type { GladiEvent, MachineModule } from '../../engine/machineModule.ts';
import { clickingPressExplorationKey, keepRepresentative } from './exploration.ts';
import { clickingPressMessages } from './content.ts';
import { clickingPressControls } from './controls.ts';
import { clickingPressMachine, type ClickingPressMachine } from './machine.ts';
import { clickingPressMistakes } from './mistakes.ts';
import { clickingPressProcedure } from './procedure.ts';
import { CLICKING_PRESS_NODES as N } from './nodes.ts';
import { clickingPressRefusal, clickingPressStatus, readClickingPressControl } from './status.ts';
import type { SnapshotFrom } from 'xstate';

type Snap = SnapshotFrom<ClickingPressMachine>;
const faults = [faultSpec('lowOil'), faultSpec('boardWorn'), faultSpec('estopLatched'), faultSpec('depthMisSet'), faultSpec('dieBent'), faultSpec('oilToppedUp')];

export const clickingPress: MachineModule<ClickingPressMachine> = {
  id: 'clicking-press',
  version: '1.0.0',
  machine: clickingPressMachine,
  controls: clickingPressControls,
  modelUrl: 'models/clicking-press.glb',
  animatedNodes: [N.armPivot, N.armStroke, N.pressureGaugeNeedle, N.powerLamp, N.pumpLamp, N.oilLevel, N.workpiece, N.cutPart],
  faults,
  longWaits: ['pumpPressureBuild'],
  procedure: clickingPressProcedure,
  mistakes: clickingPressMistakes,
  messages: clickingPressMessages,
  readControl: (s: AnyMachineSnapshot, id: string) => readClickingPressControl(s as Snap, id),
  status: (s: AnyMachineSnapshot) => clickingPressStatus(s as Snap),
  refusal: (s: AnyMachineSnapshot, e: GladiEvent) => clickingPressRefusal(s as Snap, e),
  cycles: (s: AnyMachineSnapshot) => (s as Snap).context.goodParts,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: clickingPressControls, faults })),
    key: clickingPressExplorationKey,
  },
};
