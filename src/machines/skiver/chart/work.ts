import { and, not } from 'xstate';
import { adjust, fault, inspectOf, press, set, signal, skiverSetup } from './setup.ts';

/**
 * Everything on the machine's table that no region owns: settings, the work under the foot,
 * checks, care, injected faults and the process model's signals. On a parallel root XState takes
 * these only when no region does; no region handles any of them.
 */
const workConfig = skiverSetup.createStateConfig({
  on: {
    // Continuous controls: the pedal and the hand always move; the screws can be turned any time.
    'user.adjust': [
      { guard: adjust('treadle'), actions: 'setTreadle' },
      { guard: adjust('guideOffset'), actions: 'setHand' },
      { guard: adjust('width'), actions: 'setWidth' },
      { guard: adjust('thickness'), actions: 'setThickness' },
    ],
    'user.set': [
      // The guard can always be swung; the motor region stops the motor if it opens while running.
      { guard: set('knifeGuard'), actions: 'setGuard' },
      { guard: set('footLever'), actions: 'setFootLever' },
      // A presser foot is changed with the motor off and nothing under it.
      { guard: and([set('presserFoot'), 'isMotorOff', not('hasPiece')]), actions: 'setFoot' },
      { guard: set('angle'), actions: 'setAngle' },
      { guard: set('extractorSwitch'), actions: 'setExtractor' },
      { guard: and([set('piece', 'scrap'), 'canLoadPiece']), actions: 'loadPiece' },
      { guard: and([set('piece', 'part'), 'canLoadPiece']), actions: 'loadPiece' },
      { guard: and([set('piece', 'none'), 'canRemovePiece']), actions: 'removePiece' },
    ],
    'user.press': [
      // The bag is emptied with the extractor switched off.
      { guard: and([press('emptyExtractor'), 'isExtractorOff']), actions: 'emptyExtractor' },
      // Chips are brushed out and the roller cleaned with the motor off (hands near knife and roller).
      { guard: and([press('cleanChips'), 'isMotorOff']), actions: 'cleanChips' },
      { guard: and([press('cleanRoller'), 'isMotorOff', not('hasPiece')]), actions: 'cleanRoller' },
      { guard: and([press('tightenGuide'), not('isDriving')]), actions: 'tightenGuide' },
    ],
    'user.inspect': [
      { guard: and([inspectOf('knifeEdge'), 'canSeeKnife']), actions: 'inspect' },
      { guard: and([inspectOf('knifeGap'), 'canSeeKnife']), actions: 'inspect' },
      { guard: and([inspectOf('bottomPlate'), 'isMotorOff']), actions: 'inspect' },
      { guard: inspectOf('extractorBag'), actions: 'inspect' },
      { guard: and([inspectOf('skive'), 'canInspectSkive']), actions: 'inspectSkive' },
      { guard: and([inspectOf('thicknessGauge'), 'canMeasure']), actions: 'measure' },
    ],
    'fault.inject': [
      { guard: fault('bluntKnife'), actions: 'bluntKnife' },
      { guard: fault('cutThrough'), actions: 'closeGap' },
      { guard: fault('tooThick'), actions: 'openGap' },
      { guard: fault('guideLoose'), actions: 'loosenGuide' },
      { guard: fault('rollerGlazed'), actions: 'glazeRoller' },
      { guard: fault('extractorFull'), actions: 'fillExtractor' },
    ],
    'process.signal': [
      { guard: and([signal('edgeDone'), 'isFeedingWork']), actions: 'finishEdge' },
      { guard: and(['isFlawSignal', 'isFeedingWork']), actions: 'markFlaw' },
    ],
  },
});

export const workHandlers = workConfig.on;
