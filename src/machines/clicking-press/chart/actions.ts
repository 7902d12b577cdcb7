import { assign, raise } from 'xstate';
import { DEPTH_MAX_NOTCH, WORK_TICKET_DIE, type DieId, type DiePlace, type Material } from '../constants.ts';
import { neededNotch } from '../cutQuality.ts';
import { cutSettings, findingOf, flawOf } from './derived.ts';
import { controlOf, isHandButton, valueOf, type ClickingPressEvent } from './events.ts';
import type { ClickingPressContext, InspectPoint } from './types.ts';

// Standalone actions need the chart's types spelled out once (setup() types them inline).
const update = assign<ClickingPressContext, ClickingPressEvent, undefined, ClickingPressEvent, never>;
const raiseEvent = raise<ClickingPressContext, ClickingPressEvent, ClickingPressEvent, undefined>;

/** The named actions of the clicking press chart: hands, settings, checks and tests, faults and the cut. */
export const actions = {
  trackHands: update({
    held: ({ context, event }) => {
      const c = controlOf(event) ?? '';
      if (!isHandButton(c)) return context.held;
      if (event.type === 'user.press') return { ...context.held, [c]: true };
      if (event.type === 'user.release') return { ...context.held, [c]: false };
      return context.held;
    },
  }),
  setMain: update({ mainOn: ({ event }) => valueOf(event) === 'on' }),
  setMode: update({ mode: ({ event }) => (valueOf(event) === 'oneHand' ? 'oneHand' : 'twoHand') }),
  setDepth: update({ depthNotch: ({ event }) => Number(valueOf(event)) }),
  setPressure: update({ pressureT: ({ event }) => Number(valueOf(event)) }),
  setDie: update({ die: ({ event }) => (valueOf(event) === 'none' ? null : (valueOf(event) as DieId)) }),
  setSide: update({ hide: ({ context, event }) => ({ ...context.hide, grainUp: valueOf(event) === 'grainUp' }) }),
  setPlace: update({ hide: ({ context, event }) => ({ ...context.hide, place: valueOf(event) as DiePlace }) }),
  setMaterial: update({ material: ({ event }) => (valueOf(event) === 'none' ? null : (valueOf(event) as Material)) }),
  blockNotTogether: update({
    blockedBy: 'notTogether',
    tests: ({ context }) => ({ ...context.tests, singleRefused: true }),
  }),
  blockArmAside: update({ blockedBy: 'armAside' }),
  clearBlock: update({ blockedBy: null }),
  noteStrokeHeld: update({ tests: ({ context }) => ({ ...context.tests, strokeHeld: true }) }),
  noteEstopTest: update({ tests: ({ context }) => ({ ...context.tests, estop: true }) }),
  noteApartRefused: update({ tests: ({ context }) => ({ ...context.tests, apartRefused: true }) }),
  setKey: update({ keyIn: ({ event }) => valueOf(event) === 'in' }),
  turnBoard: update({ boardSpotWorn: false, finding: null }),
  swapDie: update({ dieBent: false, finding: null }),
  bendDie: update({ dieBent: true }),
  reportOil: update({ oilReported: true }),
  restoreOil: update({ oilLow: false, oilReported: false }),
  cleanBoard: update({ boardCleaned: true }),
  raiseCut: raiseEvent({ type: 'press.cut' }),
  recordCut: update(({ context }) => {
    const outcome = cutSettings(context);
    const scrap = context.material === 'scrap' && outcome !== null;
    const shallowest = outcome === 'clean' && context.depthNotch === neededNotch(context.boardSpotWorn);
    return {
      lastCut: outcome,
      trial: scrap ? { notch: context.depthNotch, outcome } : context.trial,
      trialCutClean: context.trialCutClean || (scrap && shallowest),
      overDeep: outcome === 'clean' && !shallowest,
      partFlaw: context.material === 'leather' && outcome !== 'incomplete' ? flawOf(context.hide) : null,
      boardCleaned: false,
    };
  }),
  inspect: update({
    checks: ({ context, event }) => {
      const c = controlOf(event) as InspectPoint;
      return { ...context.checks, [c]: findingOf(context, c) === null };
    },
    finding: ({ context, event }) => findingOf(context, controlOf(event) as InspectPoint),
  }),
  markOilLow: update({ oilLow: true }),
  wearBoardSpot: update({ boardSpotWorn: true }),
  moveDieToFreshSpot: update({ boardSpotWorn: false }),
  misSetDepth: update({ depthNotch: DEPTH_MAX_NOTCH }),
  takeGoodPart: update(({ context }) =>
    context.material === 'leather' && context.die === WORK_TICKET_DIE && !context.dieBent && context.partFlaw === null
      ? { goodParts: context.goodParts + 1, lastCut: null }
      : { wastedParts: context.wastedParts + (context.material === 'leather' ? 1 : 0), lastCut: null, partFlaw: null },
  ),
  discardPart: update(({ context }) => ({
    wastedParts: context.wastedParts + (context.material === 'leather' ? 1 : 0),
    lastCut: null,
  })),
  noteBoardDamage: update(({ context }) => ({ boardDamage: context.boardDamage + 1 })),
};
