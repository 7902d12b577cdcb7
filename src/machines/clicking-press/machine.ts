import { and, assign, not, raise, setup, stateIn } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import {
  DEPTH_MAX_NOTCH,
  DEPTH_MIN_NOTCH,
  DEPTH_START_MAX_NOTCH,
  DIES,
  MATERIALS,
  PRESSURE_DEFAULT_T,
  PRESSURE_SETTINGS_T,
  PUMP_PRESSURE_BUILD_MS,
  STROKE_DOWN_MS,
  STROKE_RETURN_MS,
  TWO_HAND_WINDOW_MS,
  WORK_TICKET_DIE,
  DIE_PLACES,
  type DieId,
  type DiePlace,
  type Material,
  type PartFlaw,
} from './constants.ts';
import { judgeCut, neededNotch, type CutOutcome } from './cutQuality.ts';

/**
 * The swing-arm hydraulic clicking press (domain brief §5) as three parallel regions:
 * `power` (electrics, pump, two-hand control and stroke), `arm` (where the swing arm is) and
 * `work` (what lies on the board). Interlocks are guards; all timing comes from named delays.
 */

export type HandButton = 'buttonLeft' | 'buttonRight';
export type InspectPoint = 'floorMark' | 'oilSightGlass' | 'board' | 'dieRack';

export interface ClickingPressContext {
  mainOn: boolean;
  held: Record<HandButton, boolean>;
  mode: 'twoHand' | 'oneHand';
  depthNotch: number;
  pressureT: number;
  die: DieId | null;
  material: Material | null;
  lastCut: CutOutcome | null;
  /** Why the last two-hand attempt was refused (shown to the artisan). */
  blockedBy: 'notTogether' | 'armAside' | null;
  boardSpotWorn: boolean;
  oilLow: boolean;
  /** Pre-operation inspections done with a good result. */
  checks: Record<InspectPoint, boolean>;
  /** What the last inspection found wrong (shown to the artisan), or null. */
  finding: 'boardGrooved' | 'dieBent' | 'oilLow' | null;
  /** Functional tests of the pre-operation checklist. */
  tests: { singleRefused: boolean; apartRefused: boolean; strokeHeld: boolean; estop: boolean };
  /** The last trial stroke on scrap: at which notch, with what result (the depth is found this way). */
  trial: { notch: number; outcome: CutOutcome } | null;
  /** A clean trial cut at the shallowest notch that cuts through (deeper wears the board). */
  trialCutClean: boolean;
  /** The last cut was clean but deeper than needed: the die marked the board. */
  overDeep: boolean;
  /** The mode selector's key is in the selector (it belongs to the set-up mechanic). */
  keyIn: boolean;
  /** The ticket's die in the rack has a bent edge (a fault); the spare is fetched with swapDie. */
  dieBent: boolean;
  /** Low oil reported to the mechanic with the machine locked out. */
  oilReported: boolean;
  /** The board cleaned (and its wear reported) at shutdown. */
  boardCleaned: boolean;
  /**
   * How the production hide lies: it comes off the stack flesh side up, and the die sits where the
   * last cutter left it, on a chalk-marked defect [I]; the cutter turns it grain up and places the die.
   */
  hide: { grainUp: boolean; place: DiePlace };
  /** The flaw of the last part cut from the hide (shown on the part), or null. */
  partFlaw: PartFlaw | null;
  goodParts: number;
  wastedParts: number;
  boardDamage: number;
}

const HAND_BUTTONS: readonly HandButton[] = ['buttonLeft', 'buttonRight'];
const isHandButton = (c: string): c is HandButton => c === 'buttonLeft' || c === 'buttonRight';
const other = (b: HandButton): HandButton => (b === 'buttonLeft' ? 'buttonRight' : 'buttonLeft');

type Ev = GladiEvent | { type: 'press.cut' };
const controlOf = (e: Ev): string | undefined => ('control' in e ? e.control : undefined);
const valueOf = (e: Ev): string | undefined => (e.type === 'user.set' ? e.value : undefined);
const faultOf = (e: Ev): string | undefined => (e.type === 'fault.inject' ? e.fault : undefined);

