import { useEffect, useMemo, useState } from 'react';
import type { GladiEvent, MachineModule } from '../machineModule.ts';
import { startRealTimeDriver, type Driveable, type RealTimeDriver } from './realTimeDriver.ts';
import type { SessionHandle } from './SessionContext.tsx';

export interface SentEvent {
  readonly event: GladiEvent;
  readonly accepted: boolean;
  /** Refused because the session is paused (nothing was sent or logged). */
  readonly paused?: boolean;
  /** Increments per send so the same refusal twice still shows. */
  readonly seq: number;
}

/** One live session (or drill run) per mounted machine screen, driven by real time. */
export function useLiveSession(
  module: MachineModule,
  create: () => Driveable,
): { handle: SessionHandle; run: Driveable; lastSent: SentEvent | null; driver: RealTimeDriver } {
  const [run] = useState(create);
  const driver = useMemo(() => startRealTimeDriver(run), [run]);
  const [lastSent, setLastSent] = useState<SentEvent | null>(null);
  useEffect(() => {
    driver.kick();
    return () => {
      driver.stop();
      run.session.stop();
    };
  }, [driver, run]);
  const handle = useMemo<SessionHandle>(
    () => ({
      session: run.session,
      module,
      live: true,
      send(event, at) {
        driver.sync(at);
        const paused = driver.paused;
        const accepted = run.send(event);
        driver.kick();
        setLastSent((prev) => ({ event, accepted, ...(paused ? { paused } : {}), seq: (prev?.seq ?? 0) + 1 }));
        return accepted;
      },
    }),
    [run, module, driver],
  );
  return { handle, run, lastSent, driver };
}
