import { and, not } from 'xstate';
import { adjust, fault, inspectOf, press, set, sewingSetup } from './setup.ts';

/**
 * Everything no region owns: the continuous controls, settings, guards, the thread and needle,
 * the work on the post, faults and the process model's signals. On a parallel root XState takes
 * these only when no region does; no region handles any of them.
 */
const workConfig = sewingSetup.createStateConfig({
  on: {
    // The pedal, the back-tack lever and the hand always move; the dials can be turned any time.
    'user.adjust': [
      { guard: adjust('pedal'), actions: 'setPedal' },
      { guard: adjust('backTack'), actions: 'setBackTack' },
      // Pulling the upper sideways while the needle is in it bends the needle into the plate: it breaks.
      { guard: and([adjust('steer'), 'isSewing', 'isPull']), actions: ['setSteer', 'breakNeedle'] },
      { guard: adjust('steer'), actions: 'setSteer' },
      { guard: adjust('stitchLength'), actions: 'setStitch' },
      { guard: adjust('tension'), actions: 'setTension' },
      { guard: adjust('pressure'), actions: 'setPressure' },
    ],
    'user.set': [
      // Guards can always be moved; the servo will not run while one is off.
      { guard: set('fingerGuard'), actions: 'setFingerGuard' },
      { guard: set('eyeGuard'), actions: 'setEyeGuard' },
      { guard: set('beltCover'), actions: 'setBeltCover' },
      { guard: and([set('kneeLifter'), not('isSewing')]), actions: 'setKnee' },
      { guard: and([set('maxSpeed'), not('isSewing')]), actions: 'setMaxSpeed' },
      { guard: and([set('needleStop'), not('isSewing')]), actions: 'setNeedleStop' },
      // Threading and the bobbin: hands at the needle and the hook, so only with the power off.
      { guard: and([set('threadCone'), 'isPowerOff']), actions: 'setThread' },
      { guard: and([set('bobbin', 'in'), 'isPowerOff', 'canInsertBobbin']), actions: 'insertBobbin' },
      { guard: and([set('bobbin', 'out'), 'isPowerOff', 'canRemoveBobbin']), actions: 'removeBobbin' },
      { guard: and([set('piece', 'scrap'), 'canLoadPiece']), actions: 'loadPiece' },
      { guard: and([set('piece', 'upper'), 'canLoadPiece']), actions: 'loadPiece' },
      { guard: and([set('piece', 'none'), 'canRemovePiece']), actions: 'removePiece' },
    ],
    'user.press': [
      { guard: and([press('cleanLint'), 'isPowerOff']), actions: 'clean' },
      { guard: and([press('oil'), 'isPowerOff']), actions: 'oil' },
      { guard: and([press('changeNeedle'), 'isPowerOff']), actions: 'changeNeedle' },
      { guard: and([press('threadMachine'), 'isPowerOff', 'canThread']), actions: 'threadMachine' },
      { guard: and([press('windBobbin'), 'canWindBobbin']), actions: 'windBobbin' },
      { guard: and([press('handwheel'), not('isSewing')]), actions: 'turnHandwheel' },
      { guard: and([press('turnWork'), 'canTurnWork']), actions: 'turnWork' },
      { guard: and([press('trim'), 'canTrim']), actions: 'trimSeam' },
    ],
    'user.inspect': [{ guard: and([inspectOf('seam'), 'canInspectSeam']), actions: 'inspectSeam' }],
    'fault.inject': [
      { guard: fault('bentNeedle'), actions: 'bendNeedle' },
      { guard: fault('tensionTight'), actions: 'catchThread' },
      { guard: fault('threadOffDiscs'), actions: 'slipThread' },
      { guard: fault('needleBreak'), actions: 'breakNeedle' },
    ],
    'process.signal': [
      { guard: and(['isMarkSignal', 'isSewingWork']), actions: 'markSeam' },
      { guard: and(['isFlawSignal', 'isSewingWork']), actions: 'markFlaw' },
    ],
  },
});

export const workHandlers = workConfig.on;
