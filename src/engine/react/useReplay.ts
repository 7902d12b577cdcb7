import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MachineModule } from '../machineModule.ts';
import { ReplayPlayer } from '../replayPlayer.ts';
import type { SessionLog } from '../session.ts';
import type { SessionHandle } from './SessionContext.tsx';

export interface ReplayControls {
  readonly handle: SessionHandle;
  readonly player: ReplayPlayer;
  readonly playing: boolean;
  readonly time: number;
  readonly position: number;
  play(): void;
  pause(): void;
  seek(t: number): void;
  stepForward(): void;
  stepBack(): void;
}

/** A recorded log played back in real time (the view layer's loop; the replay itself is the engine's). */
export function useReplay(module: MachineModule, log: SessionLog): ReplayControls {
  const player = useMemo(() => new ReplayPlayer(module, log), [module, log]);
  const [version, setVersion] = useState(0);
  const [playing, setPlaying] = useState(false);
  const frame = useRef(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const loop = (now: number) => {
      player.seek(player.time + Math.min(now - last, 250));
      last = now;
      bump();
      if (player.time >= player.duration) setPlaying(false);
      else frame.current = requestAnimationFrame(loop);
    };
    frame.current = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame.current);
  }, [playing, player, bump]);

  // The handle changes whenever a seek rebuilt the session, so views resubscribe to the new actor.
  const session = player.session;
  const handle = useMemo<SessionHandle>(() => ({ session, module, live: false, send: () => false }), [session, module]);
  void version;
  return {
    handle,
    player,
    playing,
    time: player.time,
    position: player.position,
    play: () => {
      if (player.time >= player.duration) player.seek(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    seek: (t) => {
      player.seek(t);
      bump();
    },
    stepForward: () => {
      setPlaying(false);
      player.stepForward();
      bump();
    },
    stepBack: () => {
      setPlaying(false);
      player.stepBack();
      bump();
    },
  };
}
