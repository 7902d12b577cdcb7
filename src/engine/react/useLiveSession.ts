import { useEffect, useMemo, useRef, useState } from 'react';
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

const isStopped = (run: Driveable) => run.session.actor.getSnapshot().status === 'stopped';

/**
 * One live session (or drill run) per mounted machine screen, driven by real time.
 * Unmounting stops the session. A remount after that (React StrictMode mounts every effect twice
 * under `npm start`; a kept-alive screen may come back) starts a fresh one instead of leaving the
 * screen on a stopped actor that ignores every event, the e-stop included.
 */
export function useLiveSession(
  module: MachineModule,
  create: () => Driveable,
): { handle: SessionHandle; run: Driveable; lastSent: SentEvent | null; driver: RealTimeDriver } {
  const [run, setRun] = useState(create);
  const latestCreate = useRef(create);
  useEffect(() => {
    latestCreate.current = create;
  });
  const driver = useMemo(() => startRealTimeDriver(run), [run]);
  const [lastSent, setLastSent] = useState<SentEvent | null>(null);
  useEffect(() => {
    if (isStopped(run)) {
      // Only reached after this effect's own cleanup stopped `run`: nothing was done in it yet.
      setRun(latestCreate.current());
      return;
    }
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
