import type { GladiEvent } from '../../../engine/machineModule.ts';
import type { HandButton, Station } from './types.ts';

/** The session's events plus what a station's pad tells the `work` region. */
export type CounterMoulderEvent =
  | GladiEvent
  | { type: 'hot.clamped' }
  | { type: 'hot.released' }
  | { type: 'cold.clamped' }
  | { type: 'cold.released' };
type Ev = CounterMoulderEvent;

/** Event readers: the control, value or fault an event carries (undefined when it has none). */
export const controlOf = (e: Ev): string | undefined => ('control' in e ? e.control : undefined);
export const valueOf = (e: Ev): string | undefined => (e.type === 'user.set' ? e.value : undefined);
export const faultOf = (e: Ev): string | undefined => (e.type === 'fault.inject' ? e.fault : undefined);

/** The two start buttons of each station. */
export const BUTTONS: Readonly<Record<Station, readonly [HandButton, HandButton]>> = {
  hot: ['hotLeft', 'hotRight'],
  cold: ['coldLeft', 'coldRight'],
};
export const HAND_BUTTONS: readonly HandButton[] = [...BUTTONS.hot, ...BUTTONS.cold];
export const isHandButton = (c: string | undefined): c is HandButton => HAND_BUTTONS.includes(c as HandButton);
export const stationOf = (b: HandButton): Station => (b.startsWith('hot') ? 'hot' : 'cold');
export const otherButton = (b: HandButton): HandButton => {
  const [l, r] = BUTTONS[stationOf(b)];
  return b === l ? r : l;
};
