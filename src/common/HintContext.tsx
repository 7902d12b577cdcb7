import { createContext, useContext } from 'react';
import type { GladiEvent } from '../engine/machineModule.ts';

export interface Hints {
  /** The next correct actions (already filtered by `snapshot.can`). */
  readonly events: readonly GladiEvent[];
  /** The procedure is in a long wait the trainee may fast-forward. */
  readonly fastForward: boolean;
}
export const NO_HINTS: Hints = { events: [], fastForward: false };
export const HintContext = createContext<Hints>(NO_HINTS);
export const useHints = (): Hints => useContext(HintContext);

/** The hinted values of one control: [] = not hinted; [''] = hinted without a value (a button). */
export function hintFor(hints: Hints, controlId: string): string[] {
  return hints.events.filter((e) => 'control' in e && e.control === controlId).map((e) => (e.type === 'user.set' ? e.value : ''));
}
