import { not, stateIn, type EventObject, type GuardArgs, type MachineContext } from 'xstate';
import { DEPTH_MAX_NOTCH, DEPTH_MIN_NOTCH, DIES, DIE_PLACES, MATERIALS, PRESSURE_SETTINGS_T } from '../constants.ts';
import type { CutOutcome } from '../cutQuality.ts';
import { cutSettings } from './derived.ts';
import { HAND_BUTTONS, controlOf, faultOf, isHandButton, other, valueOf, type ClickingPressEvent } from './events.ts';
import type { ClickingPressContext } from './types.ts';

type Args = GuardArgs<ClickingPressContext, ClickingPressEvent>;
// A state check reads only the snapshot, so it fits any context (and composes in not).
const inState = (id: string) => stateIn<MachineContext, EventObject, unknown>(id);

const ARM_OVER = '#clickingPress.arm.overDie';
const IN_STROKE = '#clickingPress.power.powered.pumpRunning.stroke';

/** The named guards of the clicking press chart: event matchers, settings checks, interlocks and state checks. */
export const guards = {
  isPress: ({ event }: Args, p: { control: string }) => event.type === 'user.press' && controlOf(event) === p.control,
  isRelease: ({ event }: Args, p: { control: string }) => event.type === 'user.release' && controlOf(event) === p.control,
  isSet: ({ event }: Args, p: { control: string; value?: string }) =>
    event.type === 'user.set' && controlOf(event) === p.control && (p.value === undefined || valueOf(event) === p.value),
  isFault: ({ event }: Args, p: { fault: string }) => faultOf(event) === p.fault,
  isHandPress: ({ event }: Args) => event.type === 'user.press' && isHandButton(controlOf(event) ?? ''),
  isHandRelease: ({ event }: Args) => event.type === 'user.release' && isHandButton(controlOf(event) ?? ''),
  /** The second button arrives while the first is still held (the window itself is the timer). */
  isSecondHandPress: ({ context, event }: Args) => {
    const c = controlOf(event) ?? '';
    return event.type === 'user.press' && isHandButton(c) && context.held[other(c)] && !context.held[c];
  },
  isOneHandMode: ({ context }: Args) => context.mode === 'oneHand',
  isAnyHeld: ({ context }: Args) => HAND_BUTTONS.some((b) => context.held[b]),
  isNoneHeld: ({ context }: Args) => HAND_BUTTONS.every((b) => !context.held[b]),
  isBothHeld: ({ context }: Args) => HAND_BUTTONS.every((b) => context.held[b]),
  isMainOn: ({ context }: Args) => context.mainOn,
  hasOilLow: ({ context }: Args) => context.oilLow,
  isValidDepth: ({ event }: Args) => {
    const n = Number(valueOf(event));
    return Number.isInteger(n) && n >= DEPTH_MIN_NOTCH && n <= DEPTH_MAX_NOTCH;
  },
  isValidPressure: ({ event }: Args) => (PRESSURE_SETTINGS_T as readonly number[]).includes(Number(valueOf(event))),
  isValidDie: ({ event }: Args) => valueOf(event) === 'none' || (valueOf(event) ?? '') in DIES,
  isValidPlace: ({ event }: Args) => (DIE_PLACES as readonly string[]).includes(valueOf(event) ?? ''),
  isValidSide: ({ event }: Args) => valueOf(event) === 'grainUp' || valueOf(event) === 'fleshUp',
  isValidMaterial: ({ event }: Args) => valueOf(event) === 'none' || (MATERIALS as readonly string[]).includes(valueOf(event) ?? ''),
  hasDieOnBoard: ({ context }: Args) => context.die !== null,
  isDieOffBoard: ({ context }: Args) => context.die === null,
  isCut: ({ context }: Args, p: { outcome: CutOutcome }) => cutSettings(context) === p.outcome,
  isShiftComplete: ({ context }: Args) => context.goodParts > 0 && context.die === null && context.boardCleaned,
  isOilReported: ({ context }: Args) => context.oilReported,
  hasKeyIn: ({ context }: Args) => context.keyIn,
  isArmOver: inState(ARM_OVER),
  isArmAside: not(inState(ARM_OVER)),
  isStroking: inState(IN_STROKE),
};
