import { createContext, useContext, useSyncExternalStore } from 'react';
import { useSelector } from '@xstate/react';
import type { AnyMachineSnapshot } from 'xstate';
import type { GladiEvent, MachineModule } from '../machineModule.ts';
import type { Session } from '../session.ts';

export interface SessionHandle {
  readonly session: Session;
  readonly module: MachineModule;
  /**
   * Sends an operator event; returns whether the chart accepted it. `at` is the input event's
   * `timeStamp` (performance.now() timebase): a slow device that handles two quick presses late
   * still records them as quick, so the 0.5 s two-hand rule is judged on when the hands moved.
   */
  send(event: GladiEvent, at?: number): boolean;
  /** False for a replay: the view shows a recording and takes no input. */
  readonly live: boolean;
}

export const SessionContext = createContext<SessionHandle | null>(null);

export function useSessionHandle(): SessionHandle {
  const handle = useContext(SessionContext);
  if (!handle) throw new Error('useSessionHandle outside a SessionContext provider');
  return handle;
}

/** Narrow subscription to the running chart; re-renders only when the selected value changes. */
export function useMachineSelector<T>(selector: (s: AnyMachineSnapshot) => T, compare?: (a: T, b: T) => boolean): T {
  const { session } = useSessionHandle();
  return useSelector(session.actor, selector as (s: unknown) => T, compare);
}

/**
 * Narrow subscription to the session around the chart (steps, hints, mistakes, outcome):
 * re-renders when the selected value, compared as JSON, changes.
 */
export function useSessionSelector<T>(selector: (s: Session) => T): T {
  const { session } = useSessionHandle();
  const json = useSyncExternalStore(
    (cb) => session.subscribe(cb),
    () => JSON.stringify(selector(session) ?? null),
  );
  return JSON.parse(json) as T;
}
