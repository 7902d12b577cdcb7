import { faultSpec } from '../../engine/events.ts';
import { moduleEvents } from '../../engine/exploration.ts';
import { defineMachine } from '../../engine/defineMachine.ts';
import { autoclaveMessages } from './content.ts';
import { autoclaveControls } from './controls.ts';
import { AUTOCLAVE_SIGNALS, autoclaveExplorationKey, keepRepresentative } from './exploration.ts';
import { autoclaveMachine } from './machine.ts';
import { autoclaveMistakes } from './mistakes.ts';
import { AUTOCLAVE_NODES as N } from './nodes.ts';
import { autoclaveProcedure } from './procedure.ts';
import { autoclaveProcess } from './process.ts';
import { autoclaveRefusal, autoclaveStatus, readAutoclaveControl } from './status.ts';

/** Injectable faults (domain brief §12.2); under- and over-cure come from the settings and the timing. */
const faults = [faultSpec('sealLeak'), faultSpec('ventStuck')];

export const autoclave = defineMachine({
  id: 'autoclave',
  version: '1.0.0',
  machine: autoclaveMachine,
  controls: autoclaveControls,
  animatedNodes: [
    N.doorHinge,
    N.lockRing,
    N.steamPlume,
    N.pressureGaugeNeedle,
    N.thermometerGaugeNeedle,
    N.cartShoes,
    N.recorderPen,
    N.runLamp,
    N.pressureLamp,
    N.alarmLamp,
  ],
  faults,
  // The controller's heat-up and the cure hold; the venting has no timer and is always waited out.
  longWaits: ['heatRamp', 'cure30', 'cure60', 'cure90'],
  procedure: autoclaveProcedure,
  mistakes: autoclaveMistakes,
  messages: autoclaveMessages,
  readControl: readAutoclaveControl,
  status: autoclaveStatus,
  refusal: autoclaveRefusal,
  cycles: (s) => s.context.goodBatches,
  process: autoclaveProcess,
  exploration: {
    events: keepRepresentative(moduleEvents({ controls: autoclaveControls, faults })),
    key: autoclaveExplorationKey,
    signals: AUTOCLAVE_SIGNALS,
  },
});

export default autoclave;
