import { useEffect } from 'react';
import { machineIds } from '../../machines/registry.ts';
import { mayPrefetch, type ConnectionInfo } from './prefetchPolicy.ts';
import { warmWebgl } from '../../ui/webgl.ts';
import { warmMachine } from './warmMachine.ts';

/** How long the home must have been shown before it prefetches, so its own loading goes first [I]. */
export const HOME_PREFETCH_DELAY_MS = 3000;

/**
 * On a machine screen: its downloads and the WebGL check start together, during the render that opens it. On the home: after a quiet
 * moment, and only where `mayPrefetch` allows, every machine is fetched ahead, so opening one is
 * instant. Leaving the home before then cancels it.
 */
export function useWarmers(machineId: string | null): void {
  // Right in the render that shows the machine, as React.lazy starts its import: an effect would
  // wait for the first commit and paint (most of a second on a slow tablet). Once per machine.
  // The WebGL check too, whose first context is made off the main thread meanwhile (ui/webgl.ts).
  if (machineId) {
    warmMachine(machineId);
    warmWebgl();
  }
  useEffect(() => {
    if (machineId) return;
    const connection = (navigator as Navigator & { connection?: ConnectionInfo }).connection;
    if (!mayPrefetch(connection)) return;
    // requestIdleCallback is missing only in Safari, which has no `navigator.connection` either.
    let idle: number | undefined;
    const timer = window.setTimeout(() => {
      idle = window.requestIdleCallback(() => machineIds.forEach(warmMachine), { timeout: 5000 });
    }, HOME_PREFETCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [machineId]);
}