/** What an inspection finds wrong at a point, or null when it passes. */
const findingOf = (c: ClickingPressContext, p: InspectPoint): ClickingPressContext['finding'] =>
  p === 'board' && c.boardSpotWorn ? 'boardGrooved' : p === 'dieRack' && c.dieBent ? 'dieBent' : p === 'oilSightGlass' && c.oilLow ? 'oilLow' : null;

/** Flesh side up spoils the grain; a marked defect or the wrong stretch direction spoils the part. */
const flawOf = (h: ClickingPressContext['hide']): PartFlaw | null =>
  !h.grainUp ? 'flesh' : h.place === 'defect' ? 'defect' : h.place === 'across' ? 'across' : null;

const cutSettings = (c: ClickingPressContext) =>
  c.die && c.material
    ? judgeCut({ depthNotch: c.depthNotch, pressureT: c.pressureT, die: c.die, boardSpotWorn: c.boardSpotWorn })
    : null;

export const initialContext = (): ClickingPressContext => ({
  mainOn: false,
  held: { buttonLeft: false, buttonRight: false },
  mode: 'twoHand',
  // The handwheel is left at the shallow start mark at the end of a shift [I].
  depthNotch: DEPTH_START_MAX_NOTCH,
  pressureT: PRESSURE_DEFAULT_T,
  die: null,
  material: null,
  lastCut: null,
  blockedBy: null,
  boardSpotWorn: false,
  oilLow: false,
  checks: { floorMark: false, oilSightGlass: false, board: false, dieRack: false },
  finding: null,
  tests: { singleRefused: false, apartRefused: false, strokeHeld: false, estop: false },
  trial: null,
  trialCutClean: false,
  overDeep: false,
  keyIn: false,
  dieBent: false,
  oilReported: false,
  boardCleaned: false,
  hide: { grainUp: false, place: 'defect' },
  partFlaw: null,
  goodParts: 0,
  wastedParts: 0,
  boardDamage: 0,
});

const ARM_OVER = '#clickingPress.arm.overDie';
const IN_STROKE = '#clickingPress.power.powered.pumpRunning.stroke';

