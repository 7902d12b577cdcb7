import type { GladiEvent } from '../../../engine/machineModule.ts';
import type { HandButton } from './types.ts';

/** The session's events plus the cut the stroke raises to the `work` region. */
export type ClickingPressEvent = GladiEvent | { type: 'press.cut' };
type Ev = ClickingPressEvent;

/** Event readers: the control, value or fault an event carries (undefined when it has none). */
export const controlOf = (e: Ev): string | undefined => ('control' in e ? e.control : undefined);
export const valueOf = (e: Ev): string | undefined => (e.type === 'user.set' ? e.value : undefined);
export const faultOf = (e: Ev): string | undefined => (e.type === 'fault.inject' ? e.fault : undefined);

/** The two hand buttons of the two-hand control. */
export const HAND_BUTTONS: readonly HandButton[] = ['buttonLeft', 'buttonRight'];
export const isHandButton = (c: string): c is HandButton => c === 'buttonLeft' || c === 'buttonRight';
export const other = (b: HandButton): HandButton => (b === 'buttonLeft' ? 'buttonRight' : 'buttonLeft');
