import type { GladiEvent } from '../../../engine/machineModule.ts';

export type HeatSetterEvent = GladiEvent;

/** Event readers: the control, value or fault an event carries (undefined when it has none). */
export const controlOf = (e: HeatSetterEvent): string | undefined => ('control' in e ? e.control : undefined);
export const valueOf = (e: HeatSetterEvent): string | undefined => (e.type === 'user.set' ? e.value : undefined);
export const faultOf = (e: HeatSetterEvent): string | undefined => (e.type === 'fault.inject' ? e.fault : undefined);
