import type { AnyMachineSnapshot } from 'xstate';
import type { CounterMoulderContext } from './chart/types.ts';

/** READY lamps as the panel shows them: the moulds at temperature, on the side that is powered. */
const ctx = (s: AnyMachineSnapshot) => s.context as CounterMoulderContext;
const mouldsReady = (s: AnyMachineSnapshot) => s.matches({ moulds: 'ready' } as never);
export const isHotReady = (s: AnyMachineSnapshot): boolean => mouldsReady(s) && ctx(s).mainOn && ctx(s).heaterOn;
export const isColdReady = (s: AnyMachineSnapshot): boolean => mouldsReady(s) && ctx(s).mainOn && ctx(s).chillerOn;
