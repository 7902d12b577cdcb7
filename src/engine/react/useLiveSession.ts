import { useEffect, useMemo, useState } from 'react';
import type { GladiEvent, MachineModule } from '../machineModule.ts';
import { createSession, type SessionOptions } from '../session.ts';
import { startRealTimeDriver, type RealTimeDriver } from './realTimeDriver.ts';
import type { SessionHandle } from './SessionContext.tsx';

export interface SentEvent {
  readonly event: GladiEvent;
  readonly accepted: boolean;
  /** Increments per send so the same refusal twice still shows. */
  readonly seq: number;
}

/** One live session per mounted machine screen, driven by real time. */
export function useLiveSession(
  module: MachineModule,
  options: SessionOptions,
): { handle: SessionHandle; lastSent: SentEvent | null; driver: RealTimeDriver } {
  const [session] = useState(() => createSession(module, options));
  const driver = useMemo(() => startRealTimeDriver(session), [session]);
  const [lastSent, setLastSent] = useState<SentEvent | null>(null);
  useEffect(() => {
    driver.kick();
    return () => {
      driver.stop();
      session.stop();
    };
  }, [driver, session]);
  const handle = useMemo<SessionHandle>(
    () => ({
      session,
      module,
      live: true,
      send(event) {
        driver.sync();
        const accepted = session.send(event);
        driver.kick();
        setLastSent((prev) => ({ event, accepted, seq: (prev?.seq ?? 0) + 1 }));
        return accepted;
      },
    }),
    [session, module, driver],
  );
  return { handle, lastSent, driver };
}
