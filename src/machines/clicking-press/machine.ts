import { and, assign, not, raise, setup, stateIn } from 'xstate';
import type { GladiEvent } from '../../engine/machineModule.ts';
import {
  DEPTH_MAX_NOTCH,
  DEPTH_MIN_NOTCH,
  DIES,
  MATERIALS,
  PRESSURE_DEFAULT_T,
  PRESSURE_SETTINGS_T,
  PUMP_PRESSURE_BUILD_MS,
  STROKE_DOWN_MS,
  STROKE_RETURN_MS,
  TWO_HAND_WINDOW_MS,
  WORK_TICKET_DIE,
  type DieId,
  type Material,
} from './constants.ts';
import { judgeCut, type CutOutcome } from './cutQuality.ts';

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
  /** Functional tests of the pre-operation checklist. */
  tests: { singleRefused: boolean; strokeHeld: boolean; estop: boolean };
  trialCutClean: boolean;
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

const cutSettings = (c: ClickingPressContext) =>
  c.die && c.material
    ? judgeCut({ depthNotch: c.depthNotch, pressureT: c.pressureT, die: c.die, boardSpotWorn: c.boardSpotWorn })
    : null;

export const initialContext = (): ClickingPressContext => ({
  mainOn: false,
  held: { buttonLeft: false, buttonRight: false },
  mode: 'twoHand',
  depthNotch: DEPTH_MIN_NOTCH,
  pressureT: PRESSURE_DEFAULT_T,
  die: null,
  material: null,
  lastCut: null,
  blockedBy: null,
  boardSpotWorn: false,
  oilLow: false,
  checks: { floorMark: false, oilSightGlass: false, board: false, dieRack: false },
  tests: { singleRefused: false, strokeHeld: false, estop: false },
  trialCutClean: false,
  goodParts: 0,
  wastedParts: 0,
  boardDamage: 0,
});

const ARM_OVER = '#clickingPress.arm.overDie';
const IN_STROKE = '#clickingPress.power.powered.pumpRunning.stroke';
const IN_ESTOP = '#clickingPress.power.estopped';

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
    isValidMaterial: ({ event }) => valueOf(event) === 'none' || (MATERIALS as readonly string[]).includes(valueOf(event) ?? ''),
    hasDieOnBoard: ({ context }) => context.die !== null,
    isCut: ({ context }, p: { outcome: CutOutcome }) => cutSettings(context) === p.outcome,
    isShiftComplete: ({ context }) => context.goodParts > 0,
    isArmOver: stateIn(ARM_OVER),
    isArmAside: not(stateIn(ARM_OVER)),
    isStroking: stateIn(IN_STROKE),
    isEstopped: stateIn(IN_ESTOP),
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
    setMaterial: assign({ material: ({ event }) => (valueOf(event) === 'none' ? null : (valueOf(event) as Material)) }),
    blockNotTogether: assign({
      blockedBy: 'notTogether',
      tests: ({ context }) => ({ ...context.tests, singleRefused: true }),
    }),
    blockArmAside: assign({ blockedBy: 'armAside' }),
    clearBlock: assign({ blockedBy: null }),
    noteStrokeHeld: assign({ tests: ({ context }) => ({ ...context.tests, strokeHeld: true }) }),
    noteEstopTest: assign({ tests: ({ context }) => ({ ...context.tests, estop: true }) }),
    raiseCut: raise({ type: 'press.cut' }),
    recordCut: assign(({ context }) => {
      const outcome = cutSettings(context);
      return {
        lastCut: outcome,
        trialCutClean: context.trialCutClean || (context.material === 'scrap' && outcome === 'clean'),
      };
    }),
    inspect: assign({
      checks: ({ context, event }) => {
        const c = controlOf(event) as InspectPoint;
        // A sight-glass look with low oil is not a passed check: the oil must be topped up first.
        const ok = c === 'oilSightGlass' ? !context.oilLow : true;
        return { ...context.checks, [c]: ok };
      },
    }),
    topUpOil: assign({ oilLow: false }),
    markOilLow: assign({ oilLow: true }),
    wearBoardSpot: assign({ boardSpotWorn: true }),
    moveDieToFreshSpot: assign({ boardSpotWorn: false }),
    misSetDepth: assign({ depthNotch: DEPTH_MAX_NOTCH }),
    takeGoodPart: assign(({ context }) =>
      context.material === 'leather' && context.die === WORK_TICKET_DIE
        ? { goodParts: context.goodParts + 1, lastCut: null }
        : { wastedParts: context.wastedParts + (context.material === 'leather' ? 1 : 0), lastCut: null },
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
        guard: and([{ type: 'isSet', params: { control: 'modeSelector' } }, not('isStroking')]),
        actions: 'setMode',
      },
    ],
    'user.inspect': { guard: not('isStroking'), actions: 'inspect' },
  },
  states: {
    power: {
      initial: 'off',
      on: {
        'user.press': { guard: { type: 'isPress', params: { control: 'estop' } }, target: '.estopped', actions: 'noteEstopTest' },
        'fault.inject': [
          { guard: { type: 'isFault', params: { fault: 'estopLatched' } }, target: '.estopped' },
          { guard: { type: 'isFault', params: { fault: 'lowOil' } }, actions: 'markOilLow' },
          { guard: { type: 'isFault', params: { fault: 'boardWorn' } }, actions: 'wearBoardSpot' },
          { guard: { type: 'isFault', params: { fault: 'depthMisSet' } }, actions: 'misSetDepth' },
        ],
      },
      states: {
        off: {
          initial: 'idle',
          on: {
            'user.set': { guard: { type: 'isSet', params: { control: 'mainSwitch', value: 'on' } }, target: 'powered', actions: 'setMain' },
            // Topping up oil is done locked out (main switch off) [§5.7].
            'user.press': [
              { guard: { type: 'isPress', params: { control: 'oilFillCap' } }, actions: 'topUpOil' },
              { guard: 'isHandPress', actions: 'trackHands' },
            ],
            'user.release': { actions: 'trackHands' },
          },
          states: {
            idle: { always: { guard: and(['isShiftComplete', 'isArmAside']), target: 'shiftDone' } },
            shiftDone: { tags: ['complete'] },
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
                  { guard: and([{ type: 'isPress', params: { control: 'reset' } }, 'isMainOn']), target: '#clickingPress.power.powered' },
                  { guard: { type: 'isPress', params: { control: 'reset' } }, target: '#clickingPress.power.off' },
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
            'user.set': { guard: and([{ type: 'isSet', params: { control: 'arm', value: 'overDie' } }, not('isEstopped')]), target: 'overDie' },
          },
        },
        overDie: {
          on: {
            // The arm cannot swing while the beam is down or while the e-stop is latched.
            'user.set': {
              guard: and([{ type: 'isSet', params: { control: 'arm', value: 'aside' } }, not('isStroking'), not('isEstopped')]),
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
