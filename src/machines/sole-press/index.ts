import { faultSpec } from '../../engine/events.ts';
import { moduleEvents } from '../../engine/exploration.ts';
import { defineMachine } from '../../engine/defineMachine.ts';
import { solePressMessages } from './content.ts';
import { solePressControls } from './controls.ts';
import { keepRepresentative, solePressExplorationKey } from './exploration.ts';
import { solePressMachine } from './machine.ts';
import { solePressMistakes } from './mistakes.ts';
import { solePressProcedure } from './procedure.ts';
import { SOLE_PRESS_NODES as N } from './nodes.ts';
import { readSolePressControl, solePressRefusal, solePressStatus } from './status.ts';

/** Injectable faults (domain brief §10.6); wrong settings produce the same symptoms on their own. */
const faults = [
  faultSpec('airLow'),
  faultSpec('coverBlocked'),
  faultSpec('padWorn'),
  faultSpec('reactivatorCold'),
  faultSpec('reactivatorHot'),
  faultSpec('openTimeExceeded'),
  faultSpec('soleNotRoughened'),
  faultSpec('soleContaminated'),
];

export const solePress = defineMachine({
  id: 'sole-press',
  version: '1.0.0',
  machine: solePressMachine,
  controls: solePressControls,
  animatedNodes: [
    N.coverHinge,
    N.pad,
    N.padBox,
    N.airGaugeNeedle,
    N.pressGaugeNeedle,
    N.pressPowerLamp,
    N.pressTimerDisplay,
    N.handsSensorBeam,
    N.shoeOnPad,
    N.soleOnShoe,
    N.soleToeGap,
    N.soleHeelGap,
    N.reactivatorDisplay,
    N.reactivatorReadyLamp,
    N.reactivatorLamps,
    N.reactivatorTray,
    N.traySole,
    N.trayShoe,
  ],
  faults,
  // Every timer but the adhesive's open time: skipping that would let the glue die.
  longWaits: ['reactivatorWarmUp', 'reactivationTick', 'coverClose', 'pressureBuild', 'holdTick', 'exhaust', 'coverOpen'],
  procedure: solePressProcedure,
  mistakes: solePressMistakes,
  messages: solePressMessages,
  readControl: readSolePressControl,
  status: solePressStatus,
  refusal: solePressRefusal,
  cycles: (s) => s.context.goodSoles,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: solePressControls, faults })),
    key: solePressExplorationKey,
  },
});

export default solePress;
