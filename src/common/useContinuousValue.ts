import { useSyncExternalStore } from 'react';
import type { ControlSpec } from '../engine/machineModule.ts';
import { useSessionHandle } from '../engine/react/SessionContext.tsx';
import { continuousChannel, type ContinuousChannel } from './continuousChannel.ts';

/** The shared channel of a continuous control in this screen's session. */
export function useContinuousChannel(control: ControlSpec): ContinuousChannel {
  const { session, send } = useSessionHandle();
  return continuousChannel({ session, send }, control);
}

/** The value a continuous control has in the session now (`session.inputs()`, through the channel). */
export function useContinuousValue(control: ControlSpec): number {
  const channel = useContinuousChannel(control);
  return useSyncExternalStore(channel.subscribe, channel.value);
}

/** The rounded value under the hand still waiting for its send interval, or null. */
export function useContinuousPending(control: ControlSpec): number | null {
  const channel = useContinuousChannel(control);
  return useSyncExternalStore(channel.subscribe, channel.pending);
}