export const clickingPressMachine = setup({
  types: {
    context: {} as ClickingPressContext,
    events: {} as Ev,
  },
  delays: {
    twoHandWindow: TWO_HAND_WINDOW_MS,
    strokeDown: STROKE_DOWN_MS,
    strokeReturn: STROKE_RETURN_MS,
    pumpPressureBuild: PUMP_PRESSURE_BUILD_MS,
  },
  guards: {
    isPress: ({ event }, p: { control: string }) => event.type === 'user.press' && controlOf(event) === p.control,
    isRelease: ({ event }, p: { control: string }) => event.type === 'user.release' && controlOf(event) === p.control,
    isSet: ({ event }, p: { control: string; value?: string }) =>
      event.type === 'user.set' && controlOf(event) === p.control && (p.value === undefined || valueOf(event) === p.value),
    isFault: ({ event }, p: { fault: string }) => faultOf(event) === p.fault,
    isHandPress: ({ event }) => event.type === 'user.press' && isHandButton(controlOf(event) ?? ''),
    isHandRelease: ({ event }) => event.type === 'user.release' && isHandButton(controlOf(event) ?? ''),
    /** The second button arrives while the first is still held (the window itself is the timer). */
    isSecondHandPress: ({ context, event }) => {
      const c = controlOf(event) ?? '';
      return event.type === 'user.press' && isHandButton(c) && context.held[other(c)] && !context.held[c];
    },
    isOneHandMode: ({ context }) => context.mode === 'oneHand',
    isAnyHeld: ({ context }) => HAND_BUTTONS.some((b) => context.held[b]),
    isNoneHeld: ({ context }) => HAND_BUTTONS.every((b) => !context.held[b]),
    isBothHeld: ({ context }) => HAND_BUTTONS.every((b) => context.held[b]),
    isMainOn: ({ context }) => context.mainOn,
    hasOilLow: ({ context }) => context.oilLow,
    isValidDepth: ({ event }) => {
      const n = Number(valueOf(event));
      return Number.isInteger(n) && n >= DEPTH_MIN_NOTCH && n <= DEPTH_MAX_NOTCH;
    },
    isValidPressure: ({ event }) => (PRESSURE_SETTINGS_T as readonly number[]).includes(Number(valueOf(event))),
    isValidDie: ({ event }) => valueOf(event) === 'none' || (valueOf(event) ?? '') in DIES,
    isValidPlace: ({ event }) => (DIE_PLACES as readonly string[]).includes(valueOf(event) ?? ''),
    isValidSide: ({ event }) => valueOf(event) === 'grainUp' || valueOf(event) === 'fleshUp',
    isValidMaterial: ({ event }) => valueOf(event) === 'none' || (MATERIALS as readonly string[]).includes(valueOf(event) ?? ''),
    hasDieOnBoard: ({ context }) => context.die !== null,
    isDieOffBoard: ({ context }) => context.die === null,
    isCut: ({ context }, p: { outcome: CutOutcome }) => cutSettings(context) === p.outcome,
    isShiftComplete: ({ context }) => context.goodParts > 0 && context.die === null && context.boardCleaned,
    isOilReported: ({ context }) => context.oilReported,
    hasKeyIn: ({ context }) => context.keyIn,
    isArmOver: stateIn(ARM_OVER),
    isArmAside: not(stateIn(ARM_OVER)),
    isStroking: stateIn(IN_STROKE),
  },
  actions: {
    trackHands: assign({
      held: ({ context, event }) => {
        const c = controlOf(event) ?? '';
        if (!isHandButton(c)) return context.held;
        if (event.type === 'user.press') return { ...context.held, [c]: true };
        if (event.type === 'user.release') return { ...context.held, [c]: false };
        return context.held;
      },
    }),
    setMain: assign({ mainOn: ({ event }) => valueOf(event) === 'on' }),
    setMode: assign({ mode: ({ event }) => (valueOf(event) === 'oneHand' ? 'oneHand' : 'twoHand') }),
    setDepth: assign({ depthNotch: ({ event }) => Number(valueOf(event)) }),
    setPressure: assign({ pressureT: ({ event }) => Number(valueOf(event)) }),
    setDie: assign({ die: ({ event }) => (valueOf(event) === 'none' ? null : (valueOf(event) as DieId)) }),
    setSide: assign({ hide: ({ context, event }) => ({ ...context.hide, grainUp: valueOf(event) === 'grainUp' }) }),
    setPlace: assign({ hide: ({ context, event }) => ({ ...context.hide, place: valueOf(event) as DiePlace }) }),
    setMaterial: assign({ material: ({ event }) => (valueOf(event) === 'none' ? null : (valueOf(event) as Material)) }),
    blockNotTogether: assign({
      blockedBy: 'notTogether',
      tests: ({ context }) => ({ ...context.tests, singleRefused: true }),
    }),
    blockArmAside: assign({ blockedBy: 'armAside' }),
    clearBlock: assign({ blockedBy: null }),
    noteStrokeHeld: assign({ tests: ({ context }) => ({ ...context.tests, strokeHeld: true }) }),
    noteEstopTest: assign({ tests: ({ context }) => ({ ...context.tests, estop: true }) }),
    noteApartRefused: assign({ tests: ({ context }) => ({ ...context.tests, apartRefused: true }) }),
    setKey: assign({ keyIn: ({ event }) => valueOf(event) === 'in' }),
    turnBoard: assign({ boardSpotWorn: false, finding: null }),
    swapDie: assign({ dieBent: false, finding: null }),
    bendDie: assign({ dieBent: true }),
    reportOil: assign({ oilReported: true }),
    restoreOil: assign({ oilLow: false, oilReported: false }),
    cleanBoard: assign({ boardCleaned: true }),
    raiseCut: raise({ type: 'press.cut' }),
    recordCut: assign(({ context }) => {
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
    inspect: assign({
      checks: ({ context, event }) => {
        const c = controlOf(event) as InspectPoint;
        return { ...context.checks, [c]: findingOf(context, c) === null };
      },
      finding: ({ context, event }) => findingOf(context, controlOf(event) as InspectPoint),
    }),
    markOilLow: assign({ oilLow: true }),
    wearBoardSpot: assign({ boardSpotWorn: true }),
    moveDieToFreshSpot: assign({ boardSpotWorn: false }),
    misSetDepth: assign({ depthNotch: DEPTH_MAX_NOTCH }),
    takeGoodPart: assign(({ context }) =>
      context.material === 'leather' && context.die === WORK_TICKET_DIE && !context.dieBent && context.partFlaw === null
        ? { goodParts: context.goodParts + 1, lastCut: null }
        : { wastedParts: context.wastedParts + (context.material === 'leather' ? 1 : 0), lastCut: null, partFlaw: null },
    ),
    discardPart: assign(({ context }) => ({
      wastedParts: context.wastedParts + (context.material === 'leather' ? 1 : 0),
      lastCut: null,
    })),
    noteBoardDamage: assign(({ context }) => ({ boardDamage: context.boardDamage + 1 })),
  },
}).createMachine({
  id: 'clickingPress',
  type: 'parallel',
  context: initialContext,
  on: {
    // Hand actions and settings: allowed whenever the beam is not moving.
    'user.set': [
      { guard: and([{ type: 'isSet', params: { control: 'depth' } }, 'isValidDepth', not('isStroking')]), actions: 'setDepth' },
      { guard: and([{ type: 'isSet', params: { control: 'pressure' } }, 'isValidPressure', not('isStroking')]), actions: 'setPressure' },
      {
        guard: and([{ type: 'isSet', params: { control: 'modeSelector' } }, 'hasKeyIn', not('isStroking')]),
        actions: 'setMode',
      },
      { guard: { type: 'isSet', params: { control: 'modeKey' } }, actions: 'setKey' },
    ],
    'user.inspect': { guard: not('isStroking'), actions: 'inspect' },
    // The key belongs to the set-up mechanic; the selector turns only with it [§5.6].
    'user.press': [
      { guard: and([{ type: 'isPress', params: { control: 'turnBoard' } }, 'isArmAside', not('isStroking')]), actions: 'turnBoard' },
      { guard: and([{ type: 'isPress', params: { control: 'swapDie' } }, 'isArmAside', not('isStroking'), 'isDieOffBoard']), actions: 'swapDie' },
      { guard: and([{ type: 'isPress', params: { control: 'cleanBoard' } }, 'isArmAside', not('isStroking')]), actions: 'cleanBoard' },
    ],
  },
  states: {
    power: {
      initial: 'off',
      on: {
        'user.press': { guard: { type: 'isPress', params: { control: 'estop' } }, target: '.estopped' },
        'fault.inject': [
          { guard: { type: 'isFault', params: { fault: 'estopLatched' } }, target: '.estopped' },
          { guard: { type: 'isFault', params: { fault: 'lowOil' } }, actions: 'markOilLow' },
          { guard: { type: 'isFault', params: { fault: 'boardWorn' } }, actions: 'wearBoardSpot' },
          { guard: { type: 'isFault', params: { fault: 'depthMisSet' } }, actions: 'misSetDepth' },
          { guard: { type: 'isFault', params: { fault: 'dieBent' } }, actions: 'bendDie' },
          // The trainer, as the mechanic, restores a topped-up machine after the report.
          { guard: { type: 'isFault', params: { fault: 'oilToppedUp' } }, actions: 'restoreOil' },
        ],
      },
      states: {
        off: {
          initial: 'idle',
          on: {
            // Locked out and tagged for the mechanic: the main switch stays off.
            'user.set': {
              guard: and([{ type: 'isSet', params: { control: 'mainSwitch', value: 'on' } }, not('isOilReported')]),
              target: 'powered',
              actions: 'setMain',
            },
            // Low oil: stop, lock out, report [§5.7]; the mechanic tops up, not the artisan.
            'user.press': [
              { guard: and([{ type: 'isPress', params: { control: 'reportMechanic' } }, 'hasOilLow']), actions: 'reportOil' },
              { guard: 'isHandPress', actions: 'trackHands' },
            ],
            'user.release': { actions: 'trackHands' },
          },
          states: {
            idle: {
              always: [
                { guard: 'isOilReported', target: 'reported' },
                { guard: and(['isShiftComplete', 'isArmAside']), target: 'shiftDone' },
              ],
            },
            shiftDone: { tags: ['complete'] },
            /** Locked out with low oil and reported: the machine waits for the mechanic (the trainer restores it). */
            reported: {
              tags: ['oilReported'],
              on: { 'fault.inject': { guard: { type: 'isFault', params: { fault: 'oilToppedUp' } }, target: 'idle', actions: 'restoreOil' } },
            },
          },
        },
        powered: {
          initial: 'pumpOff',
          tags: ['powered'],
          on: {
            'user.set': { guard: { type: 'isSet', params: { control: 'mainSwitch', value: 'off' } }, target: 'off', actions: 'setMain' },
            'user.press': { guard: 'isHandPress', actions: 'trackHands' },
            'user.release': { actions: 'trackHands' },
          },
          states: {
            pumpOff: {
              on: {
                'user.press': [
                  { guard: and([{ type: 'isPress', params: { control: 'pumpStart' } }, 'hasOilLow']), target: 'lowOil' },
                  { guard: { type: 'isPress', params: { control: 'pumpStart' } }, target: 'pumpStarting' },
                ],
              },
            },
            pumpStarting: {
              tags: ['pumpOn'],
              after: { pumpPressureBuild: 'pumpRunning' },
              on: {
                'user.press': { guard: { type: 'isPress', params: { control: 'pumpStop' } }, target: 'pumpOff' },
                'fault.inject': { guard: { type: 'isFault', params: { fault: 'lowOil' } }, target: 'lowOil', actions: 'markOilLow' },
              },
            },
            pumpRunning: {
              tags: ['pumpOn'],
              initial: 'ready',
              on: {
                'user.press': { guard: { type: 'isPress', params: { control: 'pumpStop' } }, target: 'pumpOff' },
                // Low oil: the level switch trips the pump; beam drifts [§5.7].
                'fault.inject': { guard: { type: 'isFault', params: { fault: 'lowOil' } }, target: 'lowOil', actions: 'markOilLow' },
              },
              states: {
                ready: {
                  tags: ['ready'],
                  // Anti-repeat: buttons still held from before (a reset, a pump restart) must be let go first.
                  always: { guard: 'isAnyHeld', target: 'waitRelease' },
                  on: {
                    'user.press': [
                      { guard: and(['isHandPress', 'isOneHandMode', 'isArmOver']), target: 'stroke', actions: ['trackHands', 'clearBlock'] },
                      { guard: 'isHandPress', target: 'firstPressed', actions: ['trackHands', 'clearBlock'] },
                    ],
                  },
                },
                firstPressed: {
                  after: { twoHandWindow: { target: 'blocked', actions: 'blockNotTogether' } },
                  on: {
                    'user.press': [
                      { guard: and(['isSecondHandPress', 'isArmOver']), target: 'stroke', actions: 'trackHands' },
                      { guard: 'isSecondHandPress', target: 'blocked', actions: ['trackHands', 'blockArmAside'] },
                    ],
                    'user.release': { guard: 'isHandRelease', target: 'ready', actions: 'trackHands' },
                  },
                },
                /** A refused two-hand attempt: nothing moves until both buttons are let go. */
                blocked: {
                  tags: ['refused'],
                  on: {
                    // The second button more than 0.5 s late: still no stroke [S44].
                    'user.press': { guard: 'isSecondHandPress', actions: ['trackHands', 'noteApartRefused'] },
                    'user.release': { guard: 'isHandRelease', target: 'waitRelease', actions: 'trackHands' },
                  },
                },
                stroke: {
                  id: 'stroke',
                  tags: ['hazard'],
                  initial: 'descending',
                  states: {
                    descending: {
                      tags: ['descending'],
                      after: { strokeDown: { target: 'returning', actions: 'raiseCut' } },
                      on: {
                        // Release stops the stroke and returns the beam [S44].
                        'user.release': { guard: 'isHandRelease', target: 'stopping', actions: 'trackHands' },
                      },
                    },
                    stopping: {
                      after: { strokeReturn: '#clickingPress.power.powered.pumpRunning.waitRelease' },
                    },
                    returning: {
                      after: { strokeReturn: [
                        { guard: 'isBothHeld', target: '#clickingPress.power.powered.pumpRunning.waitRelease', actions: 'noteStrokeHeld' },
                        { target: '#clickingPress.power.powered.pumpRunning.waitRelease' },
                      ] },
                    },
                  },
                },
                /** Anti-repeat: both buttons must be released before the next stroke [S44][S45]. */
                waitRelease: {
                  always: { guard: 'isNoneHeld', target: 'ready' },
                },
              },
            },
            /** The level switch stopped the pump: stop, lock out (main switch off), top up, report [§5.7]. */
            lowOil: { tags: ['fault'] },
          },
        },
        estopped: {
          tags: ['estop'],
          initial: 'latched',
          on: {
            'user.set': [
              { guard: { type: 'isSet', params: { control: 'mainSwitch', value: 'on' } }, actions: 'setMain' },
              { guard: { type: 'isSet', params: { control: 'mainSwitch', value: 'off' } }, actions: 'setMain' },
            ],
            'user.press': { guard: 'isHandPress', actions: 'trackHands' },
            'user.release': { actions: 'trackHands' },
          },
          states: {
            latched: {
              on: {
                // Twisting the mushroom out unlatches it; the machine stays stopped until reset.
                'user.release': { guard: { type: 'isRelease', params: { control: 'estop' } }, target: 'released' },
              },
            },
            released: {
              on: {
                'user.press': [
                  // The e-stop test counts only once the stop has been released and reset.
                  { guard: and([{ type: 'isPress', params: { control: 'reset' } }, 'isMainOn']), target: '#clickingPress.power.powered', actions: 'noteEstopTest' },
                  { guard: { type: 'isPress', params: { control: 'reset' } }, target: '#clickingPress.power.off', actions: 'noteEstopTest' },
                ],
              },
            },
          },
        },
      },
    },
    arm: {
      initial: 'aside',
      states: {
        aside: {
          on: {
            // A manual swing arm still moves by hand during an e-stop; only the beam stays up.
            'user.set': { guard: { type: 'isSet', params: { control: 'arm', value: 'overDie' } }, target: 'overDie' },
          },
        },
        overDie: {
          on: {
            // The arm cannot swing while the beam is down.
            'user.set': {
              guard: and([{ type: 'isSet', params: { control: 'arm', value: 'aside' } }, not('isStroking')]),
              target: 'aside',
            },
          },
        },
      },
    },
    work: {
      initial: 'clear',
      on: {
        'press.cut': [
          { guard: { type: 'isCut', params: { outcome: 'clean' } }, target: '.partCut', actions: 'recordCut' },
          { guard: { type: 'isCut', params: { outcome: 'incomplete' } }, target: '.cutIncomplete', actions: 'recordCut' },
          { guard: { type: 'isCut', params: { outcome: 'deep' } }, target: '.boardCutDeep', actions: ['recordCut', 'noteBoardDamage'] },
        ],
      },
      states: {
        /** Material and die can be placed, moved or taken only with the arm swung aside. */
        clear: {
          on: {
            'user.set': [
              { guard: and([{ type: 'isSet', params: { control: 'die' } }, 'isValidDie', 'isArmAside']), actions: 'setDie' },
              { guard: and([{ type: 'isSet', params: { control: 'material' } }, 'isValidMaterial', 'isArmAside']), actions: 'setMaterial' },
              { guard: and([{ type: 'isSet', params: { control: 'hideSide' } }, 'isValidSide', 'isArmAside']), actions: 'setSide' },
              { guard: and([{ type: 'isSet', params: { control: 'diePlace' } }, 'isValidPlace', 'isArmAside']), actions: 'setPlace' },
            ],
            'user.press': {
              guard: and([{ type: 'isPress', params: { control: 'moveDie' } }, 'hasDieOnBoard', 'isArmAside']),
              actions: 'moveDieToFreshSpot',
            },
          },
        },
        partCut: {
          on: {
            'user.press': {
              guard: and([{ type: 'isPress', params: { control: 'removePart' } }, 'isArmAside']),
              target: 'clear',
              actions: 'takeGoodPart',
            },
          },
        },
        /** Part not cut through somewhere: worn board spot, stop too high or too little force [§5.7]. */
        cutIncomplete: {
          tags: ['fault'],
          on: {
            'user.press': [
              { guard: and([{ type: 'isPress', params: { control: 'removePart' } }, 'isArmAside']), target: 'clear', actions: 'discardPart' },
              { guard: and([{ type: 'isPress', params: { control: 'moveDie' } }, 'isArmAside']), actions: 'moveDieToFreshSpot' },
            ],
          },
        },
        /** Die driven into the board: stop set too low [§5.7]. The part is cut but the board is damaged. */
        boardCutDeep: {
          tags: ['fault'],
          on: {
            'user.press': {
              guard: and([{ type: 'isPress', params: { control: 'removePart' } }, 'isArmAside']),
              target: 'clear',
              actions: 'takeGoodPart',
            },
          },
        },
      },
    },
  },
});

export type ClickingPressMachine = typeof clickingPressMachine;
