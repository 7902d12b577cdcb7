import { isHoldControl } from '../engine/controlActions.ts';
import type { ControlSpec, GladiEvent } from '../engine/machineModule.ts';

/**
 * A two-hand button is held, not toggled, under a finger: finger down presses, finger up releases,
 * so two fingers work the two buttons as two hands would. A mouse cannot hold two buttons, so
 * for it (and for keyboard activation) a click keeps toggling. Only push buttons are held: the
 * e-stop latches, and a place a hand rests (the sole press's hands zone) stays a toggle.
 */
export const isTouchHold = (c: ControlSpec): boolean => isHoldControl(c) && c.kind === 'button';

/** Pointers that hold (fingers, pens); a mouse click and a keyboard "click" (pointerType "") toggle. */
export const isHoldingPointer = (pointerType: string | undefined): boolean => pointerType === 'touch' || pointerType === 'pen';

export function holdEvents(c: ControlSpec): { press: GladiEvent; release: GladiEvent } {
  const press = c.events.find((e) => e.type === 'user.press');
  const release = c.events.find((e) => e.type === 'user.release');
  if (!press || !release) throw new Error(`control ${c.id} is not a hold control`);
  return { press, release };
}
