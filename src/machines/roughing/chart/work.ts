import { and, not } from 'xstate';
import { adjust, fault, inspectOf, press, roughingSetup, set, signal } from './setup.ts';

/**
 * Everything no region owns: protective equipment, the extraction, the reversing switch, the
 * inverter, the hand, checks, care, injected faults and the process model's signals. On a
 * parallel root XState takes these only when no region does; no region handles any of them.
 */
const workConfig = roughingSetup.createStateConfig({
  on: {
    'user.adjust': [
      { guard: adjust('pressure'), actions: 'setPressure' },
      { guard: adjust('pathOffset'), actions: 'setPath' },
      { guard: adjust('speed'), actions: 'setSpeed' },
    ],
    'user.set': [
      { guard: set('extractionSwitch'), actions: 'setExtraction' },
      // Reversing a turning motor is refused: the switch is changed with the spindle stopped.
      { guard: and([set('reversingSwitch'), 'isSpindleOff']), actions: 'setReversing' },
      { guard: and([set('shoe', 'lasted'), not('hasShoe'), not('hasPressure')]), actions: 'takeShoe' },
      { guard: and([set('shoe', 'none'), 'hasShoe', not('isInContact')]), actions: 'putShoeDown' },
    ],
    'user.press': [
      { guard: press('earMuffs'), actions: 'wear' },
      { guard: press('safetyGlasses'), actions: 'wear' },
      { guard: press('dustMask'), actions: 'wear' },
      // The bag is emptied with the extraction off; the ledge brushed with the wheel stopped.
      { guard: and([press('emptyBag'), 'isExtractionOff']), actions: 'emptyBag' },
      { guard: and([press('cleanUp'), 'isSpindleOff']), actions: 'cleanUp' },
    ],
    'user.inspect': [
      { guard: and([inspectOf('wheel'), 'isSpindleOff']), actions: 'inspect' },
      { guard: inspectOf('dustBag'), actions: 'inspect' },
      { guard: and([inspectOf('band'), 'canInspectBand']), actions: 'inspectBand' },
    ],
    'fault.inject': [
      { guard: fault('wheelClogged'), actions: 'clogWheel' },
      { guard: fault('bagFull'), actions: 'fillBag' },
    ],
    'process.signal': [
      { guard: and([signal('bandDone'), 'isRoughing']), actions: 'finishBand' },
      { guard: and(['isFlawSignal', 'isRoughing']), actions: 'markFlaw' },
    ],
  },
});

export const workHandlers = workConfig.on;
