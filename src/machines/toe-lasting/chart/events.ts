import type { GladiEvent } from '../../../engine/machineModule.ts';
import type { EstopButton } from './types.ts';

export type ToeLastingEvent = GladiEvent;
type Ev = ToeLastingEvent;

/** Event readers: the control, value or fault an event carries (undefined when it has none). */
export const controlOf = (e: Ev): string | undefined => ('control' in e ? e.control : undefined);
export const valueOf = (e: Ev): string | undefined => (e.type === 'user.set' ? e.value : undefined);
export const faultOf = (e: Ev): string | undefined => (e.type === 'fault.inject' ? e.fault : undefined);
/** The two e-stop mushrooms (one circuit) and where each sits. */
export const isEstopControl = (c: string | undefined): c is 'estop' | 'cabinetEstop' => c === 'estop' || c === 'cabinetEstop';
export const estopButtonOf = (c: 'estop' | 'cabinetEstop'): EstopButton => (c === 'estop' ? 'base' : 'cabinet');
