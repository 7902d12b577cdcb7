import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GladiEvent, MachineModule } from '../../engine/machineModule.ts';
import type { SessionHandle } from '../../engine/react/SessionContext.tsx';
import { startRealTimeDriver, type RealTimeDriver } from '../../engine/react/realTimeDriver.ts';
import type { SentEvent } from '../../engine/react/useLiveSession.ts';
import type { Sender, Session } from '../../engine/session.ts';
import { playStop, sessionAt, type Tour } from '../../presenter/tour.ts';

interface Shown {
  readonly session: Session;
  readonly position: number;
  /** Something other than the tour acted on it (the presenter took over, a mistake was shown). */
  readonly offTrack: boolean;
  readonly replays: number;
}

/**
 * The session a tour shows: at stop `position`, built by replaying the golden run. Moving one stop
 * on plays that stop's actions on the same session (the model moves as the room watches); any other
 * move, a repeat, or coming back from live rebuilds it. Procedure time stands still during the tour
 * (a wait never runs out while the presenter talks); it runs in real time only while `live`.
 */
export function useTourSession(module: MachineModule, tour: Tour, position: number, replays: number, live: boolean, onTakeOver: () => void) {
  const [shown, setShown] = useState<Shown>(() => ({ session: sessionAt(module, tour, position), position, offTrack: false, replays }));
  const [lastSent, setLastSent] = useState<SentEvent | null>(null);
  // The session follows the show before the screen paints (a layout effect, not render: playing a
  // stop changes the session, and render must stay pure; React StrictMode renders twice).
  useLayoutEffect(() => {
    const stopped = shown.session.actor.getSnapshot().status === 'stopped';
    if (!stopped && shown.position === position && shown.replays === replays && (live || !shown.offTrack)) return;
    const inPlace = !stopped && !shown.offTrack && shown.replays === replays && position === shown.position + 1;
    if (inPlace) playStop(shown.session, tour, shown.position);
    setShown({ session: inPlace ? shown.session : sessionAt(module, tour, position), position, offTrack: false, replays });
    setLastSent(null);
  }, [shown, position, replays, live, module, tour]);
  const { session } = shown;
  // A session given up is stopped; StrictMode's trial unmount stops one too, and the effect above then rebuilds it.
  useEffect(() => () => session.stop(), [session]);
  const driver = useRef<RealTimeDriver | null>(null);
  useEffect(() => {
    if (!live) return;
    const d = startRealTimeDriver(session);
    driver.current = d;
    d.kick();
    return () => {
      d.stop();
      driver.current = null;
    };
  }, [live, session]);
  const takeOver = useRef(onTakeOver);
  useEffect(() => {
    takeOver.current = onTakeOver;
  });
  const { handle, sendAs } = useMemo(() => {
    const send = (event: GladiEvent, by: Sender, at?: number) => {
      // The presenter's own click takes the session over: it is no longer the golden run.
      setShown((s) => (s.session === session && !s.offTrack ? { ...s, offTrack: true } : s));
      takeOver.current();
      driver.current?.sync(at);
      const accepted = session.send(event, by);
      driver.current?.kick();
      setLastSent((prev) => ({ event, accepted, seq: (prev?.seq ?? 0) + 1 }));
      return accepted;
    };
    const h: SessionHandle = { session, module, live: true, send: (event, at) => send(event, 'trainee', at) };
    return { handle: h, sendAs: send };
  }, [session, module]);
  return { handle, sendAs, lastSent };
}
