import type { GladiEvent } from '../../../engine/machineModule.ts';
import type { EstopButton } from './types.ts';

/** The session's events plus the ones the chart raises to itself between regions. */
export type SolePressEvent = GladiEvent | { type: 'press.pressing' } | { type: 'press.released' } | { type: 'reactivator.ended' };
type Ev = SolePressEvent;

/** Event readers: the control, value or fault an event carries (undefined when it has none). */
export const controlOf = (e: Ev): string | undefined => ('control' in e ? e.control : undefined);
export const valueOf = (e: Ev): string | undefined => (e.type === 'user.set' ? e.value : undefined);
export const faultOf = (e: Ev): string | undefined => (e.type === 'fault.inject' ? e.fault : undefined);
/** The two e-stop mushrooms, and which machine each sits on. */
export const isEstopControl = (c: string | undefined): c is 'estop' | 'reactivatorEstop' => c === 'estop' || c === 'reactivatorEstop';
export const estopButtonOf = (c: 'estop' | 'reactivatorEstop'): EstopButton => (c === 'estop' ? 'press' : 'reactivator');
