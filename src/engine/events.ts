import type { FaultSpec, GladiEvent } from './machineModule.ts';

/** Builders for the operator event vocabulary, shared by controls, procedures and tests. */
export const press = (control: string): GladiEvent => ({ type: 'user.press', control });
export const release = (control: string): GladiEvent => ({ type: 'user.release', control });
export const setTo = (control: string, value: string | number): GladiEvent => ({ type: 'user.set', control, value: String(value) });
export const inspect = (control: string): GladiEvent => ({ type: 'user.inspect', control });
/** Every position of a selector as its events. */
export const setEach = (control: string, values: readonly (string | number)[]): GladiEvent[] => values.map((v) => setTo(control, v));
/** A fault a trainer or a drill can inject, with the event that injects it. */
export const faultSpec = (id: string): FaultSpec => ({ id, event: { type: 'fault.inject', fault: id } });
